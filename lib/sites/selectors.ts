import { readableText } from './skip';

/**
 * Selectors are data: each entry dated (the month it was last seen working) and explained,
 * newest first within a list, fallbacks after. Sites drift; the data tests
 * (selectors-data.test.ts) check the shape, and the fallback (lib/sites/fallback.ts) covers
 * the day every entry here stops matching. Typed, not parsed: the data ships with the code.
 */
export interface SelectorEntry {
  selector: string;
  /** The month it was last seen working: YYYY-MM. */
  since: string;
  /** Why it is there (which layout, which element). */
  note: string;
}

export type SelectorSet = Record<string, readonly SelectorEntry[]>;

/** First element matched by the first entry that matches anything (newest first). */
export function pick(root: ParentNode, entries: readonly SelectorEntry[]): Element | null {
  for (const { selector } of entries) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Visible-ish text of an element on one line ("Senior ML Engineer"), or null when empty; never
 * the text of a style, script, template or noscript inside it.
 */
export function lineText(el: Element | null | undefined): string | null {
  const t = el ? readableText(el).replace(/\s+/g, ' ').trim() : '';
  return t === '' ? null : t;
}
