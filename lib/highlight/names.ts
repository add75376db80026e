import { CATEGORIES, type Category } from '../analysis/types';

/**
 * Highlight names: one per category and per held/missing, each containing the category id
 * so that a test (or a curious user in DevTools) can tell them apart in CSS.highlights.
 */
export const PREFIX = 'ml-fit-';

export function highlightName(category: Category, held: boolean): string {
  return `${PREFIX}${category}${held ? '-held' : ''}`;
}

export const ALL_NAMES: readonly string[] = CATEGORIES.flatMap((c) => [
  highlightName(c, false),
  highlightName(c, true),
]);

/** Attribute carried by the fallback <mark> elements: "core" or "core held". */
export const MARK_ATTR = 'data-ml-fit';
