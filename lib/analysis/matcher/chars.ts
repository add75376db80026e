/**
 * Character classes and case folding as lookup tables, built once at load, so the scanner's
 * inner loop is two typed-array reads per UTF-16 unit and never allocates.
 */

/** Letters and digits: the stuff of words. */
export const WORD = 1;
/** Characters that separate the words of one skill name: "CI / CD", "ci-cd", "scikit_learn". */
export const SEP = 2;
/** Single-character tokens that can belong to a skill name: C++, C#, .NET, Node.js, W&B. */
export const SYMBOL = 3;
/** Everything else (punctuation, emoji, lone surrogates): a hard boundary. */
export const OTHER = 4;
/** Line breaks: a hard boundary that also ends a header or bullet. */
export const NEWLINE = 5;

export const CLASS = new Uint8Array(65536);
export const LOWER = new Uint16Array(65536);

function build(): void {
  for (let c = 0; c < 65536; c++) {
    LOWER[c] = c;
    let cls = OTHER;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) cls = WORD;
    else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) cls = WORD;
    else if (c === 0xaa || c === 0xb5 || c === 0xba) cls = WORD;
    CLASS[c] = cls;
  }
  // Lone and paired surrogates (emoji, rare scripts) never join a word: they cannot be part
  // of any skill name and a lone one must not break anything.
  CLASS.fill(OTHER, 0xd800, 0xe000);
  // Punctuation, spaces and symbols outside ASCII that are not letters.
  const otherRanges: Array<[number, number]> = [
    [0x2000, 0x206f], // general punctuation: quotes, bullets, dashes, odd spaces
    [0x2190, 0x2bff], // arrows, maths, boxes, dingbats (✓ ✔ ➤ ★)
    [0x3000, 0x303f], // CJK punctuation
    [0xe000, 0xf8ff], // private use (icon fonts)
    [0xfe00, 0xfe0f], // variation selectors (emoji presentation)
    [0xfeff, 0xfeff], // BOM
    [0xff00, 0xff0f], // fullwidth punctuation
  ];
  for (const [a, b] of otherRanges) CLASS.fill(OTHER, a, b + 1);
  for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x2d, 0x2f, 0x5f, 0x1680, 0x202f, 0x205f, 0x3000]) {
    CLASS[c] = SEP;
  }
  // The at sign inside a name ("recall@k", "Lambda@Edge") joins its words as a hyphen does.
  CLASS[0x40] = SEP;
  // Spaces and hyphens of the general punctuation block: en quad .. hair space, NB hyphen.
  CLASS.fill(SEP, 0x2000, 0x200b);
  CLASS[0x2010] = SEP;
  CLASS[0x2011] = SEP;
  // En dash: certification names are written with one ("AWS Certified Security – Specialty").
  CLASS[0x2013] = SEP;
  for (const ch of '+#.&') CLASS[ch.charCodeAt(0)] = SYMBOL;
  // Superscript digits are digits of the word ("I²C" is "I2C"): as a boundary, the alias "I²C"
  // would compile to the two words "i c" and match "i C++".
  for (const [sup, digit] of [
    [0xb9, 49],
    [0xb2, 50],
    [0xb3, 51],
  ] as const) {
    CLASS[sup] = WORD;
    LOWER[sup] = digit;
  }
  CLASS[10] = NEWLINE;
  CLASS[13] = NEWLINE;
  CLASS[0x2028] = NEWLINE;
  CLASS[0x2029] = NEWLINE;
  // Case folding for ASCII and the Latin blocks postings use (German, French, Spanish).
  for (let c = 65; c <= 90; c++) LOWER[c] = c + 32;
  for (let c = 0xc0; c < 0x250; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) LOWER[c] = lower.charCodeAt(0);
  }
}
build();

/** The fold of each word character, 0 for every other: one table read per character of a word. */
export const WORD_FOLD = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) if (CLASS[c] === WORD) WORD_FOLD[c] = LOWER[c] as number;

/** Lower-cases a string with exactly the scanner's folding. */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(LOWER[s.charCodeAt(i)] ?? 0);
  return out;
}

/** The characters \s matches in a regular expression (white space and line terminators). */
export function isRegExpSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
