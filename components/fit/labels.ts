import type { Category, ListedAs, RoleId } from '../../lib/analysis/types';
import type { Band } from '../../lib/fit/types';
import type { Level } from '../../lib/profile/schema';

/** Words shown for each enum value, in one place so the popup and the chip agree. */

// The same words as the profile pages (lib/profile/labels.ts imports types only, no zod).
export {
  CATEGORY_HINTS as CATEGORY_HINT,
  CATEGORY_LABELS as CATEGORY_LABEL,
  LEVEL_LABELS as LEVEL_LABEL,
  SIDE_LABELS as SIDE_LABEL,
} from '../../lib/profile/labels';

export const BAND_LABEL: Record<Band, string> = {
  strong: 'Strong fit',
  partial: 'Partial fit',
  stretch: 'Stretch',
};

export const LISTED_AS_MARK: Record<ListedAs, string | null> = {
  required: 'required',
  preferred: 'preferred',
  unspecified: null,
};

/**
 * The profile levels, weakest first. Kept here rather than imported from lib/profile/schema:
 * that module builds zod schemas at load time, which the popup and the on-page chip do not need.
 */
export const LEVEL_ORDER: readonly Level[] = ['learning', 'working', 'expert'];

export const ROLE_LABEL: Record<RoleId, string> = {
  'ml-engineer': 'ML engineer',
  'data-scientist': 'Data scientist',
  'data-engineer': 'Data engineer',
  'research-scientist': 'Research scientist',
  'data-analyst': 'Data analyst',
  'backend-engineer': 'Backend engineer',
  'frontend-engineer': 'Frontend engineer',
  devops: 'DevOps / SRE',
  'product-manager': 'Product manager',
  other: 'Other role',
};

export const CATEGORY_CLASS: Record<Category, string> = {
  core: 'mf-cat-core',
  underemphasized: 'mf-cat-under',
  'nice-to-have': 'mf-cat-nice',
};
