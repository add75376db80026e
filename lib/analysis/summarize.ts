import type { SkillEntry } from './catalogue/schema';
import type { Candidate } from './matcher/scan';
import type { ListedAs, Mention, SkillSummary } from './types';

const STRENGTH: Record<ListedAs, number> = { required: 0, preferred: 1, unspecified: 2 };

/**
 * One summary per distinct skill, in order of first mention, with its strongest listedAs.
 * `found[i]` is the candidate behind `mentions[i]`; its entry carries the side.
 */
export function summarize(
  found: readonly Candidate[],
  mentions: readonly Mention[],
): Array<{ entry: SkillEntry; summary: SkillSummary }> {
  const byEntry = new Map<SkillEntry, { entry: SkillEntry; summary: SkillSummary }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const entry = (found[i] as Candidate).terminal.entry;
    const known = byEntry.get(entry);
    if (known) {
      const s = known.summary;
      s.count++;
      if (STRENGTH[m.listedAs] < STRENGTH[s.listedAs]) s.listedAs = m.listedAs;
    } else {
      const summary: SkillSummary = {
        id: entry.id,
        name: entry.name,
        category: entry.category,
        side: entry.side,
        count: 1,
        listedAs: m.listedAs,
      };
      byEntry.set(entry, { entry, summary });
    }
  }
  return [...byEntry.values()];
}
