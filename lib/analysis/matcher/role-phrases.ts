import { isRegExpSpace } from './chars';
import { before, beforeFrom } from './context';
import type { Hints } from './hints';
import type { Candidate } from './scan';

/**
 * Where a role, team or department is named after a skill word: rule A of ./names.ts.
 * Returns the end of the role phrase and whether it is a role held or somebody else's ("3+ years
 * as a DevOps or cloud engineer", a practice's team: "our DevOps team", "our Scrum Master":
 * never a skill asked for) rather than the role offered ("a Go developer"), or null.
 *
 * - A role noun right after, possibly behind one qualifier: "a Machine Learning Engineer", "our
 *   Computer Vision team", "a Go developer", "Node.js Backend Engineer", "Java EE Developer",
 *   "PHP Laravel Developer", "Scrum Master". Role nouns: engineer, scientist, researcher,
 *   developer, architect, administrator, intern(ship), manager, director, specialist,
 *   consultant, practitioner, team, department, group, mission, squad, guild, tribe, community of
 *   practice, "engineering manager / lead / director / team" in any case; Lead, Org,
 *   Organisation, Master, Owner, Practice, Division, Chapter, Competence Center, Center of
 *   Excellence, CoE only capitalised ("machine
 *   learning leads to..." is a verb; "the SAP Competence Center", "the ServiceNow Platform Owner").
 * - A capitalised concept right after a role noun: "a Senior Engineer in Personalization", "Head
 *   of Computer Vision", "Senior Consultant – AI & Robotics", or after a team noun of the posting
 *   languages: "do zespołu Product Analytics", "as equipas de Data Engineering e Machine Learning".
 * - Somebody else's team or colleagues, held whatever the skill: "work with the iOS team",
 *   "mit dem Kotlin-Backend-Team", "specs voor de ABAP-ontwikkelaars", "con il team DevOps".
 *   Hyphenated teams and roles count too ("Kotlin-Backend-Team"); "im Scrum-Team" is the job's own.
 * - Teams joined by and / &: "the Cloud Infrastructure and Security teams", "the ML Platform &
 *   Personalization department".
 * - A role in a list: "as a DevOps, cloud or platform engineer", "in SRE, DevOps or
 *   infrastructure engineering roles", "puestos de DevOps, SRE o administración de sistemas".
 */

const QUALIFIER = String.raw`(?:[ \u00a0]+(?:[A-Z][\w.#+-]*|back[- ]?end|front[- ]?end|full[- ]?stack|software|platform|cloud|web|mobile|data|systems|infrastructure|application))?`;
/** Group 1: role nouns in any case; group 2: those that count only capitalised. */
export const ROLE_AFTER = new RegExp(
  String.raw`${QUALIFIER}[ \u00a0]+(?:(engineers?|scientists?|researchers?|developers?|architects?|administrators?|interns?|internships?|managers?|directors?|specialists?|consultants?|practitioners?|teams?|departments?|group|missions?|squads?|guilds?|tribes?|communit(?:y|ies)[ \u00a0]+of[ \u00a0]+practice|engineering[ \u00a0]+(?:managers?|leads?|directors?|teams?))|(leads?|org|organi[sz]ation|masters?|owners?|practice|division|chapter|competence[ \u00a0]+cent(?:er|re)|cent(?:er|re)[ \u00a0]+of[ \u00a0]+excellence|CoE))\b`,
  'iy',
);
export const TEAMS_AFTER =
  /[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*)?[ \u00a0]+(?:teams|departments|groups|squads|team|department|group|squad)\b/y;
export const LIST_ROLE_AFTER =
  /(?:[ \u00a0]*(?:,|\/|\bor\b|\band\b|\bo\b|\by\b|\boder\b|\bou\b)[ \u00a0]*[\w-]+){1,3}[ \u00a0]+(?:(?:engineering|development|operations)[ \u00a0]+)?(?:engineers?|developers?|roles?|positions?|administrators?)\b/iy;
export const LIST_ROLE_BEFORE = /\b(?:as an?|in an?|in|als)\s+(?:[\w-]+\s*,\s*)*$/i;
export const ROLE_OF_BEFORE =
  /\b(?:puestos?|roles?|positions?|posti|postes?)\s+(?:de|as|of|in|di|en)\s+(?:[\w-]+\s*,\s*)*$/i;

const TEAM_NOUN =
  /\b(?:teams?|departments?|group|org|organi[sz]ation|squads?|guilds?|masters?|owners?|practice|division|chapter|tribes?|cent(?:er|re)|excellence|coe)$/i;
/** Another capitalised team name before this one: "as equipas de Data Engineering e Machine Learning". */
const OTHER_TEAM_NAME = String.raw`(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s*(?:,|&|and|und|et|e|y|i|en|o)\s+)?`;
const OTHER_NAME_BEFORE = new RegExp(`${OTHER_TEAM_NAME.slice(0, -1)}$`);
const TEAM_BEFORE = new RegExp(
  String.raw`(?:\bzesp(?:ó|o)[lł]u?|\bzespole|[ée]quipes?|\bequipos?|\bequipas?|\bsquadra|\bTeams?|\bAbteilung|\bteams?)\s+(?:(?:de|di|del|des|du|der|da|do)\s+)?${OTHER_TEAM_NAME}$`,
);
/** "a Senior Engineer in Personalization", "Head of ML Platform", "Senior Consultant – AI & Robotics". */
export const ROLE_BEFORE =
  /(?:\b(?:engineers?|scientists?|developers?|researchers?|managers?|leads?|consultants?|specialists?|architects?|directors?)\s*(?:,|\bin|\bfor|\bof|–|—|-)|\bhead\s+of|\bvp\s+of|\bvice\s+president\s+of|\bleiter(?:in)?|\bresponsable(?:\s+(?:de|du|des))?|\bresponsabile(?:\s+(?:di|del|della))?|\bjef[ea]\s+de|\bhoofd)\s*$/i;

const JOINS = new Set(['and', 'und', 'et', 'e', 'y', 'i', 'en', 'o']);

/** Does `b` end with a comma, an ampersand or a joining word ("Data and ")? */
function joinedBefore(b: string): boolean {
  let k = b.length - 1;
  while (k >= 0 && b.charCodeAt(k) <= 32) k--;
  const ch = b.charCodeAt(k);
  if (ch === 44 || ch === 38) return true;
  const w = b.lastIndexOf(' ', k);
  return k - w <= 3 && JOINS.has(b.slice(w + 1, k + 1));
}

/** Last words of ROLE_BEFORE's phrases (engineer in, head of, Leiterin, jefe de...), in lower case. */
const ROLE_BEFORE_LAST = new Set(
  'in for of leiter leiterin responsable de du des responsabile di del della hoofd'.split(' '),
);

/**
 * Can ROLE_BEFORE match `b`? Its last character other than white space is a comma or a dash, or
 * ends one of ROLE_BEFORE_LAST (the run of ASCII letters before it is that word).
 */
export function roleMayEnd(b: string): boolean {
  let k = b.length - 1;
  while (k >= 0 && isRegExpSpace(b.charCodeAt(k))) k--;
  if (k < 0) return false;
  const ch = b.charCodeAt(k);
  if (ch === 44 || ch === 45 || ch === 0x2013 || ch === 0x2014) return true;
  let s = k;
  while (s > 0 && isAsciiLetter(b.charCodeAt(s - 1))) s--;
  return k - s < 12 && ROLE_BEFORE_LAST.has(b.slice(s, k + 1).toLowerCase());
}

/** ROLE_BEFORE, also across one other capitalised name: "Senior Consultant – AI & Robotics". */
function roleBefore(b: string): boolean {
  if (roleMayEnd(b) && ROLE_BEFORE.test(b)) return true;
  if (!joinedBefore(b)) return false;
  const other = OTHER_NAME_BEFORE.exec(b);
  if (other === null || other[0] === '') return false;
  const head = b.slice(0, other.index);
  return roleMayEnd(head) && ROLE_BEFORE.test(head);
}

/**
 * Somebody else's team or colleagues: "work with the iOS team", "mit dem Kotlin-Backend-Team",
 * "specs for the ABAP developers", "Collaborare con il team DevOps".
 */
const WITH_BEFORE =
  /\b(?:with|alongside|for|mit|für|avec|pour|con|per|para|met|voor|com|z)\s+(?:the|our|your|their|its|dem|der|den|die|unserem|unserer|unseren|l['’]|les|nos|notre|il|i|gli|la|le|el|los|las|nuestro|nuestros|het|de|ons|onze|o|a|os|as)\s*(?:[\w-]+\s+)?$/i;
const WITH_TEAM_BEFORE =
  /\b(?:with|avec|con|mit|met|com|z)\s+(?:(?:l['’]|the|our|il|el|la|dem|het|o|a|nostro|notre|nuestro|unserem|ons)\s*)?(?:équipe|team|equipo|squadra|equipa|zespołem)\s+(?:(?:de|di|del|des|du|der|da|do)\s+)?$/i;
const TEAM_WORDS = new Set(['équipe', 'team', 'equipo', 'squadra', 'equipa', 'zespołem', 'Team']);
const OF_WORDS = new Set(['de', 'di', 'del', 'des', 'du', 'der', 'da', 'do']);
/** Last letters of TEAM_WORDS and OF_WORDS. */
const TAIL_CODES = new Set([...TEAM_WORDS, ...OF_WORDS].map((w) => w.charCodeAt(w.length - 1)));

/** Does `b` end with a team noun, possibly followed by "de / di / der..." (WITH_TEAM_BEFORE's tail)? */
function teamNounBefore(b: string): boolean {
  // The last character of each word that may end the phrase, before its space: most phrases stop here.
  const tail = b.charCodeAt(b.length - 2);
  if (b.charCodeAt(b.length - 1) !== 32 || !TAIL_CODES.has(tail)) return false;
  let end = b.length;
  while (end > 0 && b.charCodeAt(end - 1) === 32) end--;
  let start = b.lastIndexOf(' ', end - 1) + 1;
  let word = b.slice(start, end);
  if (OF_WORDS.has(word)) {
    end = start;
    while (end > 0 && b.charCodeAt(end - 1) === 32) end--;
    start = b.lastIndexOf(' ', end - 1) + 1;
    word = b.slice(start, end);
  }
  const apostrophe = Math.max(word.lastIndexOf("'"), word.lastIndexOf('’'));
  return TEAM_WORDS.has(apostrophe >= 0 ? word.slice(apostrophe + 1) : word);
}

/** A team or role joined by a hyphen: "Kotlin-Backend-Team", "ABAP-ontwikkelaars", "Java-Entwickler". */
const HYPHEN_ROLE_AFTER =
  /-(?:[A-Za-z]+-)?(?:Teams?|teams?|Entwickler(?:innen|in)?|ontwikkelaars?|développeurs?|desarrolladores|sviluppatori|Abteilung|Squad|squad)\b/y;
/** Plural role nouns: "for the ABAP developers" is about others. */
const PLURAL_ROLE =
  /(?:engineers|developers|scientists|researchers|architects|administrators|consultants|specialists|ontwikkelaars|Entwickler|développeurs|desarrolladores|sviluppatori)$/i;

/** Is the team or role phrase `phrase` before which `c` stands somebody else's? */
function others(text: string, c: Candidate, phrase: string): boolean {
  return (TEAM_NOUN.test(phrase) || PLURAL_ROLE.test(phrase)) && WITH_BEFORE.test(before(text, c.start, 40));
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The first position at or after `k` that is not a space or a no-break space. */
function skipBlanks(text: string, k: number): number {
  let ch = text.charCodeAt(k);
  while (ch === 32 || ch === 0xa0) ch = text.charCodeAt(++k);
  return k;
}

/** TEAMS_AFTER opens with blanks and "and" or "&". */
export function teamsMayFollow(text: string, end: number): boolean {
  const joiner = text.charCodeAt(skipBlanks(text, end));
  return joiner === 97 || joiner === 38;
}

/**
 * What LIST_ROLE_AFTER needs first, after blanks: a comma, a slash, or the first letter of
 * or / and / o / y / oder / ou in any case.
 */
export function listMayFollow(text: string, end: number): boolean {
  const ch = text.charCodeAt(skipBlanks(text, end));
  return (
    ch === 44 || ch === 47 || ch === 111 || ch === 79 || ch === 97 || ch === 65 || ch === 121 || ch === 89
  );
}

/**
 * What ROLE_OF_BEFORE needs at the end of `b`: after its last character other than white
 * space, either a comma (a list: "roles in DevOps, ") or white space after a two-letter word
 * (de, as, of, in, di, en) that white space precedes.
 */
export function roleOfMayEnd(b: string): boolean {
  let k = b.length - 1;
  while (k >= 0 && isRegExpSpace(b.charCodeAt(k))) k--;
  if (k >= 0 && b.charCodeAt(k) === 44) return true;
  return k >= 2 && k < b.length - 1 && isRegExpSpace(b.charCodeAt(k - 2));
}

/**
 * The first three letters, in lower case, of ROLE_AFTER's role nouns (engineers, scientists...,
 * community of practice, competence center, CoE), as numbers (nounKey).
 */
const NOUN_STARTS = new Set(
  'eng sci res dev arc adm int man dir spe con pra tea dep gro mis squ gui tri com lea org mas own div cha cen coe'
    .split(' ')
    .map((w) => nounKey(w, 0)),
);

/** Three ASCII letters at `k` in lower case as one number, or -1. */
function nounKey(text: string, k: number): number {
  let key = 0;
  for (let j = k; j < k + 3; j++) {
    let ch = text.charCodeAt(j);
    if (ch >= 65 && ch <= 90) ch += 32;
    else if (ch < 97 || ch > 122) return -1;
    key = key * 128 + ch;
  }
  return key;
}

/**
 * Can ROLE_AFTER match at `end`? Its role noun (ASCII letters, case aside) is the first word
 * after the blanks, or the second after one qualifier ([A-Z][\w.#+-]* in any case: a run
 * without blanks), or the third after "back end", "front end", "full stack".
 */
export function roleNounMayFollow(text: string, end: number): boolean {
  const first = skipBlanks(text, end);
  if (first === end) return false;
  if (NOUN_STARTS.has(nounKey(text, first))) return true;
  const f = text.charCodeAt(first) | 32;
  if (f < 97 || f > 122) return false;
  // back / front / full: a two-word qualifier; let the regex read it.
  if (f === 98 || f === 102) return true;
  let k = first + 1;
  while (k < text.length && isQualifierChar(text.charCodeAt(k))) k++;
  const second = skipBlanks(text, k);
  return second > k && NOUN_STARTS.has(nounKey(text, second));
}

/** [\w.#+-] */
function isQualifierChar(ch: number): boolean {
  return (
    (ch >= 97 && ch <= 122) ||
    (ch >= 65 && ch <= 90) ||
    (ch >= 48 && ch <= 57) ||
    ch === 95 ||
    ch === 46 ||
    ch === 35 ||
    ch === 43 ||
    ch === 45
  );
}

/**
 * Can LIST_ROLE_BEFORE match `text` in [from, to)? By hand, backwards: words each closed by a
 * comma, then blanks after "in", "als", or "a" / "an" (of "as a", "in an"). The regex decides.
 */
export function listRoleMayPrecede(text: string, from: number, to: number): boolean {
  let k = to;
  for (;;) {
    let w = k;
    while (w > from && isRegExpSpace(text.charCodeAt(w - 1))) w--;
    if (w > from && text.charCodeAt(w - 1) === 44) {
      // One more "word, ": [\w-]+ before the comma and the white space it may have.
      let j = w - 1;
      while (j > from && isRegExpSpace(text.charCodeAt(j - 1))) j--;
      const wordEnd = j;
      while (j > from && isWordOrHyphen(text.charCodeAt(j - 1))) j--;
      if (j === wordEnd) return false;
      k = j;
      continue;
    }
    if (w === k) return false;
    let s = w;
    while (s > from && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    const len = w - s;
    if (len < 1 || len > 3) return false;
    const c0 = text.charCodeAt(s) | 32;
    const c1 = len > 1 ? text.charCodeAt(s + 1) | 32 : 0;
    // in, als, a, an
    return (
      (len === 2 && c0 === 105 && c1 === 110) ||
      (len === 3 && c0 === 97 && c1 === 108 && (text.charCodeAt(s + 2) | 32) === 115) ||
      (c0 === 97 && (len === 1 || (len === 2 && c1 === 110)))
    );
  }
}

function isAsciiLetter(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}

/** [\w-] */
function isWordOrHyphen(ch: number): boolean {
  return isAsciiLetter(ch) || (ch >= 48 && ch <= 57) || ch === 95 || ch === 45;
}

export function rolePhrase(
  text: string,
  c: Candidate,
  roleNouns: Hints,
): { end: number; held: boolean } | null {
  const concept = c.terminal.concept && isUpper(text.charCodeAt(c.start));
  // Each rule below needs a role noun (or degree word) within 80 after the candidate or 60
  // before it, or a capitalised concept: most candidates have neither.
  if (!concept && !roleNouns.within(c.start - 60, c.end + 80)) return null;
  const next = text.charCodeAt(c.end);
  const spaced = next === 32 || next === 0xa0;
  // Every rule of this first half needs one of these right after the candidate.
  const roleNear =
    (spaced || next === 45 || next === 44 || next === 47) && roleNouns.within(c.end, c.end + 80);
  if (spaced && roleNear) {
    const role = roleNounMayFollow(text, c.end) && sticky(ROLE_AFTER, text, c.end);
    if (role && (role[1] !== undefined || isUpper((role[2] as string).charCodeAt(0)))) {
      // A practice's team, department or Scrum Master is somebody else's ("our DevOps team"); a
      // tool's team ("our PyTorch team") still tells the tool the job uses.
      const practice = c.terminal.entry.kind === 'practice';
      return {
        end: c.end + role[0].length,
        held: (practice && TEAM_NOUN.test(role[0])) || others(text, c, role[0]),
      };
    }
    const teams = teamsMayFollow(text, c.end) && sticky(TEAMS_AFTER, text, c.end);
    if (teams) return { end: c.end + teams[0].length, held: false };
  }
  if (next === 45 && roleNear) {
    const role = sticky(HYPHEN_ROLE_AFTER, text, c.end);
    // "im Scrum-Team" is the candidate's own way of working: only somebody else's team is held.
    if (role) return { end: c.end + role[0].length, held: others(text, c, role[0]) };
  }
  if (
    roleNear &&
    (spaced || next === 44 || next === 47) &&
    listMayFollow(text, c.end) &&
    listRoleMayPrecede(text, beforeFrom(text, c.start, 60), c.start)
  ) {
    const list = sticky(LIST_ROLE_AFTER, text, c.end);
    if (list && LIST_ROLE_BEFORE.test(before(text, c.start, 60)))
      return { end: c.end + list[0].length, held: true };
  }
  const roleOf = roleNouns.within(c.start - 60, c.start);
  if (!concept && !roleOf) return null;
  const b = before(text, c.start, 60);
  // "a Senior Engineer in Personalization": a capitalised field right after a role noun.
  if (concept && roleBefore(b)) return { end: c.end, held: false };
  // "do zespołu Product Analytics", "l'équipe Personalization": a team noun of the posting
  // languages before the capitalised name of the team.
  if (concept && TEAM_BEFORE.test(b)) return { end: c.end, held: false };
  // "avec l'équipe iOS", "con il team DevOps": any skill naming a team the job works with.
  if (roleOf && teamNounBefore(b) && WITH_TEAM_BEFORE.test(b)) return { end: c.end, held: true };
  if (roleOf && roleOfMayEnd(b) && ROLE_OF_BEFORE.test(b)) return { end: c.end, held: true };
  return null;
}
