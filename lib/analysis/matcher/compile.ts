import type { SkillEntry } from '../catalogue/schema';
import { CUE_CODE, CUE_KINDS, CUE_WORDS } from '../cues';
import { LOWER } from './chars';
import { isConceptEntry } from './concepts';
import { hashFolded, Lexicon } from './lexicon';
import { type AmbiguityRule, defaultRule, RULES } from './rules';
import { phraseTokens, pluralOf, singularOf } from './tokenize';

/** An acronym of two to six capitals or digits, not ending in S ("HSM", "VRF", not "DOTS"). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

/** The rule of an acronym's plural: its written forms with an "s" ("HSMs"); null without forms. */
function pluralAcronymRule(rule: AmbiguityRule, form: string): AmbiguityRule | null {
  if (form.endsWith('S') || !rule.forms?.includes(form)) return null;
  return { ...rule, forms: rule.forms.filter((f) => ACRONYM.test(f)).map((f) => `${f}s`) };
}

/** What a complete phrase matched: the skill, and the folded surface form it was written as. */
export interface Terminal {
  entry: SkillEntry;
  /** The entry's place in the matcher's `entries`: per-call tables index by it (./entry-marks.ts). */
  index: number;
  /** Folded tokens joined by one space ("go", "ci cd", "c + +"): the key of ambiguity rules. */
  surface: string;
  /** The catalogue writes the last word of this form capitalised ("Kafka Streams"). */
  capitalLast: boolean;
  /** Present when the form is also an ordinary word or a name: see ./ambiguity.ts. */
  rule?: AmbiguityRule;
  /** A concept or domain (Robotics, Machine learning): may be part of a name, see ./names.ts. */
  concept: boolean;
}

export interface CompiledMatcher {
  readonly entries: readonly SkillEntry[];
  readonly lexicon: Lexicon;
  /**
   * Only the words the scan must stop at (first words of names, cue words), each with what the
   * scan needs of it: "and", "to", "of" inside names like "Infrastructure as Code" are then
   * looked up only while a name is being read.
   */
  readonly starters: StarterTable;
  /** By word id: trie node for a phrase starting with that word, or -1. */
  readonly rootNode: Int32Array;
  /** By word id: cue code (see ../cues.ts), or 0. */
  readonly cueCode: Uint8Array;
  /** Number of cue kinds (codes run from 1 to this). */
  readonly cueKinds: number;
  /** (node * EDGE_STRIDE + word id) -> child node. */
  readonly edges: Map<number, number>;
  /** The same edges keyed by (node, hash of the word): the scan follows one without a word id. */
  readonly edgeTable: EdgeTable;
  /** By node: the phrase ending there, if any. */
  readonly terminals: Array<Terminal | undefined>;
  /**
   * By node: one bit per (folded first character & 31) of the words that continue a name from
   * it; 0 when none does. The scan looks ahead only when the next character's bit is set.
   */
  readonly nextChars: Int32Array;
}

export const EDGE_STRIDE = 1 << 16;

/**
 * The trie's edges in an open-addressing table keyed by parent node and the hash of the folded
 * word (the hash the scanner computes as it reads the word), so that following an edge costs one
 * probe of a small table and a comparison of the word, with no lookup in the whole lexicon.
 */
export class EdgeTable {
  private readonly mask: number;
  /**
   * EDGE_SLOT numbers a slot, side by side: parent node (-1: empty), word hash, child node, and
   * the word's length and place in `flat` packed (length | offset << 8). A probe then reads one
   * cache line, not one in each of several tables and the lexicon's.
   */
  private readonly slots: Int32Array;
  /** The edges' folded words laid out flat. */
  private readonly flat: Uint16Array;

  constructor(edges: ReadonlyMap<number, number>, lexicon: Lexicon) {
    let size = 64;
    while (size < edges.size * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * EDGE_SLOT);
    for (let s = 0; s < size; s++) this.slots[s * EDGE_SLOT] = -1;
    const offsets = new Map<number, number>();
    let chars = 0;
    for (const key of edges.keys()) {
      const word = key % EDGE_STRIDE;
      if (offsets.has(word)) continue;
      offsets.set(word, chars);
      chars += (lexicon.words[word] as string).length;
    }
    this.flat = new Uint16Array(chars);
    for (const [word, at] of offsets) {
      const w = lexicon.words[word] as string;
      if (w.length > 0xff || at >= 1 << 23)
        throw new Error(`edge word "${w}" does not fit the packed edge table`);
      for (let k = 0; k < w.length; k++) this.flat[at + k] = w.charCodeAt(k);
    }
    for (const [key, child] of edges) {
      const node = Math.floor(key / EDGE_STRIDE);
      const word = key % EDGE_STRIDE;
      const w = lexicon.words[word] as string;
      const h = hashFolded(w);
      let s = EdgeTable.slot(node, h) & this.mask;
      while (this.slots[s * EDGE_SLOT] !== -1) s = (s + 1) & this.mask;
      const o = s * EDGE_SLOT;
      this.slots[o] = node;
      this.slots[o + 1] = h;
      this.slots[o + 2] = child;
      this.slots[o + 3] = w.length | ((offsets.get(word) as number) << 8);
    }
  }

  private static slot(node: number, h: number): number {
    return Math.imul(node, 0x9e3779b1) ^ h;
  }

  /** The child of `node` by the word text[start, end) whose folded hash is `h`, or -1. */
  child(node: number, h: number, text: string, start: number, end: number): number {
    const slots = this.slots;
    const len = end - start;
    let s = EdgeTable.slot(node, h) & this.mask;
    for (;;) {
      const o = s * EDGE_SLOT;
      const p = slots[o] as number;
      if (p === -1) return -1;
      const packed = slots[o + 3] as number;
      if (p === node && slots[o + 1] === h && (packed & 0xff) === len) {
        const flat = this.flat;
        const off = packed >>> 8;
        let k = 0;
        while (k < len && LOWER[text.charCodeAt(start + k)] === flat[off + k]) k++;
        if (k === len) return slots[o + 2] as number;
      }
      s = (s + 1) & this.mask;
    }
  }
}

/** Numbers per EdgeTable slot: parent, hash, child, packed length and offset. */
const EDGE_SLOT = 4;

/**
 * The words the scan stops at, in one open-addressing table keyed by the folded word's hash:
 * a slot holds the hash; the word's length, cue code and place in `flat` packed in one number
 * (starterLength, starterCue, starterOffset, STARTER_TERMINAL); its trie node (or -1) and that node's nextChars,
 * side by side (STARTER_STRIDE numbers, 16 bytes a slot), so a word found costs one probe and
 * one comparison and everything after it is read from the same few bytes. The table is kept
 * small (about half full) because the scan probes it at random for half of a text's words: at
 * 16 bytes a slot it stays in the processor's cache beside the text. `bits` (one bit per
 * masked hash) rejects most words that are no starter with one read first.
 */
export class StarterTable {
  readonly mask: number;
  readonly slots: Int32Array;
  readonly flat: Uint16Array;
  readonly bits: Int32Array;
  readonly bitMask: number;
  /** No two words share a hash and a length: a word's slot is the first with its hash and length. */
  readonly unique: boolean;

  constructor(
    words: readonly string[],
    info: (word: string) => { cue: number; node: number; next: number; terminal: boolean },
  ) {
    let size = 64;
    while (size < words.length * 1.5) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * STARTER_STRIDE);
    let bitCount = 64;
    while (bitCount < words.length * 16) bitCount *= 2;
    this.bitMask = bitCount - 1;
    this.bits = new Int32Array(bitCount >>> 5);
    this.flat = new Uint16Array(words.reduce((n, w) => n + w.length, 0));
    let at = 0;
    const keys = new Set<string>();
    for (const w of words) {
      const h = hashFolded(w);
      keys.add(`${h} ${w.length}`);
      let s = h & this.mask;
      // A used slot has a length: every word has one or more characters.
      while (this.slots[s * STARTER_STRIDE + 1] !== 0) s = (s + 1) & this.mask;
      const o = s * STARTER_STRIDE;
      const { cue, node, next, terminal } = info(w);
      if (w.length > 0xff || cue > 0x1f || at >= 1 << 18) {
        throw new Error(`starter word "${w}" does not fit the packed starter table`);
      }
      this.slots[o] = h;
      this.slots[o + 1] = w.length | (cue << 8) | (at << 13) | (terminal ? STARTER_TERMINAL : 0);
      this.slots[o + 2] = node;
      this.slots[o + 3] = next;
      for (let k = 0; k < w.length; k++) this.flat[at++] = w.charCodeAt(k);
      const b = h & this.bitMask;
      this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
    }
    this.unique = keys.size === words.length;
  }
}

/** Numbers per StarterTable slot: hash, packed length/cue/offset, trie node, nextChars. */
export const STARTER_STRIDE = 4;

/** The word's length, from a slot's packed number (0: an empty slot). */
export function starterLength(packed: number): number {
  return packed & 0xff;
}
/** The word's cue code (0: none), from a slot's packed number. */
export function starterCue(packed: number): number {
  return (packed >>> 8) & 0x1f;
}
/** The word's place in `flat`, from a slot's packed number. */
export function starterOffset(packed: number): number {
  return (packed >>> 13) & 0x3ffff;
}
/**
 * The packed number's last bit: the word alone is a complete name (its trie node has a
 * terminal). The scan then reads the terminals only for a name found, not for each of the many
 * words that only start names ("the", "data").
 */
export const STARTER_TERMINAL = 1 << 31;

/**
 * Compiles a catalogue into a token trie over a shared word lexicon. Done once per catalogue
 * (the default one at module load); matching then never builds anything per call.
 * Each name and alias is inserted, plus the English plural of its last word ("feature stores").
 * When two entries claim one surface form, the first keeps it (the data tests forbid that).
 */
export function compileMatcher(entries: readonly SkillEntry[]): CompiledMatcher {
  // Written forms first, plurals after: a real name always beats another skill's plural.
  // Forms with an ambiguity rule get no plural: "Sparks", "Rays" are never the skill.
  // Plurals and singulars are added after every written form, so a written form always wins.
  const phrases: Array<{ tokens: string[]; entry: SkillEntry; capitalLast: boolean; rule?: AmbiguityRule }> =
    [];
  const plurals: typeof phrases = [];
  const indexOf = new Map<SkillEntry, number>();
  entries.forEach((entry, i) => {
    if (!indexOf.has(entry)) indexOf.set(entry, i);
  });
  for (const entry of entries) {
    const nameKey = phraseTokens(entry.name).join(' ');
    for (const form of [entry.name, ...entry.aliases]) {
      const tokens = phraseTokens(form);
      if (tokens.length === 0) continue;
      const key = tokens.join(' ');
      const own = RULES[key];
      const rule =
        own !== undefined
          ? (own ?? undefined)
          : entry.ambiguous && key === nameKey && tokens.length === 1
            ? defaultRule(entry.name)
            : undefined;
      const capitalLast = tokens.length > 1 && /\s\p{Lu}\p{Ll}+$/u.test(form);
      phrases.push({ tokens, entry, capitalLast, ...(rule ? { rule } : {}) });
      const last = tokens[tokens.length - 1] as string;
      const plural = rule ? null : pluralOf(last);
      if (plural) plurals.push({ tokens: [...tokens.slice(0, -1), plural], entry, capitalLast });
      // An acronym with a rule is also read in the plural with a lower-case "s" ("HSMs",
      // "VRFs"), under the same rule: such a plural is no ordinary word.
      const acronymRule = rule && ACRONYM.test(form) ? pluralAcronymRule(rule, form) : null;
      if (acronymRule) {
        plurals.push({ tokens: [`${last}s`], entry, capitalLast: false, rule: acronymRule });
      }
      // Multi-word names written in the plural also match in the singular ("a latency budget");
      // single words are left alone ("pandas" is not "panda").
      const singular = rule || tokens.length < 2 ? null : singularOf(last);
      if (singular) plurals.push({ tokens: [...tokens.slice(0, -1), singular], entry, capitalLast });
    }
  }
  phrases.push(...plurals);
  const words = new Set<string>(CUE_WORDS.keys());
  for (const p of phrases) for (const t of p.tokens) words.add(t);
  const lexicon = new Lexicon(words);

  const rootNode = new Int32Array(lexicon.words.length).fill(-1);
  const edges = new Map<number, number>();
  const terminals: Array<Terminal | undefined> = [undefined];
  for (const { tokens, entry, capitalLast, rule } of phrases) {
    let node = -1;
    for (const t of tokens) {
      const id = lexicon.get(t);
      if (node === -1) {
        node = rootNode[id] as number;
        if (node === -1) {
          node = terminals.push(undefined) - 1;
          rootNode[id] = node;
        }
      } else {
        const key = node * EDGE_STRIDE + id;
        let next = edges.get(key);
        if (next === undefined) {
          next = terminals.push(undefined) - 1;
          edges.set(key, next);
        }
        node = next;
      }
    }
    if (!terminals[node]) {
      terminals[node] = {
        entry,
        index: indexOf.get(entry) as number,
        surface: tokens.join(' '),
        capitalLast,
        concept: isConceptEntry(entry),
        // Always present (undefined when none), so every terminal has one shape and the many
        // reads of a candidate's terminal stay monomorphic.
        rule,
      };
    }
  }

  const nextChars = new Int32Array(terminals.length);
  for (const key of edges.keys()) {
    const node = Math.floor(key / EDGE_STRIDE);
    const word = lexicon.words[key % EDGE_STRIDE] as string;
    nextChars[node] = (nextChars[node] as number) | (1 << (word.charCodeAt(0) & 31));
  }
  const cueCode = new Uint8Array(lexicon.words.length);
  for (const [word, kind] of CUE_WORDS) cueCode[lexicon.get(word)] = CUE_CODE[kind];
  const starterWords = lexicon.words.filter((_, id) => (rootNode[id] as number) >= 0 || cueCode[id] !== 0);
  const starters = new StarterTable(starterWords, (w) => {
    const id = lexicon.get(w);
    const node = rootNode[id] as number;
    return {
      cue: cueCode[id] as number,
      node,
      next: node >= 0 ? (nextChars[node] as number) : 0,
      terminal: node >= 0 && terminals[node] !== undefined,
    };
  });
  const cueKinds = CUE_KINDS.length;
  return {
    entries,
    lexicon,
    starters,
    rootNode,
    cueCode,
    cueKinds,
    edges,
    edgeTable: new EdgeTable(edges, lexicon),
    terminals,
    nextChars,
  };
}
