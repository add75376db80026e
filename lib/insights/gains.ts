import type { Category, Side } from '../analysis/types';
import type { Level } from '../profile/schema';
import { compareText } from './demand';
import { isStrong, isStrongScore, type Scored } from './score';

/**
 * What taking one skill to expert level (the level FitItem.gain is worked out at) would do
 * across the postings. A skill's gain in a posting does not depend on the other candidates,
 * so each posting's fit is computed once and the totals are plain sums.
 */
export interface GainRow {
  id: string;
  name: string;
  category: Category;
  side: Side;
  /** The user's current level, or null when the skill is not in the profile. */
  level: Level | null;
  /** Sum over the postings of the rise of each fit score. */
  points: number;
  /** Postings whose fit it would raise. */
  postings: number;
  /** Postings it alone would move into the strong band. */
  toStrong: number;
}

/** Largest total gain first; ties by postings moved into strong, then name. */
export function rankGains(s: Scored, rows: readonly number[]): GainRow[] {
  const c = s.columns;
  const n = c.skills.length;
  const points = new Float64Array(n);
  const postings = new Int32Array(n);
  const toStrong = new Int32Array(n);
  for (const r of rows) {
    const score = s.score[r] as number;
    const strong = isStrong(s, r);
    for (let e = c.start[r] as number; e < (c.start[r + 1] as number); e++) {
      const g = s.gain[e] as number;
      if (g <= 0) continue;
      const k = c.skill[e] as number;
      points[k] = (points[k] as number) + g;
      postings[k] = (postings[k] as number) + 1;
      if (!strong && isStrongScore(score + g)) toStrong[k] = (toStrong[k] as number) + 1;
    }
  }
  const out: GainRow[] = [];
  c.skills.forEach((meta, k) => {
    if (!postings[k]) return;
    out.push({
      ...meta,
      level: s.levels[k] ?? null,
      points: points[k] as number,
      postings: postings[k] as number,
      toStrong: toStrong[k] as number,
    });
  });
  return out.sort((a, b) => b.points - a.points || b.toStrong - a.toStrong || compareText(a.name, b.name));
}
