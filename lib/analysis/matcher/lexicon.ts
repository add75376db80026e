import { LOWER } from './chars';

/**
 * Every word the engine cares about (words of skill names and cue words), in an
 * open-addressing hash table keyed by an FNV-1a hash of the folded word. The scanner hashes each
 * word of the text as it reads it, so a lookup costs a probe or two and allocates nothing; the
 * stored word is compared only on a hash hit.
 */

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

export function hashFolded(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (LOWER[word.charCodeAt(i)] ?? 0), FNV_PRIME);
  return h;
}

export class Lexicon {
  readonly words: string[];
  private readonly ids = new Map<string, number>();
  private keys = new Int32Array(0);
  /** Word id per slot, -1 when empty. Half full at most: a small table, read only on a hit. */
  private slots = new Int32Array(0);
  private mask = 0;
  /**
   * One bit per hash value (masked): set for the hash of every word. Sparse (1 word per 16 bits or
   * fewer) and small enough to stay in the CPU's first-level cache, it rejects most words of a
   * text with one read (`has`); the table is read only for the rest.
   */
  private bits = new Int32Array(0);
  private bitMask = 0;
  /** Folded words laid out flat (offsets and lengths by id): verifying a hit reads no strings. */
  private flat = new Uint16Array(0);
  private offsets = new Int32Array(0);
  private lengths = new Int32Array(0);

  constructor(words: Iterable<string>) {
    this.words = [];
    for (const w of words) this.idOf(w);
    this.freeze();
  }

  /** Id of a folded word, adding it when new (compile time only). */
  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  get(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** False when no word of the lexicon has this hash: most words of a text. */
  has(hash: number): boolean {
    const b = hash & this.bitMask;
    return (((this.bits[b >>> 5] as number) >>> (b & 31)) & 1) === 1;
  }

  private freeze(): void {
    let bitCount = 64;
    while (bitCount < this.words.length * 16) bitCount *= 2;
    this.bitMask = bitCount - 1;
    this.bits = new Int32Array(bitCount >>> 5);
    let size = 64;
    while (size < this.words.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    this.offsets = new Int32Array(this.words.length);
    this.lengths = new Int32Array(this.words.length);
    this.flat = new Uint16Array(this.words.reduce((n, w) => n + w.length, 0));
    let at = 0;
    this.words.forEach((w, id) => {
      this.offsets[id] = at;
      this.lengths[id] = w.length;
      for (let k = 0; k < w.length; k++) this.flat[at++] = w.charCodeAt(k);
    });
    this.words.forEach((w, id) => {
      const h = hashFolded(w);
      let s = h & this.mask;
      while ((this.slots[s] ?? -1) !== -1) s = (s + 1) & this.mask;
      this.keys[s] = h;
      this.slots[s] = id;
      const b = h & this.bitMask;
      this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
    });
  }

  /** Is text[start, end), folded, the word `id`? */
  matches(id: number, text: string, start: number, end: number): boolean {
    const len = end - start;
    if (this.lengths[id] !== len) return false;
    const flat = this.flat;
    const off = this.offsets[id] as number;
    for (let k = 0; k < len; k++) if (LOWER[text.charCodeAt(start + k)] !== flat[off + k]) return false;
    return true;
  }

  /** Id of text[start, end) when its fold is a known word, else -1. `hash` is hashFolded of it. */
  lookup(text: string, start: number, end: number, hash: number): number {
    const keys = this.keys;
    const slots = this.slots;
    const mask = this.mask;
    const len = end - start;
    let s = hash & mask;
    for (;;) {
      const id = slots[s] as number;
      if (id === -1) return -1;
      if (keys[s] === hash && this.lengths[id] === len) {
        const flat = this.flat;
        const off = this.offsets[id] as number;
        let k = 0;
        while (k < len && LOWER[text.charCodeAt(start + k)] === flat[off + k]) k++;
        if (k === len) return id;
      }
      s = (s + 1) & mask;
    }
  }
}
