import type { Category, ListedAs } from '../analysis/types';
import type { Level } from '../profile/levels';
import type { Band } from './types';

/**
 * Every number the fit score is made of. A skill of the posting is worth
 *
 *   weight = CATEGORY_WEIGHT[category] × LISTED_AS_WEIGHT[listedAs]
 *
 * and the user earns weight × LEVEL_CREDIT[level] of it. The score is
 * 100 × earned / Σ weight over the posting's skills, so the posting alone decides what
 * 100 means and the profile only decides how much of it is earned. Years of experience are
 * shown beside the score, never folded into it: every point comes from one named skill.
 */

/**
 * As README.md ("How a posting is read") states: core outweighs underemphasized, which outweighs nice-to-have; underemphasized
 * skills (SQL, cloud) are required in practice, so they stay close to core.
 */
export const CATEGORY_WEIGHT: Readonly<Record<Category, number>> = {
  core: 1,
  underemphasized: 0.9,
  'nice-to-have': 0.4,
};

/**
 * Where the posting put the skill: a must counts fully, a "nice to have" mention half.
 * Unspecified (named in the responsibilities or the blurb) sits between.
 */
export const LISTED_AS_WEIGHT: Readonly<Record<ListedAs, number>> = {
  required: 1,
  unspecified: 0.75,
  preferred: 0.5,
};

/** Share of a skill's weight a profile level earns: "learning" counts for part. */
export const LEVEL_CREDIT: Readonly<Record<Level, number>> = {
  learning: 0.4,
  working: 0.85,
  expert: 1,
};

/**
 * A skill the profile lacks but whose close relative it holds (TensorFlow for PyTorch, GCP for
 * AWS: lib/fit/data/related.json) earns this share of what the relative's level would earn.
 * Kept below LEVEL_CREDIT.learning, so the skill itself at any level beats any relative:
 * an expert relative earns 0.35, a working one 0.30, a learning one 0.14.
 */
export const TRANSFER_SHARE = 0.35;

/**
 * A skill typed as free text that turns out to be a catalogue skill carries no level:
 * credit it as working knowledge, the most common case for a skill someone bothers to list.
 */
export const FREE_TEXT_LEVEL: Level = 'working';

/** Lowest score of each band, strongest first. */
export const BAND_THRESHOLDS: ReadonlyArray<readonly [Band, number]> = [
  ['strong', 70],
  ['partial', 45],
  ['stretch', 0],
];

export function skillWeight(category: Category, listedAs: ListedAs): number {
  return CATEGORY_WEIGHT[category] * LISTED_AS_WEIGHT[listedAs];
}

export function bandFor(score: number): Band {
  for (const [band, min] of BAND_THRESHOLDS) if (score >= min) return band;
  return 'stretch';
}
