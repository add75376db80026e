import type { Mention } from '../analysis/types';
import type { Highlighter, HighlightItem } from '../highlight';
import { rangeFor, type TextMap } from './text-map';

/**
 * Mentions → highlight items over the mapped text (mentions that map to nothing are dropped).
 * The profile plays no part: what the page can read of the highlights is the posting's alone,
 * so the user's own skills (`own`, which the background does not send either) are never painted.
 */
export function itemsFor(map: TextMap, mentions: readonly Mention[]): HighlightItem[] {
  const items: HighlightItem[] = [];
  mentions.forEach((m, key) => {
    if (m.own) return;
    const range = rangeFor(map, m.start, m.end);
    if (range) items.push({ key, range, category: m.category });
  });
  return items;
}

/** Paints the mentions over the mapped text, replacing whatever the highlighter showed. */
export function paint(map: TextMap, mentions: readonly Mention[], highlighter: Highlighter): HighlightItem[] {
  const items = itemsFor(map, mentions);
  highlighter.show(items);
  return items;
}
