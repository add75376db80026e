import type { Category, ListedAs } from '../../lib/analysis/types';

/**
 * What the popup and the chip draw for each category and listedAs value besides its label
 * (labels live with their concept: lib/analysis/types.ts, lib/fit/types.ts, lib/profile/levels.ts).
 */

export const LISTED_AS_MARK: Record<ListedAs, string | null> = {
  required: 'required',
  preferred: 'preferred',
  unspecified: null,
};

export const CATEGORY_CLASS: Record<Category, string> = {
  core: 'mf-cat-core',
  underemphasized: 'mf-cat-under',
  'nice-to-have': 'mf-cat-nice',
};
