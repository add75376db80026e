import { CATEGORIES, type Category } from '../analysis/types';

/**
 * What painting needs the page to hold, and no more: one highlight name per category (three
 * looks, three names). They depend on the posting only, never on the profile (the page's
 * scripts can read them).
 */
export const PREFIX = 'ml-fit-';

export function highlightName(category: Category): string {
  return `${PREFIX}${category}`;
}

export const ALL_NAMES: readonly string[] = CATEGORIES.map(highlightName);

/**
 * Attribute of the <style> element that carries the highlight rules where a constructed sheet
 * is refused (./styles.ts), so the page watcher knows it as the extension's own.
 */
export const OWN_ATTR = 'data-ml-fit';
