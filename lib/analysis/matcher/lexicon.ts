import { LOWER } from './chars';

/**
 * Every word the engine cares about (words of skill names and cue words), with an id each. The
 * scan reads none of it: the words it stops at and the trie's edges have their own tables, keyed
 * by the same FNV-1a hash of the folded word, each holding its words laid out flat (StarterTable
 * and EdgeTable in ./compile.ts).
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

  constructor(words: Iterable<string>) {
    this.words = [];
    for (const w of words) this.idOf(w);
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
}
