import { isRegExpSpace } from './chars';
import { lineEndOf, lineStartOf } from './context';
import type { Candidate } from './scan';

/**
 * Tag lines: StackOverflow's "Technologies: java spring go jenkins r", LinkedIn's "Skills: react ·
 * redux · jest". Written in lower case and without commas, their ambiguous words get no help
 * from case or list punctuation; the line itself is the evidence. A line is a tag line when,
 * after an optional "Label:", it has at least three words, no function word of prose ("to",
 * "the", "with"...), and at least three quarters of its words are skill names the catalogue
 * knows (before any ambiguity rule judged them). Step 0 of ./ambiguity.ts.
 */

const LABEL = /^\s*(?:[-*•·]\s*)?[\p{L}][\p{L} ]{1,29}:\s*/u;
/**
 * The line's words are runs of characters other than white space (as /\s/ reads it) and
 * , ; | · • / ( ) [ ], read by hand: a tag line is tested for many candidates.
 */
function isTokenBreak(c: number): boolean {
  if (c < 128) return c <= 32 ? isRegExpSpace(c) : TOKEN_BREAK_ASCII[c] === 1;
  return c === 0xb7 || c === 0x2022 || isRegExpSpace(c);
}
const TOKEN_BREAK_ASCII = new Uint8Array(128);
for (const ch of ',;|/()[]') TOKEN_BREAK_ASCII[ch.charCodeAt(0)] = 1;

/** Longest word read as a number by shortKey: 7 characters of 7 bits and a leading 1 stay exact in a double. */
const MAX_KEYED = 7;
/**
 * A word of at most MAX_KEYED characters that lower-cases to ASCII, as a number (7 bits a
 * lower-cased character), or -1 for any other word. Only ASCII letters and the Kelvin sign
 * (to "k") lower-case into ASCII ("İ" becomes two characters), so equal keys mean equal
 * lower-case words.
 */
function shortKey(text: string, start: number, end: number): number {
  if (end - start > MAX_KEYED) return -1;
  // A leading 1 keeps words of different lengths apart ("\0to" is not "to").
  let key = 1;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x212a) c = 107;
    else if (c >= 128) return -1;
    key = key * 128 + c;
  }
  return key;
}

/** Words of prose: a line holding one is no tag line. Keyed by shortKey, the rest as strings. */
const PROSE =
  'to the a an of in for with on at is are be we you our your will this that who as by from it its can';
const PROSE_KEYS = new Set<number>();
const PROSE_OTHERS = new Set<string>();
for (const w of PROSE.split(' ')) {
  const key = shortKey(w, 0, w.length);
  if (key >= 0) PROSE_KEYS.add(key);
  else PROSE_OTHERS.add(w);
}
/** Words that join names and are not counted: "java and spring", "C & C++". */
const JOINERS = ['and', 'or', '&', '+'];
const JOINER_KEYS = new Set(JOINERS.map((w) => shortKey(w, 0, w.length)));
/** The longest prose word or joiner: a longer word is neither, whatever its letters. */
const MAX_SMALL_WORD = Math.max(...PROSE.split(' ').map((w) => w.length), ...JOINERS.map((w) => w.length));
const MIN_SHARE = 0.75;
/** Tag lines are short; a longer line is prose. */
const MAX_LINE = 200;

/**
 * Is candidate i on a tag line? `cache` maps a line start to its answer, within one text.
 * `nearFirst`: look for a prose word near the candidate before reading the line (the answer is
 * the same; tests compare the two).
 */
export function onTagLine(
  text: string,
  cands: readonly Candidate[],
  i: number,
  cache: Map<number, boolean>,
  nearFirst = true,
): boolean {
  const c = cands[i] as Candidate;
  // The line, when it reaches at most MAX_LINE either way: a longer line is no tag line.
  const minA = c.start - MAX_LINE;
  const a = lineStartOf(text, c.start);
  if (a < minA && minA > 0) return false;
  // A word of prose next to the candidate, past any label, makes the line prose: no need to read it.
  if (nearFirst && proseBeside(text, a, c.start, c.end)) return false;
  const known = cache.get(a);
  if (known !== undefined) return known;
  const maxB = a + MAX_LINE;
  let b = c.end;
  if (b < text.length && b < maxB) b = Math.min(lineEndOf(text, b), maxB);
  if (b < text.length && text.charCodeAt(b) !== 10) return false;
  if (b > a && text.charCodeAt(b - 1) === 13) b--;
  const answer = isTagLine(text, cands, i, a, b);
  cache.set(a, answer);
  return answer;
}

/** How far from the line's start isTagLine looks for the colon of a label. */
const LABEL_REACH = 34;

/** How many words either side of a candidate proseBeside reads: a prose word is usually near. */
const NEAR_WORDS = 3;

/**
 * Is one of the NEAR_WORDS words (as isTagLine splits the line) after the candidate at
 * [start, end), or before it, on the line starting at `a`, within MAX_LINE of it and past the
 * label if any, a word of prose? Then isTagLine would say no.
 */
function proseBeside(text: string, a: number, start: number, end: number): boolean {
  const max = Math.min(text.length, a + MAX_LINE);
  // The words after: past the rest of the candidate's own word, on this line.
  let k = end;
  while (k < max && !isTokenBreak(text.charCodeAt(k))) k++;
  for (let n = 0; n < NEAR_WORDS; n++) {
    while (k < max && isTokenBreak(text.charCodeAt(k)) && !isLineEnd(text.charCodeAt(k))) k++;
    let w = k;
    while (w < max && !isTokenBreak(text.charCodeAt(w))) w++;
    if (w === k || w === max) break;
    if (isProse(text, k, w) && pastLabel(text, a, k)) return true;
    k = w;
  }
  // The words before, past the candidate's own word.
  k = start;
  while (k > a && !isTokenBreak(text.charCodeAt(k - 1))) k--;
  for (let n = 0; n < NEAR_WORDS; n++) {
    while (k > a && isTokenBreak(text.charCodeAt(k - 1)) && !isLineEnd(text.charCodeAt(k - 1))) k--;
    let w = k;
    while (w > a && !isTokenBreak(text.charCodeAt(w - 1))) w--;
    if (w === k) return false;
    if (isProse(text, w, k) && pastLabel(text, a, w)) return true;
    k = w;
  }
  return false;
}

/**
 * Is a word starting at `from` past the label of the line starting at `a`? So when no colon
 * stands in [from, a + LABEL_REACH): isTagLine takes the first colon within that reach.
 */
function pastLabel(text: string, a: number, from: number): boolean {
  for (let k = from; k < a + LABEL_REACH; k++) if (text.charCodeAt(k) === 58) return false;
  return true;
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}

/** Is text[start, end) a prose word known by its key (PROSE_KEYS)? */
function isProse(text: string, start: number, end: number): boolean {
  if (end - start > MAX_SMALL_WORD) return false;
  const key = shortKey(text, start, end);
  return key >= 0 && PROSE_KEYS.has(key);
}

function isTagLine(text: string, cands: readonly Candidate[], i: number, a: number, b: number): boolean {
  let colon = -1;
  for (let k = a; k < b && k - a < LABEL_REACH; k++) {
    if (text.charCodeAt(k) === 58) {
      colon = k - a;
      break;
    }
  }
  const label = colon > 0 ? LABEL.exec(text.slice(a, b)) : null;
  const from = a + (label ? label[0].length : 0);
  // The candidates of this line, from the first at or after `from`.
  let first = i;
  while (first > 0 && (cands[first - 1] as Candidate).start >= from) first--;
  let last = i;
  while (last + 1 < cands.length && (cands[last + 1] as Candidate).end <= b) last++;
  let words = 0;
  let covered = 0;
  let k = first;
  let pos = from;
  while (pos < b) {
    if (isTokenBreak(text.charCodeAt(pos))) {
      pos++;
      continue;
    }
    const start = pos;
    while (pos < b && !isTokenBreak(text.charCodeAt(pos))) pos++;
    const end = pos;
    const key = end - start <= MAX_SMALL_WORD ? shortKey(text, start, end) : -1;
    if (key >= 0) {
      if (PROSE_KEYS.has(key)) return false;
      if (JOINER_KEYS.has(key)) continue;
    } else if (
      PROSE_OTHERS.size > 0 &&
      end - start <= MAX_SMALL_WORD &&
      PROSE_OTHERS.has(text.slice(start, end).toLowerCase())
    ) {
      return false;
    }
    words++;
    while (k <= last && (cands[k] as Candidate).end <= start) k++;
    const c = cands[k];
    if (c && c.start < end && c.end > start) covered++;
  }
  return words >= 3 && covered >= MIN_SHARE * words;
}
