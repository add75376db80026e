import type { SkillEntry } from './catalogue/schema';
import type { Terminal } from './matcher/compile';
import { EntryMarks } from './matcher/entry-marks';
import type { ListedAs, SkillSummary } from './types';

/** Strength of a listedAs, the strongest lowest: compared per mention, by identity rather than a lookup by name. */
function strengthOf(l: ListedAs): number {
  return l === 'required' ? 0 : l === 'preferred' ? 1 : 2;
}
/** Required only by a job board's skill tags: above unspecified, below a plus the body states. */
const TAGGED = 1.5;

/**
 * One summary per distinct skill, in order of first mention, with its strongest listedAs: each
 * mention is added as it is made (`add`), in the same pass over the candidates.
 */
export class Summaries {
  readonly out: Array<{ entry: SkillEntry; summary: SkillSummary }> = [];
  /** The strength of each summary's listedAs, by position in `out`. */
  private readonly strength: number[] = [];

  /** `size`: entries in the matcher's catalogue (Terminal.index runs below it). */
  constructor(size: number) {
    SUMMARY_AT.begin(size);
  }

  /** `tagged`: the mention stands in a job board's skill tags (ListedAsReader.tagged). */
  add(terminal: Terminal, listedAs: ListedAs, tagged = false): void {
    const at = SUMMARY_AT;
    const strength = tagged && listedAs === 'required' ? TAGGED : strengthOf(listedAs);
    if (at.has(terminal.index)) {
      const k = at.get(terminal.index);
      const s = (this.out[k] as { summary: SkillSummary }).summary;
      s.count++;
      if (strength < (this.strength[k] as number)) {
        s.listedAs = listedAs;
        this.strength[k] = strength;
      }
      return;
    }
    this.strength.push(strength);
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
