import { CATALOGUE, type SkillEntry } from '../analysis/catalogue/index';
import { DEFAULT_MATCHER } from '../analysis/matcher/match';
import { scan } from '../analysis/matcher/scan';
import { normalizeSkillText, resolveSkill } from '../profile/resolve-skill';

/**
 * A gold skill name → its catalogue id, for the scorer (./eval-resolve.ts). Gold names skills as
 * the ad words them: most resolve as a user's typed name does (lib/profile/resolve-skill.ts),
 * but many are the skill with the ad's own qualifier ("Multilingual NLP", "VPC design",
 * "Secure SDLC"). Such a name names the one catalogue skill written inside it:
 * the catalogue's names are looked up in it, and when exactly one skill is named there, by a
 * name that is not also an ordinary word or a person's name (those need a sentence to decide:
 * "Go-live" is not Go), the gold names that skill. Two skills inside ("Python and SQL
 * scripting"), or none, and the name stays unresolved: a recall miss, "not in catalogue".
 *
 * Ads also shorten and qualify names as the engine reads them:
 * - a product without its vendor's word, as in a bracket after the vendor ("Azure (Data
 *   Factory)"): "Data Factory" is the one catalogue name that is a word then the gold name,
 *   when every word of it is capitalised, as a product's name is;
 * - a product after its platform's name ("PyTorch FSDP", "React Redux"): two skills side by
 *   side name the second, when it is a product and no concept;
 * - a name with its version glued on ("YOLO11", "Python3"): the name;
 * - the plural of a word that is a name only with a rule ("Epics", "Flows") is none: the
 *   matcher reads no plural of such words, and the ad means a backlog's epics, a platform's flows;
 * - an ordinary word in lower case beside a named skill ("Terraform modules at scale") is the
 *   word, not the product it also names;
 * - two skills joined by a slash where one is also an ordinary word ("C/C++"): the slash
 *   confirms it, and the name is the last of them, as for any slash pair here.
 */
export function goldSkillId(name: string): string | undefined {
  const direct = resolveSkill(name)?.id;
  if (direct !== undefined) return pluralOfWordWithRule(name) ? undefined : direct;
  const vendorless = byTail(name);
  if (vendorless !== undefined) return vendorless;
  // A name with its version glued on ("YOLO11", "Python3"), as the engine reads it: the name.
  const versioned = /^(\p{L}[\p{L}.+#-]*\p{L})v?\d+(?:\.\d+)*$/u.exec(name.trim());
  if (versioned) {
    const id = resolveSkill(versioned[1] as string)?.id;
    if (id !== undefined) return id;
  }
  const cands = scan(DEFAULT_MATCHER, name).candidates;
  const first = cands[0];
  const second = cands[1];
  if (cands.length === 2 && first !== undefined && second !== undefined && second.end === name.length) {
    const gap = name.slice(first.end, second.start);
    if (first.start === 0 && /^\s*\/\s*$/.test(gap) && second.terminal.rule === undefined)
      return second.terminal.entry.id;
    // A product, not a concept: "Terraform state management" is no state management of a UI.
    if (
      first.start === 0 &&
      /^\s+$/.test(gap) &&
      first.terminal.rule === undefined &&
      second.terminal.rule === undefined &&
      !second.terminal.concept
    )
      return second.terminal.entry.id;
  }
  const ids = new Set<string>();
  const named = cands.some((c) => c.terminal.rule === undefined);
  for (const c of cands) {
    if (c.terminal.rule !== undefined) {
      // An ordinary word in lower case beside a named skill is the word ("Terraform modules at
      // scale" is no Scale AI); alone, or capitalised ("Go-live"), the name stays undecided.
      if (named && !/\p{Lu}/u.test(name.slice(c.start, c.end))) continue;
      return undefined;
    }
    ids.add(c.terminal.entry.id);
  }
  return ids.size === 1 ? (ids.values().next().value as string) : undefined;
}

/** One word in the plural whose singular is a catalogue form with an ambiguity rule. */
function pluralOfWordWithRule(name: string): boolean {
  const word = name.trim();
  if (!/^\p{L}+s$/u.test(word)) return false;
  if (scan(DEFAULT_MATCHER, word).candidates.some((c) => c.start === 0 && c.end === word.length))
    return false;
  const singular = word.slice(0, -1);
  const c = scan(DEFAULT_MATCHER, singular).candidates[0];
  return c !== undefined && c.start === 0 && c.end === singular.length && c.terminal.rule !== undefined;
}

const TITLE_CASE_WORDS = /^[\p{Lu}\d][^\s]*(?:\s+[\p{Lu}\d][^\s]*)+$/u;

/** Vendors whose word ads leave out before a product's name. */
const VENDORS: ReadonlySet<string> = new Set(
  'aws amazon azure google microsoft apache sap oracle ibm salesforce servicenow adobe atlassian hashicorp nvidia meta cisco github gitlab esri arcgis'.split(
    ' ',
  ),
);

let tails: Map<string, Set<SkillEntry>> | null = null;

/** The skill of the one catalogue name (or alias) that is a word, then `name` of two or more words. */
function byTail(name: string): string | undefined {
  // Product names only, every word capitalised ("Data Lake Storage"): "Data science" or "State
  // machine" are the ad's own words, not a product whose vendor was left out.
  if (!TITLE_CASE_WORDS.test(name.trim())) return undefined;
  if (tails === null) {
    tails = new Map();
    for (const s of CATALOGUE) {
      for (const form of [s.name, ...s.aliases]) {
        const m = /^(\S+)\s+(\S+\s+\S.*)$/.exec(form.trim());
        // The word left out must be a vendor's or a platform's: not "New General Ledger".
        if (!m || !VENDORS.has((m[1] as string).toLowerCase())) continue;
        const key = normalizeSkillText(m[2] as string);
        const set = tails.get(key) ?? new Set<SkillEntry>();
        set.add(s);
        tails.set(key, set);
      }
    }
  }
  const found = tails.get(normalizeSkillText(name));
  return found?.size === 1 ? (found.values().next().value as SkillEntry).id : undefined;
}
