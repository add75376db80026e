import type { SkillEntry } from '../catalogue/schema';
import { POSITIONAL_KINDS } from '../cues';
import { CLASS, LOWER, SEP, SYMBOL, WORD, WORD_FOLD } from './chars';
import {
  type CompiledMatcher,
  STARTER_STRIDE,
  STARTER_TERMINAL,
  starterCue,
  starterLength,
  starterOffset,
  type Terminal,
} from './compile';
import { addInflected } from './inflection';
import { FNV_OFFSET, FNV_PRIME } from './lexicon';

/** A phrase of the catalogue found in the text, before the ambiguity rules judge it. */
export interface Candidate {
  start: number;
  end: number;
  terminal: Terminal;
}

/** A cue word (see ../cues.ts) found in the text. */
export interface Cue {
  start: number;
  end: number;
  code: number;
}

export interface ScanResult {
  candidates: Candidate[];
  /** Cue words in order: every one of the kinds read by position, the first few of the others. */
  cues: Cue[];
  /** Occurrences per cue code (index 0 unused). */
  cueCounts: number[];
  /** Occurrences per cue code inside the `zones` given to scan (the employer's text). */
  zoneCueCounts: number[];
}

/**
 * A zero per cue code. A plain array of small integers rather than an Int32Array: V8 keeps a
 * typed array of more than 64 bytes (here 17 numbers) outside its heap, and making two of those
 * cost about half a microsecond per scan, more than the rest of its setup.
 */
function zeros(n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(0);
  return out;
}

/**
 * Cue codes up to this one (optional, must, years, degree, perk, rolenoun, legal: see
 * ../cues.ts) are read where they stand, so each is kept; the role words beyond only need counting and a few
 * examples.
 */
const POSITIONAL_CODES = POSITIONAL_KINDS;
const EXAMPLES_PER_KIND = 8;

const DOT = 46;
const AMP = 38;
/** Words this long or shorter are never read as a name with a case ending (./inflection.ts). */
const MIN_INFLECTED = 3;
/** -, – and —. */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * May the entry's name be written across a dash between spaces? Certifications are, before their
 * level: "AWS Certified Data Engineer – Associate", "Solutions Architect - Professional".
 */
const LEVEL_WORD = /\b(?:Certified|Associate|Professional|Specialty|Expert|Practitioner|Fundamentals)\b/;
function spacedDashIn(entry: SkillEntry): boolean {
  if (LEVEL_WORD.test(entry.name)) return true;
  for (let i = 0; i < entry.aliases.length; i++) if (LEVEL_WORD.test(entry.aliases[i] as string)) return true;
  return false;
}

/** Widest separator run inside one skill name: "CI / CD". */
const MAX_GAP = 3;

/**
 * One pass over the text: hashes each word as it is read, looks it up, and at a word that starts
 * a skill name walks the trie ahead to the longest complete name. Matches never overlap because
 * the scan resumes after the longest match.
 */
export function scan(
  m: CompiledMatcher,
  text: string,
  zones: ReadonlyArray<readonly [number, number]> = [],
): ScanResult {
  const candidates: Candidate[] = [];
  const cues: Cue[] = [];
  const cueCounts = zeros(m.cueKinds + 1);
  const zoneCueCounts = zeros(m.cueKinds + 1);
  let zone = 0;
  const { edgeTable, terminals, starters } = m;
  const { mask, slots, flat, bits, bitMask, unique } = starters;
  // Local aliases: the inner loop then reads registers, not module bindings.
  const classOf = CLASS;
  const lower = LOWER;
  const wordFold = WORD_FOLD;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf[c];
    if (cls !== WORD && cls !== SYMBOL) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    if (cls === WORD) {
      let f = wordFold[c] as number;
      for (;;) {
        h = Math.imul(h ^ f, FNV_PRIME);
        if (++i >= n) break;
        f = wordFold[text.charCodeAt(i)] as number;
        if (f === 0) break;
      }
    } else {
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
    }
    // About half the words of a posting start no name and are no cue: one bit read rejects them.
    const bit = h & bitMask;
    if ((((bits[bit >>> 5] as number) >>> (bit & 31)) & 1) === 0) {
      // A capitalised word may be a name with a case ending ("Pythonu", "GitLabissa"): ./inflection.ts.
      if (c >= 65 && c <= 90 && i - start > MIN_INFLECTED) addInflected(m, text, start, i, candidates, scan);
      continue;
    }
    // The starter's slot, read by hand: this runs for about half of a text's words ("the", "a",
    // "data" start names). When no two starters share a hash and a length, the first slot with
    // both is the only one the word can be, and the word itself is compared only when the slot
    // would be used: most of these words ("the" before an ordinary word) are then passed over
    // without reading them again.
    const len = i - start;
    let slot = -1;
    let verified = false;
    let packed = 0;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const o = s * STARTER_STRIDE;
      packed = slots[o + 1] as number;
      if (packed === 0) break;
      if (slots[o] === h && starterLength(packed) === len) {
        if (unique) {
          slot = o;
          break;
        }
        if (sameWord(text, start, len, lower, flat, starterOffset(packed))) {
          slot = o;
          verified = true;
          break;
        }
      }
    }
    if (slot < 0) {
      if (c >= 65 && c <= 90 && len > MIN_INFLECTED) addInflected(m, text, start, i, candidates, scan);
      continue;
    }
    const cue = starterCue(packed);
    let node = slots[slot + 2] as number;
    // Look ahead only when the next token's first character can continue a longer name.
    let walk = false;
    if (node >= 0) {
      const follow = slots[slot + 3] as number;
      let j = i;
      while (j < n && classOf[text.charCodeAt(j)] === SEP) j++;
      walk = !(
        follow === 0 ||
        j - i > MAX_GAP ||
        j >= n ||
        (follow & (1 << ((lower[text.charCodeAt(j)] as number) & 31))) === 0
      );
    }
    if (cue === 0 && !walk && (packed & STARTER_TERMINAL) === 0) continue;
    // A word only walked from is compared with the text once the walk finds a name: most walks
    // ("data" before an ordinary word) find none.
    const deferred = !verified && cue === 0 && walk;
    if (!verified && !deferred && !sameWord(text, start, len, lower, flat, starterOffset(packed))) continue;
    if (cue !== 0) {
      const seen = (cueCounts[cue] as number) + 1;
      cueCounts[cue] = seen;
      if (cue <= POSITIONAL_CODES || seen <= EXAMPLES_PER_KIND) cues.push({ start, end: i, code: cue });
      while (zone < zones.length && (zones[zone] as readonly [number, number])[1] <= start) zone++;
      if (zone < zones.length && (zones[zone] as readonly [number, number])[0] <= start) {
        zoneCueCounts[cue] = (zoneCueCounts[cue] as number) + 1;
      }
    }
    if (node < 0) continue;
    if (!walk) {
      if ((packed & STARTER_TERMINAL) !== 0)
        candidates.push({ start, end: i, terminal: terminals[node] as Terminal });
      continue;
    }
    let best = (packed & STARTER_TERMINAL) !== 0 ? i : -1;
    let bestNode = node;
    let shorter = -1;
    let shorterNode = node;
    let lastStart = start;
    let pos = i;
    let prevWasDot = cls === SYMBOL && text.charCodeAt(start) === DOT;
    let dashed = false;
    for (;;) {
      // The next token, when it may continue the name: read here rather than by a helper (this
      // loop runs at every word that may start a longer name). A boundary (punctuation, line
      // break, a gap over MAX_GAP) ends the name; symbols other than & must touch their
      // neighbours ("C++", "Node.js" but not "Node. JS").
      let k = pos;
      while (k < n && classOf[text.charCodeAt(k)] === SEP) k++;
      const gap = k - pos;
      if (k >= n || gap > MAX_GAP) break;
      // A dash between spaces parts two phrases ("GCP - Vertex AI specifically" is no "GCP Vertex
      // AI"), but for a certification before its level ("AWS Certified Data Engineer – Associate").
      if (gap === 3 && text.charCodeAt(pos) === 32 && isDash(text.charCodeAt(pos + 1))) dashed = true;
      const tc = text.charCodeAt(k);
      const tcls = classOf[tc];
      const tokStart = k;
      let th = FNV_OFFSET;
      if (tcls === WORD) {
        if (gap > 0 && prevWasDot) break;
        let f = wordFold[tc] as number;
        for (;;) {
          th = Math.imul(th ^ f, FNV_PRIME);
          if (++k >= n) break;
          f = wordFold[text.charCodeAt(k)] as number;
          if (f === 0) break;
        }
      } else if (tcls === SYMBOL) {
        if (gap > 0 && (tc !== AMP || prevWasDot)) break;
        th = Math.imul(th ^ tc, FNV_PRIME);
        k++;
      } else {
        break;
      }
      const child = edgeTable.child(node, th, text, tokStart, k);
      if (child < 0) break;
      node = child;
      pos = k;
      prevWasDot = k - tokStart === 1 && tc === DOT;
      if (terminals[node] && !(dashed && !spacedDashIn((terminals[node] as Terminal).entry))) {
        shorter = best;
        shorterNode = bestNode;
        best = pos;
        bestNode = node;
        lastStart = tokStart;
      }
    }
    // "Kafka streams" is Kafka and its streams, "Kafka Streams" the library: a lower-case last
    // word that the catalogue capitalises gives way to the shorter complete name.
    if (shorter >= 0 && (terminals[bestNode] as Terminal).capitalLast && lastStart - shorter <= MAX_GAP) {
      // Only when that lower-case word directly follows the shorter name: "Azure machine
      // learning" stays Azure ML; and only after a capital: a name written all in lower case
      // ("github-actions" in a tag line) is the longer name.
      const c0 = text.charCodeAt(lastStart);
      const first = text.charCodeAt(start);
      if (c0 >= 97 && c0 <= 122 && !(first >= 97 && first <= 122)) {
        best = shorter;
        bestNode = shorterNode;
      }
    }
    if (best >= 0) {
      if (deferred && !sameWord(text, start, len, lower, flat, starterOffset(packed))) continue;
      candidates.push({ start, end: best, terminal: terminals[bestNode] as Terminal });
      i = best;
    }
  }
  return { candidates, cues, cueCounts, zoneCueCounts };
}

/**
 * The cue words of each code (index: code), in text order, from one pass over the scan's list:
 * each reader of a few kinds (listedAs, years, degrees, perks, legal lines, role signals) then
 * loops over its own words, not over every cue word of the page. `roleSignals`: the codes from
 * `firstSignal` on (negations and the counted kinds), which role detection reads.
 */
export function cuesByCode(
  cues: readonly Cue[],
  kinds: number,
  firstSignal: number,
): { byCode: Cue[][]; roleSignals: Cue[] } {
  const byCode: Cue[][] = [];
  for (let k = 0; k <= kinds; k++) byCode.push([]);
  const roleSignals: Cue[] = [];
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i] as Cue;
    (byCode[c.code] as Cue[]).push(c);
    if (c.code >= firstSignal) roleSignals.push(c);
  }
  return { byCode, roleSignals };
}

/** Two lists of cue words in text order merged into one (cue words never overlap). */
export function mergedCues(a: readonly Cue[], b: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if ((a[i] as Cue).start < (b[j] as Cue).start) out.push(a[i++] as Cue);
    else out.push(b[j++] as Cue);
  }
  while (i < a.length) out.push(a[i++] as Cue);
  while (j < b.length) out.push(b[j++] as Cue);
  return out;
}

/** Is text[start, start + len) in lower case the starter word at `off` in `flat`? */
function sameWord(
  text: string,
  start: number,
  len: number,
  lower: Uint16Array,
  flat: Uint16Array,
  off: number,
): boolean {
  let k = 0;
  while (k < len && lower[text.charCodeAt(start + k)] === flat[off + k]) k++;
  return k === len;
}
