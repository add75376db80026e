import type { SkillEntry } from './catalogue/schema';
import type { ListedAs, Mention, SkillSummary } from './types';

const STRENGTH: Record<ListedAs, number> = { required: 0, preferred: 1, unspecified: 2 };

/** One summary per distinct skill, in order of first mention, with its strongest listedAs. */
export function summarize(mentions: readonly Mention[], entryOf: (id: string) => SkillEntry): SkillSummary[] {
  const byId = new Map<string, SkillSummary>();
  for (const m of mentions) {
    const s = byId.get(m.skill);
    if (s) {
      s.count++;
      if (STRENGTH[m.listedAs] < STRENGTH[s.listedAs]) s.listedAs = m.listedAs;
    } else {
      const e = entryOf(m.skill);
      byId.set(m.skill, {
        id: e.id,
        name: e.name,
        category: e.category,
        side: e.side,
        count: 1,
        listedAs: m.listedAs,
      });
    }
  }
  return [...byId.values()];
}
