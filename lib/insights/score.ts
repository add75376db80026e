import { CATEGORIES, LISTED_AS } from '../analysis/types';
import { creditOf, creditsFor } from '../fit/transfer';
import { BANDS } from '../fit/types';
import { bandFor, skillWeight } from '../fit/weights';
import type { Level } from '../profile/levels';
import type { Profile } from '../profile/schema';
import type { Columns } from './columns';

/**
 * Every saved posting's fit against one profile: lib/fit's computeFit arithmetic (same
 * weights, same operations in the same order, so identical numbers) without the explanation
 * it also builds (rounded per-skill points, coverage by category, sorted lists, advice), which
 * costs ~20 µs a posting: 200 ms for 10,000, most of the time budget. score.test.ts checks
 * the numbers against computeFit on thousands of generated postings and several profiles.
 */
export interface Scored {
  columns: Columns;
  profile: Profile;
  /** Per skill (index into columns.skills): the user's level, null when not held. */
  levels: (Level | null)[];
  /** Per row: score 0..100 and band (index into BANDS). */
  score: Float64Array;
  band: Uint8Array;
  /**
   * Per entry: the rise of the row's score with that skill at expert level (FitItem.gain), an
   * integer: the difference of two rounded scores 0..100, so it fits a byte.
   */
  gain: Int8Array;
  /** Per row, 4 numbers: ML points, ML max, engineering points, engineering max (0..100 scale). */
  sides: Float64Array;
}

const STRONG = BANDS.indexOf('strong');
/**
 * The band (index into BANDS) of each score 0..100, as bandFor gives it: looked up by number
 * once per posting and once per mention instead of walking the thresholds each time.
 */
const BAND_AT = Uint8Array.from({ length: 101 }, (_, score) => BANDS.indexOf(bandFor(score)));

/**
 * `previous`, the same profile's fit of the columns `c` was built from (toColumns with earlier
 * columns), lets every row copied there have its fit copied too: a row's fit depends only on
 * its own mentions and the profile.
 */
export function scoreColumns(c: Columns, profile: Profile, previous: Scored | null = null): Scored {
  const credits = creditsFor(c.skills, profile);
  const levels = c.skills.map((s) => credits.held[s.id] ?? null);
  // Held or transferable from a held relative: a property of the skill and the profile, not of the row.
  const credit = Float64Array.from(c.skills, (s) => creditOf(s.id, credits));
  // weight[category * 3 + listed], as skillWeight gives it.
  const weight = Float64Array.from(CATEGORIES.flatMap((cat) => LISTED_AS.map((l) => skillWeight(cat, l))));
  const rows = c.rows.length;
  const out: Scored = {
    columns: c,
    profile,
    levels,
    score: new Float64Array(rows),
    band: new Uint8Array(rows),
    gain: new Int8Array(c.skill.length),
    sides: new Float64Array(rows * 4),
  };
  // Locals rather than fields: this runs once per page, mostly before it is optimised.
  const { start, skill, category, listed, side } = c;
  const { score: scores, band, gain, sides } = out;
  const reused = previous && previous.profile === profile ? c.reused : null;
  const copy = previous && reused && reused.from === previous.columns ? reused.row : null;
  // One row's mentions at a time: room for the longest row.
  let longest = 0;
  for (let r = 0; r < rows; r++) longest = Math.max(longest, (start[r + 1] as number) - (start[r] as number));
  const wOf = new Float64Array(longest);
  const kOf = new Float64Array(longest);
  for (let r = 0; r < rows; r++) {
    const from = start[r] as number;
    const to = start[r + 1] as number;
    const p = copy ? (copy[r] as number) : -1;
    if (p >= 0 && previous) {
      scores[r] = previous.score[p] as number;
      band[r] = previous.band[p] as number;
      sides.set(previous.sides.subarray(p * 4, p * 4 + 4), r * 4);
      const was = previous.columns.start[p] as number;
      gain.set(previous.gain.subarray(was, was + to - from), from);
      continue;
    }
    // Each mention's weight and credit, read once here for the three passes below.
    let total = 0;
    for (let e = from; e < to; e++) {
      const v = weight[(category[e] as number) * 3 + (listed[e] as number)] as number;
      wOf[e - from] = v;
      kOf[e - from] = credit[skill[e] as number] as number;
      total += v;
    }
    let exact = 0;
    if (total > 0)
      for (let i = 0; i < to - from; i++) {
        const k = kOf[i] as number;
        if (k > 0) exact += (100 * ((wOf[i] as number) * k)) / total;
      }
    const score = Math.min(100, Math.max(0, Math.round(exact)));
    scores[r] = score;
    band[r] = BAND_AT[score] as number;
    // Per side (SIDES[0], ML, first in `sides`), summed in mention order, written once.
    let mlGot = 0;
    let mlMax = 0;
    let engGot = 0;
    let engMax = 0;
    for (let e = from; e < to; e++) {
      const k = kOf[e - from] as number;
      const v = wOf[e - from] as number;
      const max = total > 0 ? (100 * v) / total : 0;
      const got = k > 0 && total > 0 ? (100 * (v * k)) / total : 0;
      gain[e] = Math.round(Math.min(100, exact + (max - got))) - score;
      if (side[e] === 0) {
        mlGot += got;
        mlMax += max;
      } else {
        engGot += got;
        engMax += max;
      }
    }
    const at = r * 4;
    sides[at] = mlGot;
    sides[at + 1] = mlMax;
    sides[at + 2] = engGot;
    sides[at + 3] = engMax;
  }
  return out;
}

export function isStrong(s: Scored, r: number): boolean {
  return s.band[r] === STRONG;
}

/** Whether a score (an integer 0..100, as scores and score + gain are) is in the strong band. */
export function isStrongScore(score: number): boolean {
  return BAND_AT[score] === STRONG;
}
