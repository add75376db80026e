import { BLOCK as BLOCK_ELEMENTS, LIST, PARAGRAPH } from './blocks';

/**
 * Sets out the text of an HTML document as the engine reads it: blocks on their own lines,
 * paragraphs and headings set off by a blank line, list items as "• " lines, <br> as a line
 * break. The drivers (html-to-text.ts, page-html-to-text.ts) feed it elements and text in document
 * order; they own parsing, this owns layout, so both produce the same text.
 *
 * Every call costs time in proportion to the text it is given, whatever the nesting: the
 * indentation of nested lists stops growing after MAX_INDENT levels, so a page of a million
 * unclosed <ul><li> costs what a page of a million letters does.
 */

/** A whole saved page is read too, so its body and html elements are blocks. */
const BLOCK = new Set([...BLOCK_ELEMENTS, 'body', 'html']);
/** Deeper lists are still "• " lines, indented no further: real postings nest two or three. */
export const MAX_INDENT = 4;

/** HTML's collapsible white space; U+00A0 too, since to matching it is an ordinary space. */
const SPACES = /[ \t\n\r\f\u00a0]+/g;
/** Soft hyphens and zero-width spaces split words the reader sees whole ("Py&shy;Torch"). */
const INVISIBLE = /[\u00ad\u200b]/g;

export interface LaidOut {
  text: string;
  /** More text followed than maxChars allowed; it was not read. */
  truncated: boolean;
}

export class TextLayout {
  private readonly out: string[] = [];
  private length = 0;
  private empty = true;
  private pendingBreak = 0;
  private pendingSpace = false;
  private prefix = '';
  private preDepth = 0;
  private listDepth = 0;
  truncated = false;

  constructor(private readonly maxChars = Number.POSITIVE_INFINITY) {}

  /** True once maxChars are written: the driver may stop reading. */
  get full(): boolean {
    return this.truncated;
  }

  open(name: string): void {
    if (name === 'br') {
      this.br();
      return;
    }
    if (BLOCK.has(name)) this.lineBreak(this.breakSize(name));
    if (name === 'pre') this.preDepth++;
    if (LIST.has(name)) this.listDepth++;
    if (name === 'li')
      this.prefix = `${'  '.repeat(Math.min(MAX_INDENT, Math.max(0, this.listDepth - 1)))}• `;
    if ((name === 'td' || name === 'th') && !this.empty && this.pendingBreak === 0) this.pendingSpace = true;
  }

  close(name: string): void {
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    if (LIST.has(name)) this.listDepth = Math.max(0, this.listDepth - 1);
    if (BLOCK.has(name)) this.lineBreak(this.breakSize(name));
  }

  /** <br> is a hard break even right after another one. */
  br(): void {
    if (!this.empty) this.write(this.pendingBreak > 0 ? '\n'.repeat(this.pendingBreak) : '\n');
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }

  /** A run of decoded text (entities already replaced). */
  text(raw: string): void {
    if (raw === '' || this.truncated) return;
    const decoded = raw.replace(INVISIBLE, '');
    if (this.preDepth > 0) {
      this.push(decoded.replace(/\r\n?/g, '\n'));
      return;
    }
    const c = decoded.replace(SPACES, ' ');
    if (c === '') return;
    const lead = c.startsWith(' ');
    if (lead && !this.empty && this.pendingBreak === 0) this.pendingSpace = true;
    if (c === ' ') return;
    const trail = c.endsWith(' ');
    this.push(c.slice(lead ? 1 : 0, trail ? c.length - 1 : c.length));
    if (trail) this.pendingSpace = true;
  }

  result(): LaidOut {
    return { text: this.out.join(''), truncated: this.truncated };
  }

  /** A list nested in a list item is part of that item: a single line break, not a blank line. */
  private breakSize(name: string): number {
    return PARAGRAPH.has(name) && !(LIST.has(name) && this.listDepth > 0) ? 2 : 1;
  }

  private lineBreak(n: number): void {
    if (!this.empty) this.pendingBreak = Math.max(this.pendingBreak, n);
    this.pendingSpace = false;
  }

  private push(t: string): void {
    if (this.pendingBreak > 0) this.write('\n'.repeat(this.pendingBreak));
    else if (this.pendingSpace) this.write(' ');
    if (this.prefix) this.write(this.prefix);
    this.write(t);
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.prefix = '';
    this.empty = false;
  }

  private write(s: string): void {
    if (this.truncated) return;
    const room = this.maxChars - this.length;
    if (s.length > room) {
      this.truncated = true;
      // A cut never leaves half a surrogate pair behind.
      let end = Math.max(0, room);
      const last = s.charCodeAt(end - 1);
      if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
      s = s.slice(0, end);
    }
    this.out.push(s);
    this.length += s.length;
  }
}
