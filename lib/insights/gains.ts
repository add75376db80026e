import type { Category, Side } from '../analysis/types';
import type { Level } from '../profile/schema';
import { compareText } from './demand';
import type { FitEngine, PreparedRow } from './prepare';

/**
 * What taking one skill to expert level (the level FitResult's gain is worked out at) would
 * do across the postings. A skill's gain in a posting does not depend on the other
 * candidates, so each posting's fit is computed once and the totals are plain sums.
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
export function rankGains(rows: readonly PreparedRow[], engine: Pick<FitEngine, 'bandOf'>): GainRow[] {
  const byId = new Map<string, GainRow>();
  for (const r of rows) {
    const strongAlready = r.band === 'strong';
    for (const m of r.candidates) {
      let g = byId.get(m.skill);
      if (!g) {
        g = {
          id: m.skill,
          name: m.name,
          category: m.category,
          side: m.side,
          level: m.level,
          points: 0,
          postings: 0,
          toStrong: 0,
        };
        byId.set(m.skill, g);
      }
      g.points += m.gain;
      g.postings++;
      if (!strongAlready && engine.bandOf(r.score + m.gain) === 'strong') g.toStrong++;
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.points - a.points || b.toStrong - a.toStrong || compareText(a.name, b.name),
  );
}
