import { MAX_TEXT_CHARS } from '../messages/limits';
import { isOwnUi, NEVER_TEXT } from '../sites/skip';
import { BLOCK, PARAGRAPH } from '../text/blocks';

/**
 * The description element's text as the engine reads it, plus a map back to the DOM, so a
 * mention's [start, end) becomes a Range over the page's own text nodes.
 *
 * Layout follows lib/text/html-to-text.ts (the CLI's reader) so both produce the same
 * sections: blocks on their own lines, paragraphs and headings set off by a blank line,
 * list items as "• " lines, <br> as a line break. One pass, every step moves forward:
 * linear in the size of the element, and bounded by `maxChars`.
 */

const CELL = new Set(['td', 'th']);

/** HTML's collapsible white space (not U+00A0, which the page means to keep). */
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
/** Collapsible white space other than U+0020: each reads as one space. */
const OTHER_SPACE = /[\n\t\r\f]/g;
/** Two or more collapsible white-space characters: where a run of mapped text ends. */
const BREAK = /[ \n\t\r\f]{2,}/g;

/**
 * Postings run 2-10k characters (LinkedIn caps descriptions near 10k); past this bound the
 * page is not a posting we can help with, and reading on would only freeze it. The same bound
 * caps the text the background accepts (lib/messages/limits.ts).
 */
export const DEFAULT_MAX_CHARS = MAX_TEXT_CHARS;

export interface TextMap {
  text: string;
  /** Segment i covers text [starts[i], starts[i] + lengths[i]) = nodes[i] from nodeOffsets[i]. */
  starts: number[];
  lengths: number[];
  nodes: Text[];
  nodeOffsets: number[];
  /** The element held more text than maxChars; the rest was not read. */
  truncated: boolean;
}

export interface ExtractOptions {
  maxChars?: number;
}

function hidden(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName) || isOwnUi(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Layout-aware where the browser offers it (display:none, content-visibility hidden).
  return typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

export function extractText(root: Element, options: ExtractOptions = {}): TextMap {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const out: string[] = [];
  const map: TextMap = { text: '', starts: [], lengths: [], nodes: [], nodeOffsets: [], truncated: false };
  let len = 0;
  let empty = true;
  let pendingBreak = 0;
  let pendingSpace = false;
  let prefix = '';

  const lineBreak = (n: number) => {
    if (!empty) pendingBreak = Math.max(pendingBreak, n);
    pendingSpace = false;
  };
  /** Emits what stands between the last run and the next, unmapped: space, breaks, bullet. */
  const flush = () => {
    let gap = pendingBreak > 0 ? '\n'.repeat(pendingBreak) : pendingSpace ? ' ' : '';
    gap += prefix;
    if (gap) {
      out.push(gap);
      len += gap.length;
    }
    pendingBreak = 0;
    pendingSpace = false;
    prefix = '';
    empty = false;
  };
  /**
   * Text [from, to) of `node`: words joined by single white-space characters, each read as one
   * space, so the run maps 1:1 onto the node (a plain paragraph is one segment, one slice).
   */
  const emitRun = (node: Text, value: string, from: number, to: number) => {
    flush();
    let take = to - from;
    if (len + take > maxChars) {
      take = Math.max(0, maxChars - len);
      map.truncated = true;
    }
    if (take === 0) return;
    map.starts.push(len);
    map.lengths.push(take);
    map.nodes.push(node);
    map.nodeOffsets.push(from);
    out.push(value.slice(from, from + take).replace(OTHER_SPACE, ' '));
    len += take;
  };
  const emitText = (node: Text) => {
    const value = node.nodeValue ?? '';
    const n = value.length;
    let i = 0;
    while (i < n && len < maxChars) {
      if (isSpace(value.charCodeAt(i))) {
        while (i < n && isSpace(value.charCodeAt(i))) i++;
        if (!empty && pendingBreak === 0) pendingSpace = true;
        continue;
      }
      // Up to the first run of two or more white-space characters, or a last one at the end.
      BREAK.lastIndex = i;
      let j = BREAK.exec(value)?.index ?? n;
      if (j === n && isSpace(value.charCodeAt(n - 1))) j = n - 1;
      emitRun(node, value, i, j);
      i = j;
    }
    if (len >= maxChars && i < n) map.truncated = true;
  };
  const enter = (el: Element) => {
    const name = el.localName;
    if (name === 'br') {
      pendingBreak = empty ? 0 : pendingBreak >= 1 ? 2 : 1;
      pendingSpace = false;
    } else if (BLOCK.has(name)) {
      lineBreak(PARAGRAPH.has(name) ? 2 : 1);
      if (name === 'li') prefix = '• ';
    } else if (CELL.has(name) && !empty && pendingBreak === 0) pendingSpace = true;
  };
  const leave = (el: Element) => {
    const name = el.localName;
    if (BLOCK.has(name)) lineBreak(PARAGRAPH.has(name) ? 2 : 1);
  };

  // Iterative walk (a hostile page can nest deeper than the call stack).
  let node: Node | null = root.firstChild;
  while (node && len < maxChars) {
    let descend = false;
    if (node.nodeType === 3) emitText(node as Text);
    else if (node.nodeType === 1 && !hidden(node as Element)) {
      enter(node as Element);
      descend = node.firstChild !== null;
      if (!descend) leave(node as Element);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (node) map.truncated = true;
  map.text = out.join('');
  return map;
}

/** Index of the last segment starting at or before `offset`, or -1. */
function segmentAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((map.starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The DOM Range covering text [start, end), or null when it maps to no page text. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (end <= start) return null;
  let i = segmentAt(map, start);
  // Starting inside an unmapped gap (a bullet, an inserted break): begin at the next segment.
  if (i < 0 || start >= (map.starts[i] ?? 0) + (map.lengths[i] ?? 0)) i++;
  const j = segmentAt(map, end - 1);
  if (i >= map.starts.length || j < i) return null;
  const startNode = map.nodes[i];
  const endNode = map.nodes[j];
  if (!startNode || !endNode || !startNode.isConnected || !endNode.isConnected) return null;
  const segStart = map.starts[i] ?? 0;
  const startOffset = (map.nodeOffsets[i] ?? 0) + Math.max(0, start - segStart);
  const endOffset = (map.nodeOffsets[j] ?? 0) + Math.min(end - (map.starts[j] ?? 0), map.lengths[j] ?? 0);
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** Text offset of a DOM point (for hover lookups), or -1 when it is not in the mapped text. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  // Segments are few per node; a linear scan over the node's segments is enough here.
  for (let i = 0; i < map.nodes.length; i++) {
    if (map.nodes[i] !== node) continue;
    const from = map.nodeOffsets[i] ?? 0;
    const length = map.lengths[i] ?? 0;
    if (offset >= from && offset <= from + length) return (map.starts[i] ?? 0) + offset - from;
  }
  return -1;
}
