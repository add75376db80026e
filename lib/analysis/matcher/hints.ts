import type { Cue } from './scan';

/**
 * Where the cue words of one kind stand (perk words, role nouns: ../cues.ts), taken from the scan
 * that already found them, so that a rule needing one of them nearby costs a binary search per
 * candidate instead of a regex over its context.
 */
export class Hints {
  private readonly at: number[] = [];

  constructor(cues: readonly Cue[], code: number, other = code) {
    for (const c of cues) if (c.code === code || c.code === other) this.at.push(c.start);
  }

  /** Does one of the words start in [from, to)? */
  within(from: number, to: number): boolean {
    const at = this.at;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && (at[lo] as number) < to;
  }
}
