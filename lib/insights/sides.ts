import { SIDES, type Side } from '../analysis/types';
import type { FitItem } from '../fit/types';
import type { Background } from '../profile/schema';
import type { GainRow } from './gains';
import type { FitEngine, PreparedRow } from './prepare';

export interface SideTotal {
  /** Points the profile earns / could earn on this side, summed over the postings. */
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
  advice: string | null;
}

/** `gains` ranked (rankGains): the advice names the top ones of the weaker side to start with. */
export function sidesSummary(
  rows: readonly PreparedRow[],
  background: Background | null,
  engine: Pick<FitEngine, 'advice'>,
  gains: readonly GainRow[],
): SidesSummary {
  const sides = Object.fromEntries(
    SIDES.map((s) => [s, { points: 0, max: 0, share: null, weakerIn: 0 }]),
  ) as Record<Side, SideTotal>;
  for (const r of rows) {
    for (const s of SIDES) {
      sides[s].points += r.bySide[s].points;
      sides[s].max += r.bySide[s].max;
    }
    const weak = weakerOf(r.bySide.ml, r.bySide.engineering);
    if (weak) sides[weak].weakerIn++;
  }
  for (const s of SIDES) sides[s].share = sides[s].max > 0 ? sides[s].points / sides[s].max : null;
  const weaker = weakerOf(sides.ml, sides.engineering);
  if (!weaker) return { sides, weaker, advice: null };
  const start = gains.filter((g) => g.side === weaker).slice(0, 3);
  return { sides, weaker, advice: engine.advice(background, weaker, start.map(asFitItem)) };
}

/** The side with the smaller share of its points; null when even or when a side is never asked for. */
function weakerOf(ml: { points: number; max: number }, eng: { points: number; max: number }): Side | null {
  if (ml.max <= 0 || eng.max <= 0) return null;
  const a = ml.points / ml.max;
  const b = eng.points / eng.max;
  if (Math.abs(a - b) < 1e-9) return null;
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
    points: 0,
    gain: g.points,
  };
}
