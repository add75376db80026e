import { isStrong, isStrongScore, type Scored } from './score';

/**
 * Per skill (index into columns.skills), over the postings the filter keeps: what demand and
 * gains are ranked by, counted in one pass over the mentions.
 */
export interface SkillCounts {
  /** Postings naming the skill; of them, listed as required / as preferred. */
  postings: Int32Array;
  required: Int32Array;
  preferred: Int32Array;
  /** Sum of the rise of each posting's fit with the skill at expert level; postings it raises. */
  points: Float64Array;
  raised: Int32Array;
  /** Postings it alone would move into the strong band. */
  toStrong: Int32Array;
}

const REQUIRED = 0;
const PREFERRED = 1;

export function countSkills(s: Scored, rows: readonly number[]): SkillCounts {
  const c = s.columns;
  const n = c.skills.length;
  const out: SkillCounts = {
    postings: new Int32Array(n),
    required: new Int32Array(n),
    preferred: new Int32Array(n),
    points: new Float64Array(n),
    raised: new Int32Array(n),
    toStrong: new Int32Array(n),
  };
  const { postings, required, preferred, points, raised, toStrong } = out;
  const { start, skill, listed } = c;
  const gain = s.gain;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const score = s.score[r] as number;
    const strong = isStrong(s, r);
    const to = start[r + 1] as number;
    for (let e = start[r] as number; e < to; e++) {
      const k = skill[e] as number;
      postings[k] = (postings[k] as number) + 1;
      const l = listed[e] as number;
      if (l === REQUIRED) required[k] = (required[k] as number) + 1;
      else if (l === PREFERRED) preferred[k] = (preferred[k] as number) + 1;
      const g = gain[e] as number;
      if (g <= 0) continue;
      points[k] = (points[k] as number) + g;
      raised[k] = (raised[k] as number) + 1;
      if (!strong && isStrongScore(score + g)) toStrong[k] = (toStrong[k] as number) + 1;
    }
  }
  return out;
}
