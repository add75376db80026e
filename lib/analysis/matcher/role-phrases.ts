import { before } from './context';
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
 *   Excellence, CoE only capitalised, a firm's practice in lower case after "our" or "their"
 *   ("our Azure Delivery practice") ("machine
 *   learning leads to..." is a verb; "the SAP Competence Center", "the ServiceNow Platform Owner").
 * - A capitalised concept where a unit of the company is named: "sits inside Platform
 *   Engineering", "part of Data Science", "reports to Machine Learning".
 * - A capitalised concept right after a role noun: "a Senior Engineer in Personalization", "Head
 *   of Computer Vision", "Senior Consultant – AI & Robotics", or after a team noun of the posting
 *   languages: "do zespołu Product Analytics", "as equipas de Data Engineering e Machine Learning",
 *   "para times de Machine Learning", "el Departamento de Business Intelligence"; or in a list of
 *   team names after their plural noun: "quatre pôles : Data Engineering, Data Science",
 *   "three squads (Compute, Delivery, Observability)".
 * - Somebody else's team or colleagues, held whatever the skill: "work with the iOS team",
 *   "mit dem Kotlin-Backend-Team", "specs voor de ABAP-ontwikkelaars", "con il team DevOps".
 *   Hyphenated teams and roles count too ("Kotlin-Backend-Team"); "im Scrum-Team" is the job's own.
 * - Teams joined by and / &: "the Cloud Infrastructure and Security teams", "the ML Platform &
 *   Personalization department", and product areas: "own the Model Deployment & Serving area".
 * - A role in a list: "as a DevOps, cloud or platform engineer", "in SRE, DevOps or
 *   infrastructure engineering roles", "puestos de DevOps, SRE o administración de sistemas".
 * - A practice's hyphenated team, unless the job is in one: "in een van onze DevOps-teams", but
 *   "im Scrum-Team".
 */

const QUALIFIER = String.raw`(?:[ \u00a0]+(?:[A-Z][\w.#+-]*|back[- ]?end|front[- ]?end|full[- ]?stack|software|platform|cloud|web|mobile|data|systems|infrastructure|application))?`;
/** Group 1: role nouns in any case; group 2: those that count only capitalised. */
export const ROLE_AFTER = new RegExp(
  String.raw`${QUALIFIER}[ \u00a0]+(?:(engineers?|scientists?|researchers?|developers?|architects?|administrators?|interns?|internships?|managers?|directors?|specialists?|consultants?|practitioners?|teams?|departments?|group|missions?|squads?|guilds?|tribes?|communit(?:y|ies)[ \u00a0]+of[ \u00a0]+practice|engineering[ \u00a0]+(?:managers?|leads?|directors?|teams?))|(leads?|org|organi[sz]ation|masters?|mastern|owners?|practice|division|chapter|competence[ \u00a0]+cent(?:er|re)|cent(?:er|re)[ \u00a0]+of[ \u00a0]+excellence|CoE))\b`,
  'iy',
);
const TEAMS_AFTER =
  /[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*)?[ \u00a0]+(?:teams|departments|groups|squads|team|department|group|squad|areas?|pillars?)\b/y;
const LIST_ROLE_AFTER =
  /(?:[ \u00a0]*(?:,|\/|\bor\b|\band\b|\bo\b|\by\b|\boder\b|\bou\b)[ \u00a0]*[\w-]+){1,3}[ \u00a0]+(?:(?:engineering|development|operations)[ \u00a0]+)?(?:engineers?|developers?|roles?|positions?|administrators?)\b/iy;
const LIST_ROLE_BEFORE = /\b(?:as an?|in an?|in|als)\s+(?:[\w-]+\s*,\s*)*$/i;
const ROLE_OF_BEFORE =
  /\b(?:puestos?|roles?|positions?|posti|postes?)\s+(?:de|as|of|in|di|en)\s+(?:[\w-]+\s*,\s*)*$/i;

const TEAM_NOUN =
  /\b(?:teams?|departments?|group|org|organi[sz]ation|squads?|guilds?|masters?|mastern|owners?|practice|division|chapter|tribes?|cent(?:er|re)|excellence|coe)$/i;
/** Another capitalised team name before this one: "as equipas de Data Engineering e Machine Learning". */
const OTHER_TEAM_NAME = String.raw`(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s*(?:,|&|and|und|et|e|y|i|en|o)\s+)?`;
const OTHER_NAME_BEFORE = new RegExp(`${OTHER_TEAM_NAME.slice(0, -1)}$`);
const TEAM_BEFORE = new RegExp(
  String.raw`(?:\bzesp(?:ó|o)[lł]u?|\bzespole|[ée]quipes?|\bequipos?|\bequipas?|\btimes(?=\s+d[aeo]\s)|\bsquadr[ae]|\bTeams?|\bAbteilung|\bteams?|\b[Dd]epartamento|\bd[ée]partement|\b[Dd]ipartimento|\b[Rr]eparto|\bp[ôo]le|\b[Dd]irection|\b[Dd]irezione|\b[Dd]irecci[óo]n)\s+(?:(?:de|di|del|des|du|der|da|do)\s+)?${OTHER_TEAM_NAME}$`,
);
/**
 * Team names listed after their plural noun and a colon or bracket: "four pôles: Data
 * Engineering, Data Science and BI", "three squads (Compute, Delivery, Observability)".
 */
const TEAM_LIST_BEFORE =
  /(?:\b(?:teams|squads|tribes|chapters|departments|divisions|guilds|Teams|Abteilungen|Bereiche|equipos|equipas|squadre|zespoły|afdelingen)|p[ôo]les|[ée]quipes)\s*[:(]\s*(?:[A-Z][\w&/.-]*(?:[ \u00a0]+(?:[A-Z&][\w&/.-]*|des|de|du|di|der|of)){0,3}\s*(?:,|&|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bi\b|\ben\b)\s*){0,6}$/;

/** "a Senior Engineer in Personalization", "Head of ML Platform", "Senior Consultant – AI & Robotics". */
const ROLE_BEFORE =
  /(?:\b(?:engineers?|scientists?|developers?|researchers?|managers?|leads?|consultants?|specialists?|architects?|directors?)\s*(?:,|\bin|\bfor|\bof|–|—|-)|\bhead\s+of|\bvp\s+of|\bvice\s+president\s+of|\bleiter(?:in)?|\bresponsable(?:\s+(?:de|du|des))?|\bresponsabile(?:\s+(?:di|del|della))?|\bjef[ea]\s+de|\bhoofd)\s*$/i;

/** Where a unit of the company is named: "sits inside ", "part of ", "reports into ". */
const UNIT_BEFORE =
  /\b(?:(?:sits?|sitting|based|housed|lives?|embedded)\s+(?:inside|within|in)|part\s+of|reports?\s+(?:in)?to|reporting\s+(?:in)?to)\s+(?:the\s+|our\s+)?$/i;

/** A firm's own unit: "our ", "their growing ", "the firm's " before its name. */
const UNIT_OWNER_BEFORE = /\b(?:our|their|its|[\w-]+['’]s)\s+(?:(?:growing|new|global|award-winning)\s+)?$/i;

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

/** ROLE_BEFORE, also across one other capitalised name: "Senior Consultant – AI & Robotics". */
function roleBefore(b: string): boolean {
  if (ROLE_BEFORE.test(b)) return true;
  if (!joinedBefore(b)) return false;
  const other = OTHER_NAME_BEFORE.exec(b);
  return other !== null && other[0] !== '' && ROLE_BEFORE.test(b.slice(0, other.index));
}

/**
 * Somebody else's team or colleagues: "work with the iOS team", "mit dem Kotlin-Backend-Team",
 * "specs for the ABAP developers", "Collaborare con il team DevOps", "insieme al team backend
 * Java", "współpraca z zespołem iOS", "run by a separate HPC team", "driftas av ett separat HPC-team".
 */
const WITH_BEFORE =
  /\b(?:with|alongside|for|by|mit|für|von|vom|avec|pour|con|per|para|met|voor|door|com|z|av|af)\s+(?:the|our|your|their|its|a|an|dem|der|den|die|unserem|unserer|unseren|einem|l['’]|les|nos|notre|il|i|gli|la|le|el|los|las|nuestro|nuestros|het|de|ons|onze|o|a|os|as|ett|en|et|vårt|vår|vores|vort|det)\s*(?:[\w-]+\s+)?$/i;
const WITH_TEAM_BEFORE =
  /\b(?:with|avec|con|mit|met|com|z|insieme|assieme)\s+(?:(?:l['’]|the|our|il|al|el|la|dem|het|o|a|nostro|notre|nuestro|unserem|ons)\s*)?(?:équipe|team|equipo|squadra|equipa|zespołem)\s+(?:(?:backend|back-end|frontend|front-end|mobile|web|data|platform|qa)\s+)?(?:(?:de|di|del|des|du|der|da|do)\s+)?$/i;
const TEAM_WORDS = new Set(['équipe', 'team', 'equipo', 'squadra', 'equipa', 'zespołem', 'Team']);
const OF_WORDS = new Set(['de', 'di', 'del', 'des', 'du', 'der', 'da', 'do']);
/** The side a team works on, between its noun and its language: "il team backend Java". */
const SIDE_WORDS = new Set([
  'backend',
  'back-end',
  'frontend',
  'front-end',
  'mobile',
  'web',
  'data',
  'platform',
  'qa',
]);
/** Last letters of TEAM_WORDS, OF_WORDS and SIDE_WORDS (all ASCII), one byte per code. */
const TAIL_CODES = new Uint8Array(128);
for (const w of [...TEAM_WORDS, ...OF_WORDS, ...SIDE_WORDS]) {
  const code = w.charCodeAt(w.length - 1);
  if (code >= 128) throw new Error(`role-phrases: a word ending outside ASCII: ${w}`);
  TAIL_CODES[code] = 1;
}
/** The words that may stand between a team noun and the name: "de" first, then the side ("team backend de"). */
const SKIPPED: ReadonlyArray<ReadonlySet<string>> = [OF_WORDS, SIDE_WORDS];

/** Does `b` end with a team noun, possibly followed by "de / di / der..." (WITH_TEAM_BEFORE's tail)? */
function teamNounBefore(b: string): boolean {
  // The last character of each word that may end the phrase, before its space: most phrases stop here.
  const tail = b.charCodeAt(b.length - 2);
  if (b.charCodeAt(b.length - 1) !== 32 || !(tail < 128 && TAIL_CODES[tail] === 1)) return false;
  let end = b.length;
  while (end > 0 && b.charCodeAt(end - 1) === 32) end--;
  let start = b.lastIndexOf(' ', end - 1) + 1;
  let word = b.slice(start, end);
  for (let k = 0; k < SKIPPED.length; k++) {
    if (!(SKIPPED[k] as ReadonlySet<string>).has(word.toLowerCase())) continue;
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

/** "in a Scrum team", "in an agile Scrum team", "work in Kanban teams": the kind of team the job is in. */
const KIND_OF_TEAM_BEFORE = /\b(?:a|an|agile|in)\s+$/i;
/** The same before a hyphenated team: "im Scrum-Team", "in einem agilen Scrum-Team", "in een Scrum-team". */
const KIND_OF_HYPHEN_TEAM_BEFORE =
  /\b(?:a|an|agile|agilen?|in|im|einem|een|ett|et|un|une|uno|una|um|uma|nel|nello|en)\s+$/i;

/**
 * The subject of a relative clause, the employer's people: "specs that our ABAP developers
 * build", "Erweiterungen, die unsere ABAP-Entwickler umsetzen", "ce que nos développeurs Java codent".
 */
const RELATIVE_OURS_BEFORE =
  /\b(?:die|der|das|welche|which|that|que|qui|che|dat|wat)\s+(?:unsere|unser|unseren|our|nos|nuestros|nuestras|i\s+nostri|le\s+nostre|onze|os\s+nossos|as\s+nossas)\s+(?:[\w-]+\s+)?$/i;

/**
 * A practice names what a team does, not a tool it uses: the practices of the catalogue, and the
 * "-Ops" disciplines filed under other kinds (MLOps, LLMOps, DataOps, FinOps): "our MLOps team".
 */
function isPractice(c: Candidate): boolean {
  const e = c.terminal.entry;
  return e.kind === 'practice' || endsWithOps(e.name);
}

/** `/ops$/i` by hand: only O/o, P/p and S/s fold to o, p and s under a non-Unicode /i. */
export function endsWithOps(name: string): boolean {
  const n = name.length;
  return (
    n >= 3 &&
    (name.charCodeAt(n - 3) | 32) === 111 &&
    (name.charCodeAt(n - 2) | 32) === 112 &&
    (name.charCodeAt(n - 1) | 32) === 115
  );
}

/** Is the team or role phrase `phrase` before which `c` stands somebody else's? */
function others(text: string, c: Candidate, phrase: string): boolean {
  if (!TEAM_NOUN.test(phrase) && !PLURAL_ROLE.test(phrase)) return false;
  const b = before(text, c.start, 40);
  return WITH_BEFORE.test(b) || RELATIVE_OURS_BEFORE.test(b);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** What TEAMS_AFTER needs first, read by hand: after the spaces at `pos`, "and" or "&" as written. */
function joinsAfter(text: string, pos: number): boolean {
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0) k++;
  return k > pos && (text.charCodeAt(k) === 38 || text.startsWith('and', k));
}

/**
 * What LIST_ROLE_AFTER needs first, read by hand: after any spaces at `pos`, a comma, a slash, or
 * the first letter of one of its joining words (or, and, o, y, oder, ou) in either case.
 */
function mayListRoleAfter(text: string, pos: number): boolean {
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0) k++;
  const ch = text.charCodeAt(k);
  const lower = ch | 32;
  return ch === 44 || ch === 47 || lower === 111 || lower === 97 || lower === 121;
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
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
  const roleNear = roleNouns.within(c.end, c.end + 80);
  if (spaced && roleNear) {
    const role = sticky(ROLE_AFTER, text, c.end);
    if (
      role &&
      (role[1] !== undefined ||
        isUpper((role[2] as string).charCodeAt(0)) ||
        // "our Azure Delivery practice", "their growing ERP practice": a firm's unit, in lower case too.
        (role[2] === 'practice' && UNIT_OWNER_BEFORE.test(before(text, c.start, 40))))
    ) {
      // A practice's team, department or Scrum Master is somebody else's ("our DevOps team"),
      // unless it is the kind of team the job works in ("in an agile Scrum team"); a tool's team
      // ("our PyTorch team") still tells the tool the job uses.
      const practice = isPractice(c);
      return {
        end: c.end + role[0].length,
        held:
          (practice && TEAM_NOUN.test(role[0]) && !KIND_OF_TEAM_BEFORE.test(before(text, c.start, 24))) ||
          others(text, c, role[0]),
      };
    }
    const teams = joinsAfter(text, c.end) ? sticky(TEAMS_AFTER, text, c.end) : null;
    if (teams) return { end: c.end + teams[0].length, held: false };
  }
  if (next === 45 && roleNear) {
    const role = sticky(HYPHEN_ROLE_AFTER, text, c.end);
    if (role) {
      // As with a space: a practice's team ("in een van onze DevOps-teams") is held, unless it is
      // the kind of team the job works in ("im Scrum-Team", "in een Scrum-team").
      const practice = isPractice(c);
      const held =
        (practice && /team/i.test(role[0]) && !KIND_OF_HYPHEN_TEAM_BEFORE.test(before(text, c.start, 24))) ||
        others(text, c, role[0]);
      return { end: c.end + role[0].length, held };
    }
  }
  if (roleNear && (spaced || next === 44 || next === 47) && mayListRoleAfter(text, c.end)) {
    const list = sticky(LIST_ROLE_AFTER, text, c.end);
    if (list && LIST_ROLE_BEFORE.test(before(text, c.start, 60)))
      return { end: c.end + list[0].length, held: true };
  }
  const roleOf = roleNouns.within(c.start - 60, c.start);
  if (!concept && !roleOf) return null;
  const b = before(text, c.start, 60);
  // "a Senior Engineer in Personalization": a capitalised field right after a role noun.
  if (concept && roleBefore(b)) return { end: c.end, held: false };
  // "sits inside Platform Engineering", "part of Data Science", "reports into Machine Learning":
  // a capitalised field where a unit of the company is named.
  if (concept && UNIT_BEFORE.test(b)) return { end: c.end, held: false };
  // "do zespołu Product Analytics", "l'équipe Personalization": a team noun of the posting
  // languages before the capitalised name of the team.
  if (concept && TEAM_BEFORE.test(b)) return { end: c.end, held: false };
  // "quatre pôles : Data Engineering, Data Science": a list of the teams' names.
  if (concept && (b.includes(':') || b.includes('(')) && TEAM_LIST_BEFORE.test(b))
    return { end: c.end, held: false };
  // "avec l'équipe iOS", "con il team DevOps": any skill naming a team the job works with.
  if (roleOf && teamNounBefore(b) && WITH_TEAM_BEFORE.test(b)) return { end: c.end, held: true };
  if (roleOf && ROLE_OF_BEFORE.test(b)) return { end: c.end, held: true };
  return null;
}
