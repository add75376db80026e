import type { SkillEntry } from './catalogue/schema';
import type { Terminal } from './matcher/compile';
import { EntryMarks } from './matcher/entry-marks';
import type { ListedAs, SkillSummary } from './types';

const STRENGTH: Record<ListedAs, number> = { required: 0, preferred: 1, unspecified: 2 };

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
      if (STRENGTH[listedAs] < STRENGTH[s.listedAs]) s.listedAs = listedAs;
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
