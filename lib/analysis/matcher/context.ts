/**
 * Small readers of the text around a position, used only for the few candidates that need
 * context (ambiguous words, cue words), never in the scanner's inner loop.
 */

const SENTENCE_REACH = 400;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // A line break, ; ! ? and bullets always end a clause; a period only before a space or the end,
  // so "Node.js", "e.g." inside words and "3.5" do not.
  if (c === 10 || c === 13 || c === 59 || c === 33 || c === 63 || c === 0x2022 || c === 0x2029) return true;
  if (c === 46) {
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 0xa0 || next === 9;
  }
  return false;
}

/** [start, end) of the sentence, bullet or clause holding position `pos`. */
export function sentenceAround(text: string, pos: number): [number, number] {
  let a = pos;
  const minA = Math.max(0, pos - SENTENCE_REACH);
  while (a > minA && !isSentenceEnd(text, a - 1)) a--;
  let b = pos;
  const maxB = Math.min(text.length, pos + SENTENCE_REACH);
  while (b < maxB && !isSentenceEnd(text, b)) b++;
  return [a, b];
}

/** [start, end) of the line holding position `pos` (without its line break). */
export function lineAround(text: string, pos: number): [number, number] {
  const a = text.lastIndexOf('\n', pos - 1) + 1;
  let b = text.indexOf('\n', pos);
  if (b < 0) b = text.length;
  if (b > a && text.charCodeAt(b - 1) === 13) b--;
  return [a, b];
}

/** Up to `n` characters before `pos` on the same line. */
export function before(text: string, pos: number, n = 32): string {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return text.slice(Math.max(lineStart, pos - n), pos);
}

/** Up to `n` characters after `pos` on the same line. */
export function after(text: string, pos: number, n = 32): string {
  const s = text.slice(pos, pos + n);
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.slice(0, nl);
}

/**
 * True when most longer words of the line, other than the one at `self`, are capitalised
 * ("Bonus Points With Spark"): there, a capital letter says nothing about whether a word is a
 * name. Acronyms and CamelCase names (REST, FastAPI) say nothing either way and are not counted.
 */
export function isTitleCaseLine(text: string, self: number): boolean {
  const [a, b] = lineAround(text, self);
  const re = /\p{L}{4,}/gu;
  const line = text.slice(a, b);
  let caps = 0;
  let counted = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (a + m.index === self) continue;
    const w = m[0];
    if (/^\p{Lu}\p{Ll}+$/u.test(w)) caps++;
    else if (!/^\p{Ll}+$/u.test(w)) continue;
    counted++;
  }
  return counted >= 3 && caps / counted >= 0.7;
}
