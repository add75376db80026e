import type { Category, ListedAs, Side } from '../analysis/types';
import type { Level } from '../profile/levels';

export const BANDS = ['strong', 'partial', 'stretch'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  strong: 'Strong fit',
  partial: 'Partial fit',
  stretch: 'Stretch',
};

/** One skill of the posting, as the fit sees it. */
export interface FitItem {
  skill: string;
  name: string;
  category: Category;
  side: Side;
  listedAs: ListedAs;
  /** The user's level, when the profile has the skill. */
  level: Level | null;
  /**
   * When the profile lacks the skill but holds a close relative (lib/fit/data/related.json):
   * that relative, which earns the skill part of its points ("transferable from TensorFlow").
   */
  via: { skill: string; name: string; level: Level } | null;
  /** Points this skill contributes now (held, or through `via`) ... */
  points: number;
  /** ... and the points it would add at expert level (missing, or held below expert). */
  gain: number;
}

export interface Coverage {
  /** Skills of the posting in this group, and how many the profile holds. */
  total: number;
  held: number;
  /** Points earned / available in this group; contributions add up to the score. */
  points: number;
  max: number;
}

export interface FitResult {
  /** 0..100, integer; equals the rounded sum of matched[].points. */
  score: number;
  band: Band;
  /** Skills that earn points: held, or transferable from a held relative (`via`). */
  matched: FitItem[];
  /** Skills that earn nothing, ordered by gain, largest first. */
  missing: FitItem[];
  byCategory: Record<Category, Coverage>;
  bySide: Record<Side, Coverage>;
  /** The side with less coverage, or null when both are even or the posting has no skills. */
  weakerSide: Side | null;
  /** Advice worded for the user's background and the weaker side. */
  advice: string;
  years: { asked: { min: number; max?: number } | null; yours: number | null; met: boolean | null };
}
