import * as z from 'zod/mini';

/**
 * Selectors are data: each entry dated (the month it was last seen working) and explained,
 * newest first within a list, fallbacks after. Sites drift; the data tests check the shape
 * and the fallback (lib/sites/fallback.ts) covers the day every entry here stops matching.
 */
export const SelectorEntrySchema = z.object({
  selector: z.string().check(z.minLength(1)),
  since: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  note: z.string().check(z.minLength(3)),
});
export type SelectorEntry = z.infer<typeof SelectorEntrySchema>;

export const SelectorSetSchema = z.record(z.string(), z.array(SelectorEntrySchema));
export type SelectorSet = Record<string, readonly SelectorEntry[]>;

/** First element matched by the first entry that matches anything (newest first). */
export function pick(root: ParentNode, entries: readonly SelectorEntry[]): Element | null {
  for (const { selector } of entries) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Visible-ish text of an element on one line ("Senior ML Engineer"), or null when empty. */
export function lineText(el: Element | null | undefined): string | null {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return t === '' ? null : t;
}
