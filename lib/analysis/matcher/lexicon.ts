import { LOWER } from './chars';

/**
 * Every word the engine cares about (words of skill names and cue words), with an id each and
 * its folded form laid out flat, so that the trie's edges (./compile.ts) can check a word of the
 * text against one of them without building a string. The words the scan stops at have their
 * own table, keyed by the same FNV-1a hash of the folded word (StarterTable in ./compile.ts).
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
  /** Folded words laid out flat (offsets and lengths by id): verifying a word reads no strings. */
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

  private freeze(): void {
    this.offsets = new Int32Array(this.words.length);
    this.lengths = new Int32Array(this.words.length);
    this.flat = new Uint16Array(this.words.reduce((n, w) => n + w.length, 0));
    let at = 0;
    this.words.forEach((w, id) => {
      this.offsets[id] = at;
      this.lengths[id] = w.length;
      for (let k = 0; k < w.length; k++) this.flat[at++] = w.charCodeAt(k);
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
}
