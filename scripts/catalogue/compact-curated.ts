import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CompactCatalogue,
  type CompactGroup,
  encodeSkill,
  stringifyCompact,
} from '../../lib/analysis/catalogue/compact';
import type { SkillEntry } from '../../lib/analysis/catalogue/schema';

/**
 * `npm run catalogue` step 1: rewrites every hand-curated data file that is still a verbose
 * array of entries (one object per skill) into the compact form of
 * lib/analysis/catalogue/compact.ts, keeping every id, name, alias, flag and the file's
 * grouping. Files already compact are left as they are, so an edit in either form is kept.
 * The compact form is what ships: the catalogue goes into the release zips twice.
 */

const DATA = join(import.meta.dirname, '../../lib/analysis/catalogue/data');

export function compactCurated(): string[] {
  const changed: string[] = [];
  for (const file of readdirSync(DATA).filter((f) => f.endsWith('.json') && f !== 'generated.json')) {
    const path = join(DATA, file);
    const data = JSON.parse(readFileSync(path, 'utf8')) as SkillEntry[] | CompactCatalogue;
    if (!Array.isArray(data)) continue;
    const groups = new Map<string, CompactGroup>();
    for (const s of data) {
      const key = `${s.kind} ${s.category} ${s.side}`;
      const g = groups.get(key) ?? { category: s.category, side: s.side, kind: s.kind, skills: [] };
      g.skills.push(encodeSkill(s));
      groups.set(key, g);
    }
    const about =
      'Hand-curated. One skill per string: "Name|alias|alias"; "~" first when the name is ambiguous; "id=" first when the id is not the one derived from the name (lib/analysis/catalogue/compact.ts). Sorted by id within each group.';
    writeFileSync(path, stringifyCompact({ about, groups: [...groups.values()] }));
    changed.push(file);
  }
  return changed;
}
