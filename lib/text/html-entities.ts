/**
 * Character references for DOM-free HTML → text. Numeric references are decoded fully; named
 * ones cover what job postings and CMS exports actually emit (the full HTML table has 2,000+
 * names, mostly mathematical, and would triple the content-script bundle for nothing).
 * An unknown name is left as written, which is also what a browser does.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  // A non-breaking space is only a layout hint: downstream matching wants an ordinary space.
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwsp: '',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  dagger: '†',
  rarr: '→',
  larr: '←',
  check: '✓',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  yuml: 'ÿ',
  szlig: 'ß',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Auml: 'Ä',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Iacute: 'Í',
  Ntilde: 'Ñ',
  Oacute: 'Ó',
  Ouml: 'Ö',
  Uacute: 'Ú',
  Uuml: 'Ü',
  oelig: 'œ',
  OElig: 'Œ',
};

/** Longest name in NAMED plus slack: bounds the look-ahead so decoding stays linear. */
const MAX_REF = 12;

function fromCodePoint(cp: number): string {
  // Browsers map NUL, surrogates and out-of-range values to U+FFFD; do the same.
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  if (cp === 0xa0) return ' ';
  return String.fromCodePoint(cp);
}

/** Decode character references in a run of text. Linear: each '&' looks ahead at most MAX_REF. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    // Look for the ';' only within MAX_REF characters: a bare '&' costs O(1).
    const semi = s.slice(amp + 1, amp + 2 + MAX_REF).indexOf(';');
    if (semi > 0) {
      const ref = s.slice(amp + 1, amp + 1 + semi);
      let decoded: string | undefined;
      if (ref.startsWith('#x') || ref.startsWith('#X')) {
        if (/^[0-9a-fA-F]{1,8}$/.test(ref.slice(2)))
          decoded = fromCodePoint(Number.parseInt(ref.slice(2), 16));
      } else if (ref.startsWith('#')) {
        if (/^[0-9]{1,9}$/.test(ref.slice(1))) decoded = fromCodePoint(Number.parseInt(ref.slice(1), 10));
      } else if (Object.hasOwn(NAMED, ref)) {
        decoded = NAMED[ref];
      }
      if (decoded !== undefined) {
        out += s.slice(last, amp) + decoded;
        last = amp + 2 + semi;
      }
    }
    amp = s.indexOf('&', amp + 1);
  }
  return last === 0 ? s : out + s.slice(last);
}
