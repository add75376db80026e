import { CLASS, fold, SYMBOL, WORD } from './chars';

/**
 * Splits a skill name into the folded tokens the scanner will see: runs of letters and digits,
 * and the symbols + # . & as tokens of their own. Separators (spaces, "-", "/", "_") vanish, so
 * "CI / CD", "CI/CD" and "ci-cd" all become ["ci", "cd"].
 */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < phrase.length) {
    const cls = CLASS[phrase.charCodeAt(i)];
    if (cls === WORD) {
      const start = i;
      while (i < phrase.length && CLASS[phrase.charCodeAt(i)] === WORD) i++;
      out.push(fold(phrase.slice(start, i)));
    } else {
      if (cls === SYMBOL) out.push(phrase[i] as string);
      i++;
    }
  }
  return out;
}

/** English plural of a folded word, or null where a plural would be noise (short words, -s). */
export function pluralOf(word: string): string | null {
  if (word.length < 3 || /[^a-z]/.test(word) || word.endsWith('s')) return null;
  if (/(x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Singular of a folded plural word, for names whose last word the catalogue writes in the
 * plural ("Latency budgets" → "latency budget"); null where it would be a guess.
 */
export function singularOf(word: string): string | null {
  if (word.length < 4 || /[^a-z]/.test(word) || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return null;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
