import type { Category } from '../../lib/analysis/types';
import type { Highlighter, HighlightItem } from '../../lib/highlight';

export interface FakePainter extends Highlighter {
  /** The text and category of each highlight shown now, in the order shown. */
  painted(): [text: string, category: Category][];
}

/**
 * A painter for unit tests (the page holds no trace of it, as with CSS Custom Highlights):
 * it keeps what it was asked to show, so a test reads what would be highlighted.
 */
export function fakePainter(): FakePainter {
  let items: readonly HighlightItem[] = [];
  return {
    show(next) {
      items = [...next];
    },
    itemAt: () => null,
    intact: () => items.every((i) => !i.range.collapsed && i.range.startContainer.isConnected),
    clear() {
      items = [];
    },
    dispose() {
      items = [];
    },
    painted: () => items.map((i) => [i.range.toString(), i.category]),
  };
}
