import { BLOCK as BLOCK_ELEMENTS, PARAGRAPH } from './blocks';
import { decodeEntities } from './html-entities';

/**
 * DOM-free HTML → readable text, for Node (the CLI reads saved pages) and for the extension
 * (JSON-LD descriptions are HTML strings that must never be inserted into a document).
 *
 * One left-to-right pass; every index only moves forward, so a 5 MB page costs linear time
 * whatever its shape. Malformed input degrades instead of throwing: a stray '<' is text, an
 * unclosed comment or tag ends the document, an unclosed element simply never closes.
 */

/** A whole saved page is read here, so its body and html elements are blocks too. */
const BLOCK = new Set([...BLOCK_ELEMENTS, 'body', 'html']);
/** Content is raw text up to the matching end tag and never shown. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
]);
/** Content is markup but never shown: drop everything until the element closes. */
const HIDDEN = new Set(['template', 'svg', 'math']);
const LIST = new Set(['ul', 'ol', 'menu', 'dir']);

export interface HtmlScan {
  /** Visible text: blocks on their own lines, list items as "• " lines. */
  text: string;
  /** Text of the first <title>, or null. */
  title: string | null;
  /** Text of the first <h1>, or null. */
  h1: string | null;
  /** Raw contents of every <script type="application/ld+json"> block, in document order. */
  jsonLd: string[];
}

const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');
const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;

/** A list nested in a list item is part of that item: a single line break, not a blank line. */
const breakSize = (name: string, listDepth: number) =>
  PARAGRAPH.has(name) && !(LIST.has(name) && listDepth > 0) ? 2 : 1;

export function htmlToText(html: string): string {
  return scanHtml(html).text;
}

export function scanHtml(html: string): HtmlScan {
  const out: string[] = [];
  let empty = true;
  let pendingBreak = 0;
  let pendingSpace = false;
  let prefix = '';
  let preDepth = 0;
  let listDepth = 0;
  let hiddenDepth = 0;
  let h1: string | null = null;
  let h1Buf: string | null = null;
  let title: string | null = null;
  const jsonLd: string[] = [];

  const lineBreak = (n: number) => {
    if (!empty) pendingBreak = Math.max(pendingBreak, n);
    pendingSpace = false;
  };
  const push = (t: string) => {
    if (pendingBreak > 0) out.push('\n'.repeat(pendingBreak));
    else if (pendingSpace) out.push(' ');
    if (prefix) out.push(prefix);
    out.push(t);
    pendingBreak = 0;
    pendingSpace = false;
    prefix = '';
    empty = false;
  };
  const emitText = (raw: string) => {
    if (hiddenDepth > 0 || raw === '') return;
    const decoded = decodeEntities(raw);
    if (h1Buf !== null) h1Buf += decoded;
    if (preDepth > 0) {
      push(decoded.replace(/\r\n?/g, '\n'));
      return;
    }
    const c = collapse(decoded);
    if (c === '') return;
    const lead = c.startsWith(' ');
    if (lead && !empty && pendingBreak === 0) pendingSpace = true;
    if (c === ' ') return;
    const trail = c.endsWith(' ');
    push(c.slice(lead ? 1 : 0, trail ? c.length - 1 : c.length));
    if (trail) pendingSpace = true;
  };

  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      emitText(html.slice(i));
      break;
    }
    if (lt > i) emitText(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      const isComment = html.startsWith('<!--', lt);
      const end = isComment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + (isComment ? 3 : 1);
      continue;
    }
    if (next === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    let j = closing ? lt + 2 : lt + 1;
    const nameStart = j;
    const first = html.charCodeAt(j);
    if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) {
      // Not a tag ("a < b", "</ >"): the '<' is text.
      emitText('<');
      i = lt + 1;
      continue;
    }
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const tagEnd = findTagEnd(html, j);
    if (tagEnd < 0) break;
    const attrs = html.slice(j, tagEnd);
    i = tagEnd + 1;

    if (closing) {
      if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
      if (hiddenDepth > 0) continue;
      if (name === 'h1' && h1Buf !== null) {
        const t = collapse(h1Buf).trim();
        h1 = t === '' ? null : t;
        h1Buf = null;
      }
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (LIST.has(name)) listDepth = Math.max(0, listDepth - 1);
      if (BLOCK.has(name)) lineBreak(breakSize(name, listDepth));
      continue;
    }

    if (RAW_TEXT.has(name)) {
      const close = findEndTag(html, name, i);
      const content = html.slice(i, close < 0 ? n : close);
      if (name === 'script' && hiddenDepth === 0 && /type\s*=\s*["']?application\/ld\+json/i.test(attrs)) {
        jsonLd.push(content);
      } else if (name === 'title' && title === null && hiddenDepth === 0) {
        const t = collapse(decodeEntities(content)).trim();
        if (t !== '') title = t;
      }
      if (close < 0) break;
      const after = findTagEnd(html, close + 2 + name.length);
      if (after < 0) break;
      i = after + 1;
      continue;
    }
    if (HIDDEN.has(name)) {
      if (!attrs.trimEnd().endsWith('/')) hiddenDepth++;
      continue;
    }
    if (hiddenDepth > 0) continue;
    if (name === 'br') {
      // <br> is a hard break even right after another one.
      if (!empty) out.push(pendingBreak > 0 ? '\n'.repeat(pendingBreak) : '\n');
      pendingBreak = 0;
      pendingSpace = false;
      continue;
    }
    if (BLOCK.has(name)) lineBreak(breakSize(name, listDepth));
    if (name === 'pre') preDepth++;
    if (LIST.has(name)) listDepth++;
    if (name === 'li') prefix = `${'  '.repeat(Math.max(0, listDepth - 1))}• `;
    if ((name === 'td' || name === 'th') && !empty && pendingBreak === 0) pendingSpace = true;
    if (name === 'h1' && h1 === null && h1Buf === null) h1Buf = '';
  }
  if (h1 === null && h1Buf !== null) {
    const t = collapse(h1Buf).trim();
    if (t !== '') h1 = t;
  }
  return { text: out.join(''), title, h1, jsonLd };
}

/** Index of the '>' closing a tag whose attributes start at `from`; quoted values may hold '>'. */
function findTagEnd(html: string, from: number): number {
  let j = from;
  const n = html.length;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (c === 62 /* > */) return j;
    if (c === 61 /* = */) {
      j++;
      while (j < n && /\s/.test(html[j] as string)) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const end = html.indexOf(q === 34 ? '"' : "'", j + 1);
        if (end < 0) return -1;
        j = end + 1;
        continue;
      }
      continue;
    }
    j++;
  }
  return -1;
}

/** Start of `</name` (any case, followed by a non-name character) at or after `from`, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  let k = html.indexOf('</', from);
  while (k >= 0) {
    if (
      html.slice(k + 2, k + 2 + name.length).toLowerCase() === name &&
      !isNameChar(html.charCodeAt(k + 2 + name.length))
    ) {
      return k;
    }
    k = html.indexOf('</', k + 2);
  }
  return -1;
}
