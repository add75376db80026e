import type { SkillEntry } from './catalogue/schema';
import { EntryMarks } from './matcher/entry-marks';
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
  /** Entries in the matcher's catalogue (Terminal.index runs below it). */
  size: number,
): Array<{ entry: SkillEntry; summary: SkillSummary }> {
  const out: Array<{ entry: SkillEntry; summary: SkillSummary }> = [];
  const at = SUMMARY_AT;
  at.begin(size);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const terminal = (found[i] as Candidate).terminal;
    const entry = terminal.entry;
    if (at.has(terminal.index)) {
      const s = (out[at.get(terminal.index)] as { summary: SkillSummary }).summary;
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
      at.set(terminal.index, out.length);
      out.push({ entry, summary });
    }
  }
  return out;
}
const SUMMARY_AT = new EntryMarks();
