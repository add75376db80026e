import { unzipSync } from 'fflate';

/**
 * The text of a Word (.docx) file: a zip whose part word/document.xml holds the body as
 * paragraphs (<w:p>) of runs of text (<w:t>), tabs and breaks. One linear pass over that part
 * gives the text with a line per paragraph; styles, numbering and images do not matter for
 * finding skills. fflate unzips (small, no eval); no XML parser is needed for this subset.
 */

const PART = 'word/document.xml';
/** A zip bomb guard: a résumé's body is a few hundred KB of XML at most. */
const MAX_PART_BYTES = 40 * 1024 * 1024;

export class DocxError extends Error {
  override name = 'DocxError';
}

export function docxText(data: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) => f.name === PART && f.originalSize <= MAX_PART_BYTES,
    });
  } catch {
    throw new DocxError('not a zip archive');
  }
  const part = files[PART];
  if (!part) throw new DocxError(`no ${PART} (or it is too large)`);
  return bodyText(new TextDecoder().decode(part));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** word/document.xml → text: <w:t> contents, a tab per <w:tab/>, a line per break and paragraph. */
export function bodyText(xml: string): string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open < 0) break;
    const close = xml.indexOf('>', open);
    if (close < 0) break;
    const tag = xml.slice(open + 1, close);
    at = close + 1;
    const name = /^\/?([\w:]+)/.exec(tag)?.[1];
    if (name === 'w:t' && tag[0] !== '/' && !tag.endsWith('/')) {
      const end = xml.indexOf('</w:t>', at);
      if (end < 0) break;
      out.push(decode(xml.slice(at, end)));
      at = end + '</w:t>'.length;
    } else if (name === 'w:tab' && tag[0] !== '/') out.push('\t');
    else if ((name === 'w:br' || name === 'w:cr') && tag[0] !== '/') out.push('\n');
    else if (name === 'w:p' && tag[0] === '/') out.push('\n');
  }
  return out.join('').replace(/\n{3,}/g, '\n\n');
}
