import { MARK_ATTR } from './names';
import { installStyles, markCss } from './styles';
import type { Highlighter, HighlightItem } from './types';

/**
 * Fallback for browsers without CSS.highlights (Firefox before 140): <mark> elements made
 * with createElement around each mention's text, unwrapped and normalised away on clear.
 * Each carries its category and nothing else (the page reads these elements).
 */

/** Text nodes a range touches, with the slice of each it covers. */
function slices(range: Range): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const doc = range.startContainer.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, 0x4 /* text */);
  let node: Node | null = root.nodeType === 3 ? root : walker.nextNode();
  while (node) {
    if (range.intersectsNode(node)) {
      const text = node as Text;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : text.length;
      if (end > start) out.push({ node: text, start, end });
    }
    if (node === root) break;
    node = walker.nextNode();
  }
  return out;
}

function wrap(doc: Document, slice: { node: Text; start: number; end: number }, value: string): HTMLElement {
  const middle = slice.start > 0 ? slice.node.splitText(slice.start) : slice.node;
  if (slice.end - slice.start < middle.length) middle.splitText(slice.end - slice.start);
  const mark = doc.createElement('mark');
  mark.setAttribute(MARK_ATTR, value);
  middle.replaceWith(mark);
  mark.append(middle);
  return mark;
}

export function markHighlighter(doc: Document): Highlighter {
  const uninstall = installStyles(doc, markCss());
  let marks = new Map<number, HTMLElement[]>();
  const byMark = new WeakMap<Element, HighlightItem>();

  const clear = () => {
    const parents = new Set<Node>();
    for (const list of marks.values())
      for (const mark of list) {
        const parent = mark.parentNode;
        if (!parent) continue;
        mark.replaceWith(...mark.childNodes);
        parents.add(parent);
      }
    for (const parent of parents) parent.normalize();
    marks = new Map();
  };

  return {
    kind: 'marks',
    show(next) {
      clear();
      // Last mention first: splitting a text node keeps every earlier (node, offset) valid.
      const ordered = [...next].sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
      const plans = ordered.map((item) => ({ item, parts: slices(item.range) }));
      for (const { item, parts } of plans) {
        const made: HTMLElement[] = [];
        for (const part of parts.reverse()) {
          const mark = wrap(doc, part, item.category);
          byMark.set(mark, item);
          made.push(mark);
        }
        marks.set(item.key, made);
      }
    },
    itemAt(_x, _y, target) {
      const el = target instanceof Element ? target.closest(`mark[${MARK_ATTR}]`) : null;
      return el ? (byMark.get(el) ?? null) : null;
    },
    intact: () => [...marks.values()].every((list) => list.every((m) => m.isConnected)),
    clear,
    dispose() {
      clear();
      uninstall();
    },
  };
}
