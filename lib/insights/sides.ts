import { SIDES, type Side } from '../analysis/types';
import { adviceFor } from '../fit/advice';
import type { FitItem } from '../fit/types';
import type { GainRow } from './gains';
import type { Scored } from './score';

export interface SideTotal {
  /** Points the profile earns / could earn on this side, summed over the postings (each 0..100). */
  points: number;
  max: number;
  /** points / max, 0..1; null when no posting asks for this side. */
  share: number | null;
  /** Postings in which this side was the weaker one. */
  weakerIn: number;
}

export interface SidesSummary {
  sides: Record<Side, SideTotal>;
  weaker: Side | null;
  /** The fit module's advice for the user's background, worded for many postings. */
  advice: string | null;
}

/**
 * `topGains(side, n)`: the first n of that side's skills in rankGains order; the advice names
 * the top ones of the weaker side.
 */
export function sidesSummary(
  s: Scored,
  rows: readonly number[],
  topGains: (side: Side, n: number) => readonly GainRow[],
): SidesSummary {
  const sides = Object.fromEntries(
    SIDES.map((side) => [side, { points: 0, max: 0, share: null, weakerIn: 0 }]),
  ) as Record<Side, SideTotal>;
  const per = s.sides;
  for (const r of rows) {
    const at = r * 4;
    const mlPoints = per[at] as number;
    const mlMax = per[at + 1] as number;
    const engPoints = per[at + 2] as number;
    const engMax = per[at + 3] as number;
    sides.ml.points += mlPoints;
    sides.ml.max += mlMax;
    sides.engineering.points += engPoints;
    sides.engineering.max += engMax;
    // weakerOf's test, on numbers: no object per posting.
    if (mlMax <= 0 || engMax <= 0) continue;
    const a = mlPoints / mlMax;
    const b = engPoints / engMax;
    if (Math.abs(a - b) < EVEN) continue;
    if (a < b) sides.ml.weakerIn++;
    else sides.engineering.weakerIn++;
  }
  for (const side of SIDES)
    sides[side].share = sides[side].max > 0 ? sides[side].points / sides[side].max : null;
  const weaker = weakerOf(sides.ml, sides.engineering);
  if (!weaker) return { sides, weaker, advice: null };
  const start = topGains(weaker, 3).map(asFitItem);
  const advice = adviceFor({
    background: s.profile.background,
    weakerSide: weaker,
    missing: start,
    // Reached only when both sides have points to earn, so there are skills.
    skillCount: s.columns.skills.length,
    bothSides: true,
    scope: 'these postings',
  });
  return { sides, weaker, advice };
}

/** Shares closer than this are even: neither side is the weaker one. */
const EVEN = 1e-9;

/** As the fit decides it: the side with the smaller share; null when even or a side is absent. */
export function weakerOf(
  ml: { points: number; max: number },
  eng: { points: number; max: number },
): Side | null {
  if (ml.max <= 0 || eng.max <= 0) return null;
  const a = ml.points / ml.max;
  const b = eng.points / eng.max;
  if (Math.abs(a - b) < EVEN) return null;
  return a < b ? 'ml' : 'engineering';
}

function asFitItem(g: GainRow): FitItem {
  return {
    skill: g.id,
    name: g.name,
    category: g.category,
    side: g.side,
    listedAs: 'required',
    level: g.level,
    via: null,
    points: 0,
    gain: g.points,
  };
}
