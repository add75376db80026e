import { CATALOGUE, type SkillEntry } from '../analysis/catalogue/index';

/**
 * Typed text → catalogue skill, by id, name or alias, ignoring case and separators
 * ("scikit learn", "Scikit-Learn", "CI / CD", "ci-cd"). Only text that matches nothing
 * stays a free-text skill. Pure; loads in Node (the CLI uses it for profile files).
 */

/** Lower case, compatibility-normalised, without spaces and separator punctuation. */
export function normalizeSkillText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_/.,:;·•'"’()\u2013\u2014]+/g, '');
}

export type SkillResolver = (text: string) => SkillEntry | undefined;

export function createSkillResolver(catalogue: readonly SkillEntry[]): SkillResolver {
  const index = new Map<string, SkillEntry>();
  // Ids first, then names, then aliases: an exact id or name wins over someone's alias.
  const forms: Array<(s: SkillEntry) => string[]> = [(s) => [s.id], (s) => [s.name], (s) => s.aliases];
  for (const form of forms) {
    for (const skill of catalogue) {
      for (const text of form(skill)) {
        const key = normalizeSkillText(text);
        if (key && !index.has(key)) index.set(key, skill);
      }
    }
  }
  const lookup = (text: string): SkillEntry | undefined => {
    const key = normalizeSkillText(text);
    if (!key) return undefined;
    const hit = index.get(key);
    if (hit) return hit;
    // A plural of the last word ("feature stores", "Transformers") is the same skill.
    if (key.length > 3 && key.endsWith('s')) return index.get(key.slice(0, -1));
    return undefined;
  };
  const resolve = (text: string): SkillEntry | undefined => {
    const hit = lookup(text);
    if (hit) return hit;
    // A version after the name ("Spring Boot 3", "PHP 8.2", "Angular 17", "C++17", "Unity 2022
    // LTS") is the same skill; glued to a word only for a language ("Python3", "Java17"), as
    // "DDR4" or "S3" are names of their own.
    const v = VERSION_AFTER.exec(text.trim());
    if (!v) return undefined;
    const base = lookup(v[1] as string);
    if (!base) return undefined;
    return v[2] !== '' || /[^\p{L}]$/u.test(v[1] as string) || base.kind === 'language' ? base : undefined;
  };
  return (text) => {
    const hit = resolve(text);
    if (hit) return hit;
    // A level after a certification or standard ("ITIL 4 Foundation", "WCAG 2.1 AA", "AWS
    // Certified DevOps Engineer – Professional") names the same skill as the text before it.
    const level = LEVEL_AFTER.exec(text.trim());
    return level ? resolve(level[1] as string) : undefined;
  };
}

/** Name, separator, version: "Spring Boot 3" → ["Spring Boot", " "], "C++17" → ["C++", ""]. */
const VERSION_AFTER = /^(.*?\S)(\s*)v?\d{1,4}(?:\.\d+)*(?:\.x|\+)?(?:\s*lts)?$/i;

const LEVEL_AFTER =
  /^(.*?\S)[\s\u2013\u2014-]+(?:foundation(?:\s+level)?|associate|professional|practitioner|specialist|expert|fundamentals|aaa?)$/i;

let defaultResolver: SkillResolver | null = null;

/** Resolves against the shipped catalogue. */
export function resolveSkill(text: string): SkillEntry | undefined {
  defaultResolver ??= createSkillResolver(CATALOGUE);
  return defaultResolver(text);
}
