/**
 * A small HTML tag scanner for the content script, where neither a maintained tokenizer nor the
 * browser's parser fits: htmlparser2's tokenizer carries the full entity table (~20 KB gzipped,
 * two thirds of the content script's budget), and DOMParser's tree builder is quadratic on
 * unclosed nested blocks (300 KB of <ul><li> took 30 s in Chromium: each block start tag scans
 * the stack of open elements). Node uses htmlparser2 (html-to-text.ts).
 *
 * One left-to-right pass; every index only moves forward, so any input costs linear time.
 * It reports text runs (character references still in them), start and end tags; the content of
 * raw-text elements (script, style, textarea...) is skipped, comments and declarations too.
 * Malformed input degrades instead of throwing: a stray '<' is text, an unclosed comment or tag
 * ends the document.
 */

export interface TagHandler {
  text(raw: string): void;
  open(name: string, selfClosing: boolean): void;
  close(name: string): void;
}

/** Content is raw text up to the matching end tag, and never shown. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

export function scanTags(html: string, on: TagHandler): void {
  const n = html.length;
  /** Start of the text not yet reported: a '<' that opens no tag stays part of it. */
  let textStart = 0;
  const textUpTo = (end: number) => {
    if (end > textStart) on.text(html.slice(textStart, end));
  };
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      textUpTo(lt);
      const isComment = html.startsWith('<!--', lt);
      const end = isComment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) return;
      i = textStart = end + (isComment ? 3 : 1);
      continue;
    }
    const closing = next === 47; /* / */
    let j = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(j))) {
      // Not a tag ("a < b", "</ >"): the '<' is text.
      i = lt + 1;
      continue;
    }
    textUpTo(lt);
    const nameStart = j;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const tagEnd = findTagEnd(html, j);
    if (tagEnd < 0) return;
    i = textStart = tagEnd + 1;
    if (closing) {
      on.close(name);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = findEndTag(html, name, i);
      if (close < 0) return;
      const after = findTagEnd(html, close + 2 + name.length);
      if (after < 0) return;
      i = textStart = after + 1;
      continue;
    }
    on.open(name, html.charCodeAt(tagEnd - 1) === 47 /* / */);
  }
  textUpTo(n);
}

/** Index of the '>' closing a tag whose attributes start at `from`; quoted values may hold '>'. */
function findTagEnd(html: string, from: number): number {
  const n = html.length;
  let j = from;
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
    )
      return k;
    k = html.indexOf('</', k + 2);
  }
  return -1;
}
