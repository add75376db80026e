import type { Cue } from './scan';

/**
 * Where the cue words of one kind stand (perk words, role nouns: ../cues.ts), taken from the scan
 * that already found them, so that a rule needing one of them nearby costs a binary search per
 * candidate instead of a regex over its context.
 */
export class Hints {
  private readonly at: number[] = [];

  constructor(cues: readonly Cue[], code: number, other = code) {
    for (let i = 0; i < cues.length; i++) {
      const c = cues[i] as Cue;
      if (c.code === code || c.code === other) this.at.push(c.start);
    }
  }

  /** The last answer's index: rules ask in text order, so the next answer is near it. */
  private last = 0;

  /** Does one of the words start in [from, to)? */
  within(from: number, to: number): boolean {
    const at = this.at;
    let lo = this.last;
    if (lo > 0 && (at[lo - 1] as number) >= from) {
      // Back: a few steps (a rule asking before and after each candidate in turn), else a search.
      let steps = 0;
      while (lo > 0 && (at[lo - 1] as number) >= from && steps < 4) {
        lo--;
        steps++;
      }
      if (lo > 0 && (at[lo - 1] as number) >= from) lo = this.firstFrom(from, 0, lo);
    } else {
      let steps = 0;
      while (lo < at.length && (at[lo] as number) < from && steps < 4) {
        lo++;
        steps++;
      }
      if (lo < at.length && (at[lo] as number) < from) lo = this.firstFrom(from, lo, at.length);
    }
    this.last = lo;
    return lo < at.length && (at[lo] as number) < to;
  }

  /** The first index in [lo, hi) whose word starts at or after `from` (hi when none). */
  private firstFrom(from: number, lo: number, hi: number): number {
    const at = this.at;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
