import type { Category, Side } from '../analysis/types';
import type { Level } from '../profile/levels';
import type { SkillCounts } from './counts';
import { type Ranked, rankedSkills } from './rank';
import type { Scored } from './score';

/**
 * What taking one skill to expert level (the level FitItem.gain is worked out at) would do
 * across the postings. A skill's gain in a posting does not depend on the other candidates,
 * so each posting's fit is computed once and the totals are plain sums (countSkills).
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

/**
 * Largest total gain first; ties by postings moved into strong, then name. With `side`, only
 * that side's skills (the same order, those rows alone).
 */
export function rankGains(s: Scored, counts: SkillCounts, side: Side | null = null): Ranked<GainRow> {
  const skills = s.columns.skills;
  const kept: number[] = [];
  for (let k = 0; k < skills.length; k++)
    if (counts.raised[k] && (side === null || (skills[k] as (typeof skills)[number]).side === side))
      kept.push(k);
  return rankedSkills(skills, kept, counts.points, counts.toStrong, (k) => {
    const meta = skills[k] as (typeof skills)[number];
    return {
      id: meta.id,
      name: meta.name,
      category: meta.category,
      side: meta.side,
      level: s.levels[k] ?? null,
      points: counts.points[k] as number,
      postings: counts.raised[k] as number,
      toStrong: counts.toStrong[k] as number,
    };
  });
}
