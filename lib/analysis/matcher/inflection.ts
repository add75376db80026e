import { WORD_FOLD } from './chars';
import type { CompiledMatcher, Terminal } from './compile';
import { FNV_OFFSET, FNV_PRIME } from './lexicon';

/** A name found in the text: ./scan.ts's Candidate, which this module cannot import (scan imports it). */
interface Found {
  start: number;
  end: number;
  terminal: Terminal;
}

/** The scan, passed in by its caller (./scan.ts) so that the two modules do not import each other. */
type Scan = (m: CompiledMatcher, text: string) => { candidates: Found[] };

/**
 * Names with a case ending glued on, as Finnish, Estonian, Czech, Slovak and Polish postings
 * write them: "CI-putket GitLabissa", "kokemusta Gitistä", "v Pythonu nebo PowerShellu", "w Jirze",
 * "znajomość Excela", "Pythonem", "w Kotlinie". The scan calls this for a capitalised word that
 * starts no name; the name is the word without one of these endings, and the mention covers
 * the name only. Endings that English or German words end in after a name ("Rusty", "Helmet",
 * "Modelle") are left out, and so are concepts: only products are names written this way.
 */
const ENDINGS = [
  // Finnish: inessive, elative, adessive, ablative, allative, translative, illative, genitive,
  // partitive; after a consonant with the linking i ("Gitissä", "Linuxia"). Not the bare
  // allative -lle: German "Modelle".
  'issa',
  'issä',
  'ista',
  'istä',
  'illa',
  'illä',
  'ilta',
  'iltä',
  'ille',
  'iksi',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'ksi',
  'iin',
  'in',
  'ia',
  'iä',
  // Czech, Slovak, Polish: instrumental, dative, locative, plural cases.
  'ovi',
  'owi',
  'ech',
  'ach',
  'ami',
  'em',
  'om',
  'ie',
  'ům',
  'u',
  'a',
  'ä',
  // Estonian: comitative.
  'iga',
];

/**
 * Polish and Czech endings that replace the final "a" of a name ("Grafana", "Kibana"): locative
 * "w Grafanie", genitive "z Kibany", instrumental "Grafaną", accusative "Grafanę", Czech "v Grafaně".
 */
const A_ENDINGS = ['ie', 'y', 'ą', 'ę', 'ě'];

/**
 * Polish and Czech locatives and datives that soften the consonant before the final "a": the
 * ending, then the letters of the name it replaces. "w Jirze", "v Jiře" (Jira), "w Cassandrze",
 * "w Kafce" (Kafka), "o Omedze" (Omega), "w Fieście" (Fiesta), "w Lambdzie" (Lambda).
 */
const SOFTENED: ReadonlyArray<readonly [string, string]> = [
  ['rze', 'ra'],
  ['ře', 'ra'],
  ['dzie', 'da'],
  ['ście', 'sta'],
  ['cie', 'ta'],
  ['dze', 'ga'],
  ['ce', 'ka'],
];

/**
 * The endings by their last character, longest first; `tail`: what the ending replaces at the
 * end of the name ("" when the ending is glued on, "a" or a softened consonant and "a" else).
 */
const BY_LAST = new Map<number, Array<{ ending: string; tail: string }>>();
for (const [ending, tail] of [
  ...ENDINGS.map((e) => [e, ''] as const),
  ...A_ENDINGS.map((e) => [e, 'a'] as const),
  ...SOFTENED,
]) {
  const last = ending.charCodeAt(ending.length - 1);
  const forLast = BY_LAST.get(last) ?? [];
  forLast.push({ ending, tail });
  BY_LAST.set(last, forLast);
}

/** Shortest name read this way: "Git", never "Go" or "R". */
const MIN_STEM = 3;

/** Set while the stem is scanned: a stem is never itself read as inflected. */
let busy = false;

/**
 * Adds the candidate for `text[start, end)` read as a catalogue name plus a case ending, if it
 * is one: a single-word name the scan alone would find in the stem.
 */
export function addInflected(
  m: CompiledMatcher,
  text: string,
  start: number,
  end: number,
  out: Found[],
  scan: Scan,
): void {
  if (busy) return;
  const last = text.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) {
    addVersioned(m, text, start, end, out, scan);
    return;
  }
  // Most capitalised words end in a letter no ending ends in: one table read rejects them.
  const endings = BY_LAST.get(last);
  if (endings === undefined) return;
  for (let e = 0; e < endings.length; e++) {
    const { ending, tail } = endings[e] as { ending: string; tail: string };
    const stemEnd = end - ending.length;
    // The name is as long as stem and tail: "Jirze" is Jira, but "Ace" no "Aka".
    if (stemEnd - start + Math.max(0, tail.length - 1) < MIN_STEM || !text.startsWith(ending, stemEnd))
      continue;
    // The starter filter's bit first, as the scan reads it: most stems start no name.
    let h = FNV_OFFSET;
    for (let k = start; k < stemEnd; k++)
      h = Math.imul(h ^ (WORD_FOLD[text.charCodeAt(k)] as number), FNV_PRIME);
    for (let k = 0; k < tail.length; k++)
      h = Math.imul(h ^ (WORD_FOLD[tail.charCodeAt(k)] as number), FNV_PRIME);
    const { bits, bitMask } = m.starters;
    const bit = h & bitMask;
    if ((((bits[bit >>> 5] as number) >>> (bit & 31)) & 1) === 0) continue;
    const name = text.slice(start, stemEnd) + tail;
    const c = wholeStem(m, name, scan);
    const replaced = tail !== '';
    if (c !== undefined && fits(c, name, replaced)) {
      // A name whose "a" the ending replaced is highlighted whole ("Grafanie"): its stem is no name.
      out.push({ start, end: replaced ? end : stemEnd, terminal: c.terminal });
      return;
    }
  }
}

/** Longest version number glued to a name: "PHP8", "React18", "Excel2019". */
const MAX_VERSION_DIGITS = 4;

/**
 * A name with its major version glued on ("PHP8", "React18", "Node20", "Angular17"): the name is
 * the word without its final digits, written as the catalogue writes it, and the mention covers
 * the name only. A version is no case ending: the stem may be an ambiguous name of any length
 * from MIN_STEM, and its rule still decides.
 */
function addVersioned(
  m: CompiledMatcher,
  text: string,
  start: number,
  end: number,
  out: Found[],
  scan: Scan,
): void {
  let stemEnd = end;
  while (stemEnd > start && isDigit(text.charCodeAt(stemEnd - 1))) stemEnd--;
  if (end - stemEnd > MAX_VERSION_DIGITS || stemEnd - start < MIN_STEM) return;
  const name = text.slice(start, stemEnd);
  const c = wholeStem(m, name, scan);
  if (c === undefined) return;
  const t = c.terminal;
  if (!t.concept && (t.entry.name === name || t.entry.aliases.includes(name))) {
    out.push({ start, end: stemEnd, terminal: t });
  }
}

/**
 * The one name the scan finds in a stem when it covers the whole stem, else undefined; the stem
 * is never itself read as inflected meanwhile.
 */
function wholeStem(m: CompiledMatcher, name: string, scan: Scan): Found | undefined {
  busy = true;
  let found: Found[];
  try {
    found = scan(m, name).candidates;
  } finally {
    busy = false;
  }
  const c = found[0];
  return found.length === 1 && c !== undefined && c.start === 0 && c.end === name.length ? c : undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Shortest name with an ambiguity rule read this way: "Excela", never "Perla" or "Gina" (Perl, Gin). */
const MIN_AMBIGUOUS_STEM = 5;

/**
 * A product, written exactly as the catalogue writes one of its names ("Python", "GitLab"; not
 * "Rosa" for ROS nor "Bleach" for BLE); one with an ambiguity rule only when it is long enough
 * that stem and ending do not make a first name, and never when the ending replaced its "a"
 * ("Julią" is no Julia).
 */
function fits(c: Found, written: string, a: boolean): boolean {
  const t = c.terminal;
  if (t.concept || (t.rule !== undefined && (a || written.length < MIN_AMBIGUOUS_STEM))) return false;
  return t.entry.name === written || t.entry.aliases.includes(written);
}
