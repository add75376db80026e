import type { SkillEntry } from './catalogue/schema';
import type { Terminal } from './matcher/compile';
import { EntryMarks } from './matcher/entry-marks';
import type { ListedAs, SkillSummary } from './types';

/** Strength of a listedAs, the strongest lowest: compared per mention, by identity rather than a lookup by name. */
function strength(l: ListedAs): number {
  return l === 'required' ? 0 : l === 'preferred' ? 1 : 2;
}

/**
 * One summary per distinct skill, in order of first mention, with its strongest listedAs: each
 * mention is added as it is made (`add`), in the same pass over the candidates.
 */
export class Summaries {
  readonly out: Array<{ entry: SkillEntry; summary: SkillSummary }> = [];

  /** `size`: entries in the matcher's catalogue (Terminal.index runs below it). */
  constructor(size: number) {
    SUMMARY_AT.begin(size);
  }

  add(terminal: Terminal, listedAs: ListedAs): void {
    const at = SUMMARY_AT;
    if (at.has(terminal.index)) {
      const s = (this.out[at.get(terminal.index)] as { summary: SkillSummary }).summary;
      s.count++;
      if (strength(listedAs) < strength(s.listedAs)) s.listedAs = listedAs;
      return;
    }
    const entry = terminal.entry;
    const summary: SkillSummary = {
      id: entry.id,
      name: entry.name,
      category: entry.category,
      side: entry.side,
      count: 1,
      listedAs,
    };
    at.set(terminal.index, this.out.length);
    this.out.push({ entry, summary });
  }
}
const SUMMARY_AT = new EntryMarks();
