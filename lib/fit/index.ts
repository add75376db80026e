import {
  CATEGORIES,
  LISTED_AS,
  type Requirements,
  SIDES,
  type Side,
  type SkillSummary,
} from '../analysis/types';
import type { Profile } from '../profile/schema';
import { adviceFor } from './advice';
import { largestRemainder } from './rounding';
import { creditOf, creditsFor } from './transfer';
import type { Coverage, FitItem, FitResult } from './types';
import { bandFor, skillWeight } from './weights';

/**
 * How well a profile covers a posting, 0..100, with every point traceable to one skill
 * (see weights.ts for the numbers). Pure: the background, the CLI and tests share it.
 */
export function computeFit(skills: SkillSummary[], requirements: Requirements, profile: Profile): FitResult {
  const unique = dedupe(skills);
  const credits = creditsFor(unique, profile);
  const weights = unique.map((s) => skillWeight(s.category, s.listedAs));
  const total = weights.reduce((a, b) => a + b, 0);
  const share = (w: number) => (total > 0 ? (100 * w) / total : 0);
  const earnedShares = unique.map((s, i) => share((weights[i] ?? 0) * creditOf(s.id, credits)));
  const exact = earnedShares.reduce((a, b) => a + b, 0);
  const score = Math.min(100, Math.max(0, Math.round(exact)));
  const points = largestRemainder(earnedShares, score);

  const items: FitItem[] = unique.map((s, i) => {
    const level = credits.held[s.id] ?? null;
    const upTo = share(weights[i] ?? 0) - (earnedShares[i] ?? 0);
    // The rise the user would actually see: the rounded score with this skill at expert.
    const gain = Math.round(Math.min(100, exact + upTo)) - score;
    return {
      skill: s.id,
      name: s.name,
      category: s.category,
      side: s.side,
      listedAs: s.listedAs,
      level,
      via: level ? null : (credits.via[s.id] ?? null),
      points: points[i] ?? 0,
      gain,
    };
  });
  const exactGain = new Map(unique.map((s, i) => [s.id, share(weights[i] ?? 0) - (earnedShares[i] ?? 0)]));
  const byGain = (a: FitItem, b: FitItem) =>
    (exactGain.get(b.skill) ?? 0) - (exactGain.get(a.skill) ?? 0) || a.name.localeCompare(b.name);
  const earns = (i: FitItem) => i.level !== null || i.via !== null;
  const matched = items.filter(earns).sort((a, b) => b.points - a.points || byGain(a, b));
  const missing = items.filter((i) => !earns(i)).sort(byGain);

  const maxShares = weights.map(share);
  const byCategory = coverage(CATEGORIES, items, maxShares, total > 0, (i) => i.category);
  const bySide = coverage(SIDES, items, maxShares, total > 0, (i) => i.side);
  const sideRatio = (side: Side) => {
    let earned = 0;
    let max = 0;
    items.forEach((it, i) => {
      if (it.side !== side) return;
      earned += earnedShares[i] ?? 0;
      max += maxShares[i] ?? 0;
    });
    return max > 0 ? earned / max : null;
  };
  const mlRatio = sideRatio('ml');
  const engineeringRatio = sideRatio('engineering');
  const weakerSide = weaker(mlRatio, engineeringRatio);
  const bothSides = mlRatio !== null && engineeringRatio !== null;

  const yours = profile.years;
  const asked = requirements.years;
  return {
    score,
    band: bandFor(score),
    matched,
    missing,
    byCategory,
    bySide,
    weakerSide,
    advice: adviceFor({
      background: profile.background,
      weakerSide,
      missing,
      skillCount: unique.length,
      bothSides,
      held: matched.filter((m) => m.level !== null).length,
      belowExpert: matched.filter((m) => m.level !== null && m.level !== 'expert').length,
    }),
    years: { asked, yours, met: asked && yours !== null ? yours >= asked.min : null },
  };
}

/** One entry per skill, keeping its strongest listedAs (the engine should already do this). */
function dedupe(skills: readonly SkillSummary[]): SkillSummary[] {
  const byId = new Map<string, SkillSummary>();
  for (const s of skills) {
    const prev = byId.get(s.id);
    if (!prev || LISTED_AS.indexOf(s.listedAs) < LISTED_AS.indexOf(prev.listedAs)) byId.set(s.id, s);
  }
  return [...byId.values()];
}

function coverage<K extends string>(
  keys: readonly K[],
  items: readonly FitItem[],
  maxShares: readonly number[],
  any: boolean,
  keyOf: (i: FitItem) => K,
): Record<K, Coverage> {
  const groupMax = keys.map((k) =>
    items.reduce((sum, it, i) => (keyOf(it) === k ? sum + (maxShares[i] ?? 0) : sum), 0),
  );
  const maxInts = largestRemainder(groupMax, any ? 100 : 0);
  const out = {} as Record<K, Coverage>;
  keys.forEach((k, gi) => {
    const group = items.filter((i) => keyOf(i) === k);
    out[k] = {
      total: group.length,
      held: group.filter((i) => i.level !== null).length,
      points: group.reduce((a, i) => a + i.points, 0),
      max: maxInts[gi] ?? 0,
    };
  });
  return out;
}

/** The side with less coverage; null when even, or when one side is absent from the posting. */
function weaker(ml: number | null, engineering: number | null): Side | null {
  if (ml === null || engineering === null) return null;
  if (Math.abs(ml - engineering) < 1e-9) return null;
  return ml < engineering ? 'ml' : 'engineering';
}

export { heldLevels } from './held-levels';
export { type Credits, creditOf, creditsFor, type Via } from './transfer';
export type { Coverage, FitItem, FitResult } from './types';
export * from './weights';
