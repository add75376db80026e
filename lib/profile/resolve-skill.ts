import { CATALOGUE, type SkillEntry } from '../analysis/catalogue/index';
import { REDIRECTS } from '../analysis/catalogue/redirects';
import type { SkillRef } from './skill-ref';

/**
 * Typed text → catalogue skill, by id (or an id since merged into it), name or alias, ignoring case and separators
 * ("scikit learn", "Scikit-Learn", "CI / CD", "ci-cd"), and as people write skills: with a
 * plural or singular, a version, a level or a generic head noun ("Random forest", "PHP 8.2",
 * "ITIL 4 Foundation", "iOS development"), or "API REST". Only text that matches nothing stays
 * a free-text skill. Pure; loads in Node (the CLI and `npm run eval`'s gold use it too).
 */

/** Lower case, compatibility-normalised, without spaces and separator punctuation. */
export function normalizeSkillText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_/|.,:;·•'"’()\u2013\u2014]+/g, '');
}

/**
 * Text → the skill it names, or undefined. The background resolves against the catalogue
 * (createSkillResolver); the options page, which holds no catalogue, with what the background
 * answered (./resolve-batch.ts).
 */
export type SkillResolver = (text: string) => SkillRef | undefined;

export function createSkillResolver(
  catalogue: readonly SkillEntry[],
): (text: string) => SkillEntry | undefined {
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
  // An id merged into another (saved in an export before the merge) is that skill.
  const byId = new Map(catalogue.map((s) => [s.id, s]));
  for (const [old, id] of Object.entries(REDIRECTS)) {
    const key = normalizeSkillText(old);
    const skill = byId.get(id);
    if (skill && !index.has(key)) index.set(key, skill);
  }
  const lookup = (text: string): SkillEntry | undefined => {
    const key = normalizeSkillText(text);
    if (!key) return undefined;
    const hit = index.get(key);
    if (hit) return hit;
    // A plural of the last word ("feature stores", "Transformers") is the same skill; an
    // acronym in capitals ending in S ("UMLS", "GCS") is no plural (that is written "UMLs").
    if (key.length > 3 && key.endsWith('s') && !ACRONYM_S.test(text.trim()))
      return index.get(key.slice(0, -1));
    // So is the singular of a name written in the plural ("Large language model", "Feature
    // flag"); not of a lone word ("Window" is no "Windows") or a short code ("Cisco UC").
    if (SINGULAR_LAST.test(text.trim())) return index.get(`${key}s`);
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
  const resolveWhole = (text: string): SkillEntry | undefined => {
    const hit = resolve(text);
    if (hit) return hit;
    // A level after a certification or standard ("ITIL 4 Foundation", "WCAG 2.1 AA", "AWS
    // Certified DevOps Engineer – Professional") names the same skill as the text before it.
    const level = LEVEL_AFTER.exec(text.trim());
    return level ? resolve(level[1] as string) : undefined;
  };
  const resolveHeaded = (text: string): SkillEntry | undefined => {
    const hit = resolveWhole(text);
    if (hit) return hit;
    const trimmed = text.trim();
    // A generic head noun after a skill ("Salesforce development", "Shopify APIs", "Linux internals", "LLM
    // application frameworks", "AWS services", "CI/CD pipelines", "VPC design", "GPU workloads") names the skill itself, but only when the whole
    // text is no catalogue name (tried above: "Power BI Service", ".NET Framework" stay theirs).
    // Heads that make another skill ("… testing", "… security", "… administration") are not here.
    // Stacked heads ("LLM application frameworks") come off one at a time.
    const head = GENERIC_HEAD.exec(trimmed);
    return head ? resolveHeaded(head[1] as string) : undefined;
  };
  return (text) => {
    const hit = resolveHeaded(text);
    if (hit) return hit;
    // A name with its abbreviation in brackets ("Certified Kubernetes Administrator (CKA)",
    // "Spanning Tree Protocol (STP)") is the skill of either part.
    const bracketed = BRACKETED_AFTER.exec(text.trim());
    if (bracketed) return resolveHeaded(bracketed[1] as string) ?? resolveHeaded(bracketed[2] as string);
    // Romance word order ("API REST", "APIs GraphQL") for a name written "REST API".
    const api = API_FIRST.exec(text.trim());
    return api ? resolveHeaded(`${api[2] as string} ${api[1] as string}`) : undefined;
  };
}

const ACRONYM_S = /(?:^|[\s\-/._])[A-Z\d]{2,}S$/;

/** Two or more words, the last one of three or more letters. */
const SINGULAR_LAST = /\S[\s-]+\p{L}{3,}$/u;

/** Skill, separator, generic head noun: "iOS development" → ["iOS"]. */
const GENERIC_HEAD =
  /^(.*?[^\s\-\u2013\u2014])[\s\-\u2013\u2014]+(?:applications?|apis|development|experience|frameworks?|ecosystems?|platforms?|programming|services?|internals|modules|protocols|methods|techniques|tooling|technolog(?:y|ies)|environments?|pipelines?|workloads?|node\s+pools?|clusters?|models|systems|design)$/i;

/** "API REST" → ["API", "REST"]. */
const API_FIRST = /^(APIs?)\s+(\S.*)$/i;

/**
 * Name, separator, version: "Spring Boot 3" → ["Spring Boot", " "], "C++17" → ["C++", ""]; a
 * release letter after the number too ("Oracle Database 19c", "Oracle 11g", "Oracle 23ai").
 */
const VERSION_AFTER = /^(.*?\S)(\s*)v?\d{1,4}(?:\.\d+)*(?:\.x|\+|[cg]|ai)?(?:\s*lts)?$/i;

/** "Name (ABBR)" → ["Name", "ABBR"]. */
const BRACKETED_AFTER = /^([^()]*[^\s(])\s*\(([^()]+)\)$/;

const LEVEL_AFTER =
  /^(.*?\S)[\s\u2013\u2014-]+(?:foundation(?:\s+level)?|associate|professional|practitioner|specialist|expert|fundamentals|aaa?)$/i;

let defaultResolver: ((text: string) => SkillEntry | undefined) | null = null;

/** Resolves against the shipped catalogue. */
export function resolveSkill(text: string): SkillEntry | undefined {
  defaultResolver ??= createSkillResolver(CATALOGUE);
  return defaultResolver(text);
}
