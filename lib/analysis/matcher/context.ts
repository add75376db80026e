/**
 * Small readers of the text around a position, used only for the few candidates that need
 * context (ambiguous words, cue words), never in the scanner's inner loop.
 */

/** How far a sentence is read either side of a position: a longer one is cut there. */
export const SENTENCE_REACH = 400;

/**
 * The line breaks of the text being analysed, found once (one native search per line) by
 * `indexLines` at the start of an analysis, so that the readers below find the line around a
 * position without reading up to its length character by character. Used only while `text` is
 * that very text; any other string is read by hand as before. `releaseLines` drops the text.
 */
let linesOf: string | null = null;
let breaks = new Int32Array(64);
let breakCount = 0;
/** Index into `breaks` of the last answer: readers mostly move forward through the text. */
let cursor = 0;

/** Indexes `text` unless it is indexed already; true when this call did (and should release it). */
export function indexLines(text: string): boolean {
  if (linesOf === text) return false;
  breakCount = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (breakCount === breaks.length) {
      const grown = new Int32Array(breaks.length * 2);
      grown.set(breaks);
      breaks = grown;
    }
    breaks[breakCount++] = at;
  }
  linesOf = text;
  cursor = 0;
  endsOf = null;
  return true;
}

/**
 * The position of every line break of `text` in order, when `text` is the indexed text (read
 * `count` entries of `at`, which the next indexLines overwrites), else null.
 */
export function lineBreaksOf(text: string): { at: Int32Array; count: number } | null {
  return text === linesOf ? { at: breaks, count: breakCount } : null;
}

export function releaseLines(): void {
  linesOf = null;
  endsOf = null;
}

/** Index of the first line break at or after `pos` (breakCount when none), for the indexed text. */
function firstBreakFrom(pos: number): number {
  cursor = seek(breaks, breakCount, cursor, pos);
  return cursor;
}

/**
 * Index of the first of the sorted `count` positions in `at` that is at or after `pos` (count
 * when none), starting from the previous answer `from`: readers mostly move forward, by a few
 * places or a few hundred (the next candidate, the next window), so forward the search gallops
 * (1, 2, 4... places on) and then halves only the last stretch, rather than halving all that
 * is left of a long page; back, it halves from the start.
 */
function seek(at: Int32Array, count: number, from: number, pos: number): number {
  let k = Math.min(from, count);
  if (k < count && (at[k] as number) < pos) {
    // at[below] < pos <= at[probe] (or probe at or past count): the answer is in (below, probe].
    let below = k;
    let step = 1;
    let probe = k + 1;
    while (probe < count && (at[probe] as number) < pos) {
      below = probe;
      step *= 2;
      probe = below + step;
    }
    let lo = below + 1;
    let hi = Math.min(probe, count);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    k = lo;
  } else if (k > 0 && (at[k - 1] as number) >= pos) {
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    k = lo;
  }
  return k;
}

/**
 * Every position of the indexed text where isSentenceEnd holds, found on the first sentence
 * query (one native search per character that can end a sentence, the line breaks taken from
 * the line index) and merged in order: sentenceStart and sentenceEnd then cost a step of a
 * cursor instead of a read of the sentence, for each of the many rules that ask.
 */
let endsOf: string | null = null;
let ends = new Int32Array(64);
let endCount = 0;
let endCursor = 0;
/** The characters other than \n and "." that end a sentence (see isSentenceEnd): rare in postings. */
const RARE_ENDS = ['\r', ';', '!', '?', '\u2022', '\u2029'];
let rare = new Int32Array(64);

function indexSentences(text: string): void {
  endCount = 0;
  endCursor = 0;
  endsOf = text;
  let rareCount = 0;
  for (let k = 0; k < RARE_ENDS.length; k++) {
    const ch = RARE_ENDS[k] as string;
    for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) {
      if (rareCount === rare.length) rare = grown(rare);
      rare[rareCount++] = at;
    }
  }
  if (rareCount > 1) rare.subarray(0, rareCount).sort();
  // Three sorted streams merged: line breaks, the rare ends, and periods that end a sentence.
  const none = text.length;
  let line = 0;
  let r = 0;
  let dot = text.indexOf('.');
  for (;;) {
    const l = line < breakCount ? (breaks[line] as number) : none;
    const q = r < rareCount ? (rare[r] as number) : none;
    const d = dot >= 0 ? dot : none;
    let at: number;
    if (l <= q && l <= d) {
      if (l === none) return;
      at = l;
      line++;
    } else if (q <= d) {
      at = q;
      r++;
    } else {
      at = d;
      dot = text.indexOf('.', d + 1);
      if (!isSentenceEnd(text, d)) continue;
    }
    if (endCount === ends.length) ends = grown(ends);
    ends[endCount++] = at;
  }
}

function grown(a: Int32Array) {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Index into `ends` of the first sentence end at or after `pos`, for the indexed text. */
function firstEndFrom(text: string, pos: number): number {
  if (endsOf !== text) indexSentences(text);
  endCursor = seek(ends, endCount, endCursor, pos);
  return endCursor;
}

/** Position of the last line break before `pos`, or -1. */
function breakBefore(text: string, pos: number, floor: number): number {
  if (text === linesOf) {
    const k = firstBreakFrom(pos);
    return k > 0 ? (breaks[k - 1] as number) : -1;
  }
  let k = pos - 1;
  while (k >= floor && text.charCodeAt(k) !== 10) k--;
  return k;
}

/** Position of the first line break at or after `pos`, or a position at or past `ceiling`. */
function breakFrom(text: string, pos: number, ceiling: number): number {
  if (text === linesOf) {
    const k = firstBreakFrom(pos);
    return k < breakCount ? (breaks[k] as number) : text.length;
  }
  let k = pos;
  while (k < ceiling && text.charCodeAt(k) !== 10) k++;
  return k;
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Letters and most characters are above '?' (63): one comparison settles nearly every call.
  if (c > 63 && c !== 0x2022 && c !== 0x2029) return false;
  // A line break, ; ! ? and bullets always end a clause; a period only before a space or the end,
  // so "Node.js", "e.g." inside words and "3.5" do not.
  if (c === 10 || c === 13 || c === 59 || c === 33 || c === 63 || c === 0x2022 || c === 0x2029) return true;
  if (c === 46) {
    const next = text.charCodeAt(i + 1);
    if (next === 32 || next === 0xa0) return !isAbbreviation(text, i);
    return Number.isNaN(next) || next === 10 || next === 13 || next === 9;
  }
  return false;
}

/**
 * "e.g.", "i.e.", "z. B.", "d. h.", "p. ej.", "p. ex.", "ad es.", "bijv.", "np.", "bzw.", "vs.": the
 * period of an abbreviation that leads into examples is no sentence end ("open language models
 * (e.g. Llama, Mistral)", "offener Sprachmodelle (z. B. Llama, Mistral)"). Read only at a period
 * before a space: a few characters back from it.
 */
const ABBREVIATION =
  /(?:^|[\s([,;:])(?:e\.g|i\.e|z\. ?B|z|d\. ?h|d|u\. ?a|p\. ?(?:ej|ex|es)|p|ad es|bijv|bzw|np|vs|inkl|incl|zw)$/;

function isAbbreviation(text: string, i: number): boolean {
  const w = text.slice(Math.max(0, i - 7), i);
  if (!ABBREVIATION.test(w)) return false;
  // "z." and "d." open "z. B." and "d. h."; "p." opens "p. ej."; alone they are a word's end.
  const tail = w.slice(-2);
  if (tail === ' z' || tail === '(z' || w === 'z') return text.charCodeAt(i + 2) === 66; // "B"
  if (tail === ' d' || tail === '(d' || w === 'd') return text.charCodeAt(i + 2) === 104; // "h"
  if (tail === ' p' || tail === '(p' || w === 'p') return /^ e[jxs]\./.test(text.slice(i + 1, i + 5));
  return true;
}

/** Start of the sentence, bullet or clause holding position `pos`. */
export function sentenceStart(text: string, pos: number): number {
  let a = pos;
  const minA = Math.max(0, pos - SENTENCE_REACH);
  if (text === linesOf && pos > minA) {
    // Just after the last end before `pos`, no further back than minA.
    const k = firstEndFrom(text, pos);
    const e = k > 0 ? (ends[k - 1] as number) + 1 : 0;
    return Math.max(e, minA);
  }
  while (a > minA && !isSentenceEnd(text, a - 1)) a--;
  return a;
}

/** End (exclusive) of the sentence, bullet or clause holding position `pos`. */
export function sentenceEnd(text: string, pos: number): number {
  let b = pos;
  const maxB = Math.min(text.length, pos + SENTENCE_REACH);
  if (text === linesOf && pos < maxB) {
    // The first end at or after `pos`, no further on than maxB.
    const k = firstEndFrom(text, pos);
    const e = k < endCount ? (ends[k] as number) : maxB;
    return Math.min(e, maxB);
  }
  while (b < maxB && !isSentenceEnd(text, b)) b++;
  return b;
}

/** [start, end) of the sentence, bullet or clause holding position `pos`. */
export function sentenceAround(text: string, pos: number): [number, number] {
  return [sentenceStart(text, pos), sentenceEnd(text, pos)];
}

/** How far a line is read either side of a position: one long line must not cost its length per word. */
const LINE_REACH = 240;

/** [start, end) of the line holding position `pos` (without its line break), at most LINE_REACH either side. */
export function lineAround(text: string, pos: number): [number, number] {
  const minA = Math.max(0, pos - LINE_REACH);
  const a = Math.max(minA, Math.min(pos, breakBefore(text, pos, minA) + 1));
  const maxB = Math.min(text.length, pos + LINE_REACH);
  let b = Math.max(pos, Math.min(maxB, breakFrom(text, pos, maxB)));
  if (b > a && text.charCodeAt(b - 1) === 13) b--;
  return [a, b];
}

/**
 * Up to `n` characters before `pos` on the same line. Read by hand, then sliced once: this runs
 * for many candidates, and a native lastIndexOf costs a call into the runtime each time.
 */
export function before(text: string, pos: number, n = 32): string {
  return text.slice(beforeFrom(text, pos, n), pos);
}

/** Where `before(text, pos, n)` starts. */
export function beforeFrom(text: string, pos: number, n = 32): number {
  const from = Math.max(0, pos - n);
  return Math.max(from, breakBefore(text, pos, from) + 1);
}

/** Up to `n` characters after `pos` on the same line. */
export function after(text: string, pos: number, n = 32): string {
  const to = Math.min(text.length, pos + n);
  return text.slice(pos, Math.min(to, breakFrom(text, pos, to)));
}

/** The first line break at or after `pos`, or the text's length: `text.indexOf('\n', pos)` or length. */
export function lineEndOf(text: string, pos: number): number {
  const b = breakFrom(text, Math.max(pos, 0), text.length);
  return Math.min(b, text.length);
}

/** Start of the line holding `pos` (0 or just after a line break): `text.lastIndexOf('\n', pos - 1) + 1`. */
export function lineStartOf(text: string, pos: number): number {
  const k = Math.min(Math.max(pos - 1, 0), text.length - 1);
  return breakBefore(text, k + 1, 0) + 1;
}

/**
 * True when most longer words of the line, other than the one at `self`, are capitalised
 * ("Bonus Points With Spark"): there, a capital letter says nothing about whether a word is a
 * name. Acronyms and CamelCase names (REST, FastAPI) say nothing either way and are not counted.
 * Hand-written (ASCII letters) because it runs for many candidates.
 */
export function isTitleCaseLine(text: string, self: number): boolean {
  const [a, b] = lineAround(text, self);
  let caps = 0;
  let counted = 0;
  let i = a;
  while (i < b) {
    let c = text.charCodeAt(i);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter) {
      i++;
      continue;
    }
    const start = i;
    const upperFirst = c <= 90;
    let restLower = true;
    let restUpper = true;
    i++;
    for (; i < b; i++) {
      c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) restUpper = false;
      else if (c >= 65 && c <= 90) restLower = false;
      else break;
    }
    if (start === self || i - start < 4) continue;
    if (upperFirst && restLower) caps++;
    else if (upperFirst || !restLower || restUpper) continue;
    counted++;
  }
  return counted >= 3 && caps / counted >= 0.7;
}

/**
 * Where the last match of the global regex `re` in `s` ends, or -1 when it matches nowhere: the
 * start of what follows the last clause break, contrast or statement a reader looks back for.
 */
export function lastMatchEnd(re: RegExp, s: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end;
}
