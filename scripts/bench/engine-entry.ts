/**
 * What the bench times, in one module that scripts/bench/bundle.ts bundles as the extension
 * ships it: the engine, the bench postings and the floor, so that both sides of the ratio are
 * compiled alike.
 */
export { analyzePosting } from '../../lib/analysis/index';
export { POSTINGS } from './postings';

/** The floor: one plain loop over the text's characters that counts its words. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
    if (isWord && !inWord) words++;
    inWord = isWord;
  }
  return words;
}

/** About 1 MB: all bench postings in turn, joined once into a flat string, as page text is. */
export function megabyteOfPostings(postings: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < 1024 * 1024; i++) {
    const p = postings[i % postings.length] as string;
    parts.push(p);
    size += p.length + 1;
  }
  return parts.join('\n');
}
