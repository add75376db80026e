import { ALL_NAMES, highlightName } from './names';
import { highlightCss, installStyles } from './styles';
import type { Highlighter, HighlightItem } from './types';

/** True where the CSS Custom Highlight API exists (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects())
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

/** The text position under the pointer (standard API first, Chromium's older one after). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * Highlights painted by the browser: no element is added to the page, so the page's own
 * layout never changes. One Highlight per category present, registered in category order:
 * the registry the page can read (names, order, ranges) depends on the posting alone.
 */
export function customHighlighter(doc: Document): Highlighter {
  const uninstall = installStyles(doc, highlightCss());
  let items: HighlightItem[] = [];

  const paint = () => {
    const groups = new Map<string, Range[]>();
    for (const item of items) {
      const name = highlightName(item.category);
      const list = groups.get(name);
      if (list) list.push(item.range);
      else groups.set(name, [item.range]);
    }
    for (const name of ALL_NAMES) {
      const ranges = groups.get(name);
      if (ranges) {
        const highlight = new Highlight(...ranges);
        CSS.highlights.set(name, highlight);
        mine.set(name, highlight);
      } else CSS.highlights.delete(name);
    }
  };

  /** What this painter registered, by name: it removes its own entries and no other's. */
  const mine = new Map<string, Highlight>();

  const clear = () => {
    items = [];
    for (const [name, highlight] of mine)
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    mine.clear();
  };

  return {
    show(next) {
      items = [...next];
      paint();
    },
    itemAt(x, y) {
      const caret = caretAt(doc, x, y);
      if (caret?.node.nodeType !== 3) return null;
      for (const item of items) {
        const { range } = item;
        if (range.comparePoint(caret.node, caret.offset) !== 0) continue;
        // The caret snaps to the nearest text; make sure the pointer is on the word itself.
        if (rectsContain(range, x, y)) return item;
      }
      return null;
    },
    intact: () => items.every((i) => !i.range.collapsed && i.range.startContainer.isConnected),
    clear,
    dispose() {
      clear();
      uninstall();
    },
  };
}
