import { NOT_TEXT } from './blocks';
import { type LaidOut, TextLayout } from './layout';
import { scanTags } from './tag-scanner';

/**
 * HTML string → readable text in the content script (JSON-LD fields are HTML strings that
 * must never be inserted into the page). Tags come from the small linear scanner
 * (tag-scanner.ts says why not DOMParser's tree); character references are decoded by the
 * browser's own parser, which knows the whole HTML table, all at once: each distinct reference
 * becomes a <p> of an inert DOMParser document, a flat list that parses in linear time.
 * Laid out by the same rules as the Node reader (html-to-text.ts).
 */

/** A character reference as the HTML parser reads one in text, with or without its ';'. */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,9};?|[A-Za-z][A-Za-z0-9]{0,31};?)/g;
/** Foreign elements may close themselves (<svg/>); HTML ones ignore a trailing slash. */
const SELF_CLOSING = new Set(['svg', 'math']);

export function pageHtmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): LaidOut {
  const decoded = decodeReferences(html);
  const decode = (raw: string) =>
    raw.includes('&') ? raw.replace(REFERENCE, (r) => decoded.get(r) ?? r) : raw;
  const layout = new TextLayout(maxChars);
  let hiddenDepth = 0;
  scanTags(html, {
    text(raw) {
      if (hiddenDepth === 0 && !layout.full) layout.text(decode(raw));
    },
    open(name, selfClosing) {
      if (NOT_TEXT.has(name)) {
        if (!(selfClosing && SELF_CLOSING.has(name))) hiddenDepth++;
      } else if (hiddenDepth === 0) layout.open(name);
    },
    close(name) {
      if (NOT_TEXT.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
      else if (hiddenDepth === 0) layout.close(name);
    },
  });
  return layout.result();
}

/** Each distinct reference in `html` and what the browser reads it as. */
function decodeReferences(html: string): Map<string, string> {
  const refs = [...new Set(html.match(REFERENCE) ?? [])];
  const decoded = new Map<string, string>();
  if (refs.length === 0) return decoded;
  let paragraphs: HTMLCollection;
  try {
    // Only references between the tags: nothing here can open an element of its own.
    paragraphs = new DOMParser().parseFromString(`<p>${refs.join('<p>')}`, 'text/html').body.children;
  } catch {
    // A page policy (Trusted Types) may refuse to parse: the references stay as written.
    return decoded;
  }
  refs.forEach((ref, i) => {
    decoded.set(ref, paragraphs[i]?.textContent ?? ref);
  });
  return decoded;
}
