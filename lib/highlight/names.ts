import { CATEGORIES, type Category } from '../analysis/types';

/**
 * What painting needs the page to hold, and no more: one highlight name per category (three
 * looks, three names), and for the <mark> fallback one attribute naming the category. Both
 * depend on the posting only, never on the profile (the page's scripts can read them).
 */
export const PREFIX = 'ml-fit-';

export function highlightName(category: Category): string {
  return `${PREFIX}${category}`;
}

export const ALL_NAMES: readonly string[] = CATEGORIES.map(highlightName);

/** Attribute carried by the fallback <mark> elements: the category id ("core"). */
export const MARK_ATTR = 'data-ml-fit';
