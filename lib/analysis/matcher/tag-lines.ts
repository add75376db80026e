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
const TOKEN = /[^\s,;|·•/()[\]]+/g;
const PROSE_WORDS = new Set(
  'to the a an of in for with on at is are be we you our your will this that who as by from it its can'.split(
    ' ',
  ),
);
const MIN_SHARE = 0.75;
/** Tag lines are short; a longer line is prose. */
const MAX_LINE = 200;

/** Is candidate i on a tag line? `cache` maps a line start to its answer, within one text. */
export function onTagLine(
  text: string,
  cands: readonly Candidate[],
  i: number,
  cache: Map<number, boolean>,
): boolean {
  const c = cands[i] as Candidate;
  // The line, when it reaches at most MAX_LINE either way: a longer line is no tag line.
  const minA = c.start - MAX_LINE;
  const a = lineStartOf(text, c.start);
  if (a < minA && minA > 0) return false;
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

function isTagLine(text: string, cands: readonly Candidate[], i: number, a: number, b: number): boolean {
  const line = text.slice(a, b);
  const colon = line.indexOf(':');
  const label = colon > 0 && colon < 34 ? LABEL.exec(line) : null;
  const from = a + (label ? label[0].length : 0);
  // The candidates of this line, from the first at or after `from`.
  let first = i;
  while (first > 0 && (cands[first - 1] as Candidate).start >= from) first--;
  let last = i;
  while (last + 1 < cands.length && (cands[last + 1] as Candidate).end <= b) last++;
  let words = 0;
  let covered = 0;
  let k = first;
  TOKEN.lastIndex = from - a;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    const start = a + m.index;
    const end = start + m[0].length;
    const word = m[0].toLowerCase();
    if (PROSE_WORDS.has(word)) return false;
    if (word === 'and' || word === 'or' || word === '&' || word === '+') continue;
    words++;
    while (k <= last && (cands[k] as Candidate).end <= start) k++;
    const c = cands[k];
    if (c && c.start < end && c.end > start) covered++;
  }
  return words >= 3 && covered >= MIN_SHARE * words;
}
