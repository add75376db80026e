import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { NOT_TEXT } from './blocks';
import { type LaidOut, TextLayout } from './layout';

/**
 * HTML string → readable text in Node (the CLI reads saved pages; tests read fixtures). The
 * extension reads HTML strings in the page with page-html-to-text.ts.
 *
 * Tokenizing and character references are htmlparser2's (maintained, linear, the full HTML
 * entity table). Its tree builder is not used: it searches the open-element stack on every
 * tag, which is quadratic on deeply nested unclosed markup. Layout needs only counters, so
 * each tag here costs O(1) and the whole read is linear in the input, whatever its shape.
 */

export interface HtmlScan extends LaidOut {
  /** Text of the first <title>, or null. */
  title: string | null;
  /** Text of the first <h1>, or null. */
  h1: string | null;
  /** Raw contents of every <script type="application/ld+json"> block, in document order. */
  jsonLd: string[];
}

/** Title and h1 are one line each; a longer one is not a heading worth keeping whole. */
const MAX_HEADING_CHARS = 1000;
/** Content the tokenizer reads as raw text up to its end tag (htmlparser2's special tags). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Foreign elements may close themselves (<svg/>); HTML ones ignore a trailing slash. */
const SELF_CLOSING = new Set(['svg', 'math']);
const JSON_LD = /^\s*application\/ld\+json\s*(?:;|$)/i;

const oneLine = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t.slice(0, MAX_HEADING_CHARS);
};

export function htmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): LaidOut {
  const { text, truncated } = scanHtml(html, maxChars, false);
  return { text, truncated };
}

/**
 * The visible text (up to maxChars) and, when `collect`, the page's title, first h1 and
 * JSON-LD blocks, which are collected to the end of the page even after the text is full.
 */
export function scanHtml(html: string, maxChars = Number.POSITIVE_INFINITY, collect = true): HtmlScan {
  const layout = new TextLayout(maxChars);
  let tag = '';
  let attr = '';
  let attrValue = '';
  let isJsonLd = false;
  /** Inside an element whose content is never text (script, style, svg, template...). */
  let hiddenDepth = 0;
  /** Which raw-text element (script, style, title...) the tokenizer is inside, if any. */
  let raw: { name: string; jsonLd: boolean; text: string } | null = null;
  let pending = '';
  let h1Buf: string | null = null;
  const scan: HtmlScan = { text: '', truncated: false, title: null, h1: null, jsonLd: [] };
  const slice = (start: number, end: number) => html.slice(start, end);

  const addText = (s: string) => {
    if (raw) raw.text += s;
    else if (hiddenDepth === 0) {
      pending += s;
      if (h1Buf !== null && h1Buf.length < MAX_HEADING_CHARS) h1Buf += s;
    }
  };
  const flush = () => {
    if (pending !== '') layout.text(pending);
    pending = '';
    // Nothing left to collect: stop the tokenizer instead of reading a huge rest for nothing.
    if (layout.full && !collect) tokenizer.pause();
  };
  const openTag = (selfClosing: boolean) => {
    const name = tag;
    if (NOT_TEXT.has(name)) {
      if (RAW_TEXT.has(name)) raw = { name, jsonLd: isJsonLd, text: '' };
      else if (!(selfClosing && SELF_CLOSING.has(name))) hiddenDepth++;
      return;
    }
    if (hiddenDepth > 0) return;
    flush();
    layout.open(name);
    if (name === 'h1' && scan.h1 === null && h1Buf === null) h1Buf = '';
  };
  const closeTag = (name: string) => {
    if (raw) {
      if (raw.name !== name) return;
      if (hiddenDepth === 0 && collect) {
        if (raw.jsonLd) scan.jsonLd.push(raw.text);
        else if (raw.name === 'title' && scan.title === null) scan.title = oneLine(raw.text);
      }
      raw = null;
      return;
    }
    if (NOT_TEXT.has(name)) {
      hiddenDepth = Math.max(0, hiddenDepth - 1);
      return;
    }
    if (hiddenDepth > 0) return;
    flush();
    if (name === 'h1' && h1Buf !== null) {
      scan.h1 = oneLine(h1Buf);
      h1Buf = null;
    }
    layout.close(name);
  };

  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => addText(slice(start, end)),
    ontextentity: (codepoint) => addText(String.fromCodePoint(codepoint)),
    onopentagname(start, end) {
      tag = slice(start, end).toLowerCase();
      isJsonLd = false;
    },
    onattribname(start, end) {
      attr = slice(start, end).toLowerCase();
      attrValue = '';
    },
    onattribdata(start, end) {
      if (attr === 'type') attrValue += slice(start, end);
    },
    onattribentity(codepoint) {
      if (attr === 'type') attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (attr === 'type' && tag === 'script') isJsonLd = JSON_LD.test(attrValue);
    },
    onopentagend: () => openTag(false),
    onselfclosingtag: () => openTag(true),
    onclosetag: (start, end) => closeTag(slice(start, end).toLowerCase()),
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  // An unclosed raw-text element runs to the end of the page; an unclosed h1 too.
  if (raw !== null) closeTag((raw as { name: string }).name);
  flush();
  if (scan.h1 === null && h1Buf !== null) scan.h1 = oneLine(h1Buf);
  return { ...scan, ...layout.result() };
}
