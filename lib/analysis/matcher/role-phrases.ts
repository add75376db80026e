import { before } from './context';
import type { Candidate } from './scan';

/**
 * Where a role, team or department is named after a skill word: rule A of ./names.ts.
 * Returns the end of the role phrase and whether it is a role held ("3+ years as a DevOps or cloud
 * engineer": never a skill asked for) rather than the role offered ("a Go developer"), or null.
 *
 * - A role noun right after, possibly behind one qualifier: "a Machine Learning Engineer", "our
 *   Computer Vision team", "a Go developer", "Node.js Backend Engineer", "Java EE Developer",
 *   "PHP Laravel Developer", "Scrum Master". Role nouns: engineer, scientist, researcher,
 *   developer, architect, administrator, intern(ship), manager, director, specialist,
 *   consultant, practitioner, team, department, "engineering manager / lead / director / team"
 *   in any case; Lead, Group, Org, Organisation, Squad, Guild, Master only capitalised ("machine
 *   learning leads to..." is a verb).
 * - Teams joined by and / &: "the Cloud Infrastructure and Security teams", "the ML Platform &
 *   Personalization department".
 * - A role in a list: "as a DevOps, cloud or platform engineer", "in SRE, DevOps or
 *   infrastructure engineering roles", "puestos de DevOps, SRE o administración de sistemas".
 */

const QUALIFIER = String.raw`(?:[ \u00a0]+(?:[A-Z][\w.#+-]*|back[- ]?end|front[- ]?end|full[- ]?stack|software|platform|cloud|web|mobile|data|systems|infrastructure|application))?`;
/** Group 1: role nouns in any case; group 2: those that count only capitalised. */
export const ROLE_AFTER = new RegExp(
  String.raw`${QUALIFIER}[ \u00a0]+(?:(engineers?|scientists?|researchers?|developers?|architects?|administrators?|interns?|internships?|managers?|directors?|specialists?|consultants?|practitioners?|teams?|departments?|engineering[ \u00a0]+(?:managers?|leads?|directors?|teams?))|(leads?|group|org|organi[sz]ation|squad|guild|masters?))\b`,
  'iy',
);
const TEAMS_AFTER =
  /[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*)?[ \u00a0]+(?:teams|departments|groups|squads|team|department|group|squad)\b/y;
const LIST_ROLE_AFTER =
  /(?:[ \u00a0]*(?:,|\/|\bor\b|\band\b|\bo\b|\by\b|\boder\b|\bou\b)[ \u00a0]*[\w-]+){1,3}[ \u00a0]+(?:(?:engineering|development|operations)[ \u00a0]+)?(?:engineers?|developers?|roles?|positions?|administrators?)\b/iy;
const LIST_ROLE_BEFORE = /\b(?:as an?|in an?|in|als)\s+(?:[\w-]+\s*,\s*)*$/i;
const ROLE_OF_BEFORE =
  /\b(?:puestos?|roles?|positions?|posti|postes?)\s+(?:de|as|of|in|di|en)\s+(?:[\w-]+\s*,\s*)*$/i;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function rolePhrase(text: string, c: Candidate): { end: number; held: boolean } | null {
  const next = text.charCodeAt(c.end);
  const spaced = next === 32 || next === 0xa0;
  if (spaced) {
    const role = sticky(ROLE_AFTER, text, c.end);
    if (role && (role[1] !== undefined || isUpper((role[2] as string).charCodeAt(0))))
      return { end: c.end + role[0].length, held: false };
    const teams = sticky(TEAMS_AFTER, text, c.end);
    if (teams) return { end: c.end + teams[0].length, held: false };
  }
  if (spaced || next === 44 || next === 47) {
    const list = sticky(LIST_ROLE_AFTER, text, c.end);
    if (list && LIST_ROLE_BEFORE.test(before(text, c.start, 60)))
      return { end: c.end + list[0].length, held: true };
  }
  if (ROLE_OF_BEFORE.test(before(text, c.start, 60))) return { end: c.end, held: true };
  return null;
}
