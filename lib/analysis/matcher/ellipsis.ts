import type { CompiledMatcher } from './compile';
import { type Candidate, scan } from './scan';

/**
 * Names whose shared word is written once for two of them: "unit and integration tests" (unit
 * tests), "tensor and pipeline parallelism", "Unit- und UI-Tests" (Unit-Tests), and head first,
 * as Romance and Slavic languages and English nouns in "-ing" put it: "tests unitaires (Vitest)
 * et end-to-end" (tests end-to-end), "testów jednostkowych i integracyjnych", "model training and
 * serving" (model serving). The word joined to a found multi-word name takes that name's other
 * words; when the phrase so made is another unambiguous catalogue name, the word alone is a
 * mention of it. Words that are names themselves are left to the scan.
 *
 * Read by hand, not by regular expressions: a page holds thousands of multi-word names, most of
 * them in lists whose commas make every one a candidate for this reading.
 */

/** The joining words of the posting languages, between two members (",", "/" and "&" too). */
const JOINER_WORDS: ReadonlySet<string> = new Set(
  'and or und oder sowie et ou y o e i en og och oraz lub'.split(' '),
);

/**
 * The members that can only share a head written before them: a verb noun in "-ing" ("model
 * training and serving"), a compound ("tests unitaires et end-to-end") or a Romance preposition
 * ("pruebas unitarias y de integración"). Not any word: "vector databases or search".
 */
const HEAD_FIRST_MEMBER = /^(?:(?:de|di|d'|da|do)\s*\p{L}|\p{L}+ing$|\p{L}[\p{L}\p{N}]*-)/u;

/** A Romance preposition that may open a member read head first ("y de integración"). */
const PREPOSITION = /^(?:de |di |da |do |d')/;

/** At most this many members joined to one name ("unit, integration and end-to-end tests"). */
const MAX_MEMBERS = 3;
/** How far back candidates are looked at for an overlap. */
const WINDOW = 60;

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 0xa0;
}

function isAsciiLetter(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90);
}

/** A letter (Latin, with accents), or a digit. */
function isWordChar(ch: number): boolean {
  return (
    isAsciiLetter(ch) || (ch >= 48 && ch <= 57) || (ch >= 0xc0 && ch <= 0x24f && ch !== 0xd7 && ch !== 0xf7)
  );
}

/** Where the text before the joiner ending at `at` (white space between) ends, or -1. */
function joinerBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  const ch = text.charCodeAt(k - 1);
  let j: number;
  if (ch === 44 || ch === 47 || ch === 38) j = k - 1;
  else {
    if (k === at) return -1;
    let w = k;
    while (w > 0 && k - w < 6 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
    if (w === k || w === 0 || !isSpace(text.charCodeAt(w - 1))) return -1;
    if (!JOINER_WORDS.has(text.slice(w, k).toLowerCase())) return -1;
    j = w;
  }
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Where the member after the name ending at `at` starts (past a bracket and the joiner), or -1. */
function joinerAfter(text: string, at: number): number {
  let k = at;
  while (isSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) === 40 /* ( */) {
    const close = text.indexOf(')', k);
    if (close < 0 || close - k > 41) return -1;
    const nl = text.indexOf('\n', k);
    if (nl >= 0 && nl < close) return -1;
    k = close + 1;
    while (isSpace(text.charCodeAt(k))) k++;
  }
  const ch = text.charCodeAt(k);
  if (ch === 44 || ch === 47 || ch === 38) k++;
  else {
    let w = k;
    while (w - k < 6 && isAsciiLetter(text.charCodeAt(w))) w++;
    if (w === k || !isSpace(text.charCodeAt(w)) || !JOINER_WORDS.has(text.slice(k, w).toLowerCase()))
      return -1;
    k = w;
  }
  while (isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** The start of the word (letters, digits, inner hyphens) ending at `end`, or -1. */
function wordStartBefore(text: string, end: number): number {
  let k = end;
  while (k > 0 && (isWordChar(text.charCodeAt(k - 1)) || (text.charCodeAt(k - 1) === 45 && k < end))) k--;
  while (k < end && !isWordChar(text.charCodeAt(k))) k++;
  if (k >= end || (!isAsciiLetter(text.charCodeAt(k)) && text.charCodeAt(k) < 0xc0)) return -1;
  return k;
}

/** The end of the word (letters, digits, inner hyphens) starting at `start`. */
function wordEndAfter(text: string, start: number): number {
  let k = start;
  while (isWordChar(text.charCodeAt(k)) || (text.charCodeAt(k) === 45 && isWordChar(text.charCodeAt(k + 1))))
    k++;
  return k;
}

/** Phrases already looked up, per matcher: postings repeat their lists' phrases. */
const CACHES = new WeakMap<CompiledMatcher, Map<string, Candidate | null>>();
const MAX_CACHED = 4096;

/** The one unambiguous catalogue name that the whole phrase is, if any. */
function wholeName(
  matcher: CompiledMatcher,
  phrase: string,
  cache: Map<string, Candidate | null>,
): Candidate | null {
  const known = cache.get(phrase);
  if (known !== undefined) return known;
  const found = scan(matcher, phrase).candidates;
  const c = found[0];
  const name =
    found.length === 1 &&
    c !== undefined &&
    c.start === 0 &&
    c.end === phrase.length &&
    c.terminal.rule === undefined
      ? c
      : null;
  cache.set(phrase, name);
  return name;
}

/** Whether [a, b) overlaps a candidate (sorted by start) near index i. */
function overlapsAny(cands: readonly Candidate[], i: number, a: number, b: number): boolean {
  for (let k = i; k >= 0; k--) {
    const c = cands[k] as Candidate;
    if (c.start < b && c.end > a) return true;
    if (c.start < a - WINDOW) break;
  }
  for (let k = i + 1; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    if (c.start >= b) break;
    if (c.end > a) return true;
  }
  return false;
}

/** Whether a candidate before index i ends at `at`, white space between ("GraphQL gateway"). */
function endsName(cands: readonly Candidate[], i: number, text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  if (k === at) return false;
  for (let j = i - 1; j >= 0; j--) {
    const c = cands[j] as Candidate;
    if (c.end === k) return true;
    if (c.end < k - WINDOW) break;
  }
  return false;
}

/**
 * A lower-case member ending as the name's last word does, as an adjective agrees with the
 * noun it shares ("testów jednostkowych i integracyjnych").
 */
function agrees(word: string, name: string): boolean {
  if (word.length < 5 || !/^\p{Ll}+$/u.test(word)) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last.length >= 5 && last.slice(-3) === word.slice(-3);
}

/** Candidates for the members that share a word with a found name, merged in order. */
export function addEllipsisMembers(
  text: string,
  matcher: CompiledMatcher,
  candidates: Candidate[],
): Candidate[] {
  let added: Candidate[] | null = null;
  let cache = CACHES.get(matcher);
  if (cache === undefined || cache.size > MAX_CACHED) {
    cache = new Map();
    CACHES.set(matcher, cache);
  }
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    // Only a name of several words shares one; most candidates stop here or at the joiners.
    if (c.terminal.rule !== undefined || c.terminal.surface.indexOf(' ') < 0) continue;
    let memberEnd = joinerBefore(text, c.start);
    const memberStart = joinerAfter(text, c.end);
    if (memberEnd < 0 && memberStart < 0) continue;
    const name = text.slice(c.start, c.end);
    // Head last: "unit and integration tests", "Unit- und UI-Tests".
    const firstSpace = name.search(/\s/);
    const hyphen = name.lastIndexOf('-');
    for (let n = 0; n < MAX_MEMBERS && memberEnd > 0; n++) {
      const compound = text.charCodeAt(memberEnd - 1) === 45;
      const wordEnd = compound ? memberEnd - 1 : memberEnd;
      const wordStart = wordStartBefore(text, wordEnd);
      const rest = compound
        ? hyphen > 0
          ? name.slice(hyphen)
          : null
        : firstSpace > 0
          ? name.slice(firstSpace)
          : null;
      if (wordStart < 0 || rest === null || overlapsAny(candidates, i, wordStart, wordEnd)) break;
      // A word right after another name is that name's head ("our GraphQL gateway and REST APIs").
      if (endsName(candidates, i, text, wordStart)) break;
      const found = wholeName(matcher, text.slice(wordStart, wordEnd) + rest, cache);
      if (!found || found.terminal.entry === c.terminal.entry) break;
      added ??= [];
      added.push({ start: wordStart, end: wordEnd, terminal: found.terminal });
      // Only a list of commas goes on past its first member: "unit, integration and e2e tests".
      let k = wordStart;
      while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
      memberEnd = text.charCodeAt(k - 1) === 44 ? joinerBefore(text, wordStart) : -1;
    }
    // Head first: "tests unitaires et end-to-end", "model training and serving".
    const lastSpace = name.search(/\s\S+$/);
    if (memberStart < 0 || lastSpace <= 0) continue;
    const prep = PREPOSITION.exec(text.slice(memberStart, memberStart + 3));
    const wordFrom = memberStart + (prep ? prep[0].length : 0);
    if (!isWordChar(text.charCodeAt(wordFrom))) continue;
    const wordEnd = wordEndAfter(text, wordFrom);
    const word = text.slice(memberStart, wordEnd);
    if (!HEAD_FIRST_MEMBER.test(word) && !agrees(word, name)) continue;
    if (overlapsAny(candidates, i, memberStart, wordEnd)) continue;
    const found = wholeName(matcher, `${name.slice(0, lastSpace)} ${word}`, cache);
    if (!found || found.terminal.entry === c.terminal.entry) continue;
    added ??= [];
    added.push({ start: memberStart, end: wordEnd, terminal: found.terminal });
  }
  if (!added) return candidates;
  return [...candidates, ...added].sort((a, b) => a.start - b.start);
}
