import type { CompiledMatcher } from './compile';
import { type Candidate, scan } from './scan';

/**
 * Names whose shared word is written once for two of them: "unit and integration tests" (unit
 * tests), "tensor and pipeline parallelism", "Unit- und UI-Tests" (Unit-Tests), and head first,
 * as Romance and Slavic languages and English nouns in "-ing" put it: "tests unitaires (Vitest)
 * et end-to-end" (tests end-to-end), "testów jednostkowych i integracyjnych", "model training and
 * serving" (model serving). The word joined
 * to a found multi-word name takes that name's other words; when the phrase so made is another
 * unambiguous catalogue name, the word alone is a mention of it. Words that are names
 * themselves are left to the scan.
 */

/** The joining words of the posting languages, between two members. */
const JOINER = String.raw`(?:,\s*|\s*\/\s*|\s*&\s*|\s+(?:and|or|und|oder|sowie|et|ou|y|o|e|i|en|og|och|oraz|lub)\s+)`;

/** Before a name: the member word (its hyphen when it is the first part of a compound) and the joiner. */
const MEMBER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}-])(\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*)(-?)${JOINER}$`,
  'u',
);

/**
 * After a name: an optional bracket (its tool: "(Vitest)"), the joiner, then the member, with a
 * Romance preposition before it ("y de integración") and ending at a word boundary.
 */
const MEMBER_AFTER = new RegExp(
  String.raw`^(\s*\([^()\n]{1,40}\))?${JOINER}((?:(?:de|di|d'|da|do)\s*)?\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*)(?![\p{L}\p{N}-])`,
  'u',
);

/**
 * The members that can only share a head written before them: a verb noun in "-ing" ("model
 * training and serving"), a compound ("tests unitaires et end-to-end") or a Romance preposition
 * ("pruebas unitarias y de integración"). Not any word: "vector databases or search".
 */
const HEAD_FIRST_MEMBER = /^(?:(?:de|di|d'|da|do)\s*\p{L}|\p{L}+ing$|\p{L}[\p{L}\p{N}]*-)/u;

/**
 * A lower-case member ending as the name's last word does, as an adjective agrees with the
 * noun it shares ("testów jednostkowych i integracyjnych").
 */
function agrees(word: string, name: string): boolean {
  if (word.length < 5 || !/^\p{Ll}+$/u.test(word)) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last.length >= 5 && last.slice(-3) === word.slice(-3);
}

/** How far around a name the members are looked for. */
const WINDOW = 60;
/** At most this many members joined to one name ("unit, integration and end-to-end tests"). */
const MAX_MEMBERS = 3;

/** The one unambiguous catalogue name that the whole phrase is, if any. */
function wholeName(matcher: CompiledMatcher, phrase: string): Candidate | null {
  const found = scan(matcher, phrase).candidates;
  const c = found[0];
  if (found.length !== 1 || c === undefined || c.start !== 0 || c.end !== phrase.length) return null;
  return c.terminal.rule === undefined ? c : null;
}

/** Whether [a, b) overlaps a candidate (sorted by start) near index i. */
function overlapsAny(cands: readonly Candidate[], i: number, a: number, b: number): boolean {
  for (let k = i; k >= 0; k--) {
    const c = cands[k] as Candidate;
    if (c.end <= a && c.start < a - WINDOW) break;
    if (c.start < b && c.end > a) return true;
  }
  for (let k = i + 1; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    if (c.start >= b) break;
    if (c.end > a) return true;
  }
  return false;
}

/** Whether a candidate before index i ends at `at`, white space between. */
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

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 0xa0;
}

/** Candidates for the members that share a word with a found name, merged in order. */
export function addEllipsisMembers(
  text: string,
  matcher: CompiledMatcher,
  candidates: Candidate[],
): Candidate[] {
  let added: Candidate[] | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    if (c.terminal.rule !== undefined) continue;
    const name = text.slice(c.start, c.end);
    const firstSpace = name.search(/\s/);
    const hyphen = name.lastIndexOf('-');
    // Head last: "unit and integration tests", "Unit- und UI-Tests".
    if (firstSpace > 0 || hyphen > 0) {
      let end = c.start;
      for (let n = 0; n < MAX_MEMBERS; n++) {
        const m = MEMBER_BEFORE.exec(text.slice(Math.max(0, end - WINDOW), end));
        if (!m) break;
        const word = m[1] as string;
        const compound = m[2] === '-';
        const rest = compound
          ? hyphen > 0
            ? name.slice(hyphen)
            : null
          : firstSpace > 0
            ? name.slice(firstSpace)
            : null;
        const wordStart = end - m[0].length + m[0].indexOf(word);
        const wordEnd = wordStart + word.length;
        if (rest === null || overlapsAny(candidates, i, wordStart, wordEnd)) break;
        // A word right after another name is that name's head ("our GraphQL gateway and REST APIs").
        if (endsName(candidates, i, text, wordStart)) break;
        const found = wholeName(matcher, word + rest);
        if (!found || found.terminal.entry === c.terminal.entry) break;
        added ??= [];
        added.push({ start: wordStart, end: wordEnd, terminal: found.terminal });
        end = wordStart;
        // Only a list of commas goes on past its first member: "unit, integration and e2e tests".
        if (
          text.charCodeAt(end - 1) !== 44 &&
          !(isSpace(text.charCodeAt(end - 1)) && text.charCodeAt(end - 2) === 44)
        )
          break;
      }
    }
    // Head first: "tests unitaires et end-to-end", "model training and serving".
    const lastSpace = name.search(/\s\S+$/);
    if (lastSpace > 0) {
      const m = MEMBER_AFTER.exec(text.slice(c.end, c.end + WINDOW));
      if (!m) continue;
      const word = m[2] as string;
      if (!HEAD_FIRST_MEMBER.test(word) && !agrees(word, name)) continue;
      const wordEnd = c.end + m[0].length;
      const wordStart = wordEnd - word.length;
      if (overlapsAny(candidates, i, wordStart, wordEnd)) continue;
      const found = wholeName(matcher, `${name.slice(0, lastSpace)} ${word}`);
      if (!found || found.terminal.entry === c.terminal.entry) continue;
      added ??= [];
      added.push({ start: wordStart, end: wordEnd, terminal: found.terminal });
    }
  }
  if (!added) return candidates;
  return [...candidates, ...added].sort((a, b) => a.start - b.start);
}
