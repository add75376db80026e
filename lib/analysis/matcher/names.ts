import { isTitleCaseLine } from './context';
import { EntryMarks } from './entry-marks';
import type { Hints } from './hints';
import { rolePhrase } from './role-phrases';
import type { Candidate } from './scan';

/**
 * Skills written as part of a name rather than asked for. Runs after ./ambiguity.ts. Rule A
 * reads every candidate, rule B concepts only (Robotics, Machine learning, Data engineering...).
 *
 * Rule A — role or team name (./role-phrases.ts). A skill word before a role noun, in a team
 *   or department name, or in a list of roles names a job or a team: "a Machine Learning
 *   Engineer", "our Computer Vision team", "a Go developer", "Scrum Master", "as a DevOps, cloud
 *   or platform engineer". A concept there is dropped, and so is any skill in a role held
 *   ("3+ years as a DevOps or cloud engineer"); a tool, language or practice in the role
 *   offered ("Python Developer", "DevOps Engineer") only when the posting names it elsewhere
 *   too, so a skill that only the role names is still found. Role detection still gets these phrases (see
 *   index.ts): they name the role.
 *
 * Rule B — company or product name. A Capitalised concept ("Robotics", not "ROBOTICS" or an
 *   acronym) is the tail of a proper name when
 *   1. a corporate suffix follows: Inc, Ltd, GmbH, LLC, Corp, Corporation, Labs, AG, SA, plc,
 *      Limited ("Robotics Labs", "Acme Robotics Inc.");
 *   2. or a capitalised word that is not a skill, not a function word and not a common
 *      requirement adjective (Strong, Applied, Modern...: NAME_STOP) stands right before it in
 *      mid-sentence, on a line that is not in Title Case ("at Globex Analytics",
 *      "About us: Acme Robotics"). Lists ("Python and Robotics"), prepositions ("Experience in
 *      Robotics"), "Robotics experience" and "• Robotics" bullets have no such word. A
 *      requirement noun right after ("Robotics experience / background / skills") keeps it;
 *   3. or the same pair is written elsewhere in the text in a position that satisfies 1 or 2:
 *      "Acme Robotics builds..." at the start of a sentence, where a capital says nothing, is
 *      a name because "About us: Acme Robotics" is one;
 *   4. or it lies inside an occurrence of the company's name (PostingInput.company, or a
 *      "Company:" / "Employer:" line heading the text) that is longer than the mention itself:
 *      a one-word company name that is also a skill ("Databricks") is left to the other rules.
 */

const SUFFIX_AFTER = /[ \u00a0]*,?[ \u00a0]+(?:Inc|Ltd|GmbH|LLC|Corp|Corporation|Labs|AG|SA|plc|Limited)\b/y;
const REQUIREMENT_AFTER =
  /[ \u00a0]+(?:experience|background|knowledge|skills?|expertise|fundamentals|concepts|techniques|methods|algorithms|models|systems|problems|projects|research|applications|coursework|courses|degree|work)\b/iy;

/** Words that, capitalised before a concept, do not make a name (lower-cased). */
const NAME_STOP = new Set(
  (
    'a an the and or nor of in on at to for with by from into via using including like as about across within ' +
    'our your their its my we you is are be plus also both either not no vs versus than if when while where ' +
    'experience experienced expertise knowledge background familiarity understanding proficiency skills ' +
    'strong solid proven deep good great excellent extensive basic advanced applied modern classical classic ' +
    'practical hands industrial production scalable robust real large small general fundamental fundamentals ' +
    'core traditional statistical probabilistic embodied mobile autonomous collaborative conversational ' +
    'generative bonus preferred required nice must senior junior staff principal lead head chief intro ' +
    'introduction research quantum'
  ).split(' '),
);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9;
}

const KEEP = 0;
const DROP = 1;
/** A name only if the same pair is confirmed elsewhere (rule B3). */
const MAYBE = 2;
/** While dropToolRoles runs: a tool named in a role. */
const TOOL_ROLE = 3;

/** Rule B 2 for candidate `k`: DROP, MAYBE or KEEP, and the "Word Concept" pair. */
function nameBefore(text: string, cands: readonly Candidate[], k: number): [number, string] {
  const c = cands[k] as Candidate;
  let i = c.start - 1;
  if (i < 0 || !isSpace(text.charCodeAt(i))) return [KEEP, ''];
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const wordEnd = i + 1;
  while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
  const wordStart = i + 1;
  if (wordEnd - wordStart < 2 || !isUpper(text.charCodeAt(wordStart))) return [KEEP, ''];
  // Two-letter acronyms (AI, ML, CV) before a concept are skills or qualifiers, not names.
  if (wordEnd - wordStart === 2 && isUpper(text.charCodeAt(wordStart + 1))) return [KEEP, ''];
  if (NAME_STOP.has(text.slice(wordStart, wordEnd).toLowerCase())) return [KEEP, ''];
  const prev = cands[k - 1];
  if (prev && prev.end >= wordStart) return [KEEP, ''];
  const pair = `${text.slice(wordStart, wordEnd)} ${text.slice(c.start, c.end)}`;
  // What stands before that word: a letter, digit, comma, colon ("About us: Acme Robotics"),
  // bracket or quote means mid-sentence.
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const b = i >= 0 ? text.charCodeAt(i) : 10;
  const mid =
    isLetter(b) ||
    (b >= 48 && b <= 57) ||
    b === 44 ||
    b === 58 ||
    b === 40 ||
    b === 38 ||
    b === 34 ||
    b === 39;
  if (!mid || isTitleCaseLine(text, c.start)) return [MAYBE, pair];
  return [DROP, pair];
}

/** [start, end) ranges where a company name longer than one skill is written. */
function companyRanges(text: string, companies: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const raw of companies) {
    const name = raw
      .replace(/[,.]?\s+(?:Inc|Ltd|GmbH|LLC|Corp|Corporation|AG|SA|plc|Limited)\.?\s*$/, '')
      .trim();
    if (name.length < 3) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      const bounded = !isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(end));
      if (bounded) out.push([at, end]);
    }
  }
  return out;
}

/** A concept dropped by rule A, and where its role noun ends ("Machine Learning Engineer"). */
export interface RoleNamed {
  candidate: Candidate;
  phraseEnd: number;
}

export interface NameSplit {
  /** Candidates that stay skills. */
  kept: Candidate[];
  /** Concepts dropped by rule A: they name the role, which role detection reads. */
  roleNamed: RoleNamed[];
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const OPEN_QUOTES = '"“„«‹';
const CLOSE_QUOTES = '"”“»›';
/** A unit's noun right before a quoted name ("the squad « Data Platform & ML »", "Im Team „Forecasting“"). */
const UNIT_BEFORE =
  /(?<![\p{L}])(?:team|squad|tribe|tribu|guild|chapter|pod|unit|équipe|equipo|equipa|squadra|zespół|zespole|zespołu|abteilung|bereich|afdeling|avdelning|avdeling|department|program|programme|project|projet|projekt|proyecto|progetto|produktteam|programa)\s*$/iu;
/** A unit's noun right after one ("the "Search Relevance" squad"). */
const UNIT_AFTER =
  /^\s*(?:team|squad|tribe|guild|chapter|pod|unit|department|program|programme|project|group)(?![\p{L}])/iu;

/**
 * The text's opening quotes, asked in text order whether one opens within 60 characters before a
 * position: most concepts have none near, and are then read no further. Each quote character is
 * found with indexOf, which outruns a regular expression's scan of the text.
 */
class QuoteCursor {
  private readonly at: number[] = [];
  private k = 0;

  constructor(text: string) {
    for (const q of OPEN_QUOTES)
      for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) this.at.push(i);
    this.at.sort((x, y) => x - y);
  }

  openedNear(pos: number): boolean {
    const at = this.at;
    let k = this.k;
    while (k < at.length && (at[k] as number) < pos) k++;
    this.k = k;
    return k > 0 && pos - (at[k - 1] as number) <= 60;
  }
}

/**
 * Is the concept inside a quoted name of a team, department or project ("Im Team "Forecasting &
 * Replenishment"", "la squad « Data Platform & Machine Learning »", "the "Search Relevance"
 * squad")? Read only within the candidate's stretch of line: the quotes stand at most 60
 * characters away, with no sentence end between.
 */
function inQuotedUnitName(text: string, c: Candidate): boolean {
  let open = -1;
  for (let i = c.start - 1; i >= Math.max(0, c.start - 60); i--) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '.' || ch === ';') return false;
    if (OPEN_QUOTES.includes(ch)) {
      open = i;
      break;
    }
    if (ch !== '"' && CLOSE_QUOTES.includes(ch)) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = c.end; i < Math.min(text.length, c.end + 60); i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || (OPEN_QUOTES.includes(ch) && ch !== '"' && ch !== '“')) return false;
    if (CLOSE_QUOTES.includes(ch)) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  return (
    UNIT_BEFORE.test(text.slice(Math.max(0, open - 20), open)) ||
    UNIT_AFTER.test(text.slice(close + 1, close + 14))
  );
}

/**
 * Splits off the names and roles. With `inPlace`, the caller gives `cands` up: the kept ones are
 * moved to its front and it is cut to them, instead of a new array (see keptOf).
 */
export function dropNames(
  text: string,
  cands: Candidate[],
  companies: readonly string[],
  roleNouns: Hints,
  inPlace = false,
): NameSplit {
  const roleNamed: RoleNamed[] = [];
  const verdict = new Uint8Array(cands.length);
  // Candidates whose pair rule B3 must confirm, and their pairs.
  const maybeAt: number[] = [];
  const maybePair: string[] = [];
  const named = new Set<string>();
  let dropped = 0;
  const ranges = companies.length ? companyRanges(text, companies) : [];
  // Tools named in a role ("a Go developer"): dropped only when the posting names them elsewhere.
  const toolRoles: number[] = [];
  /** Where quotes open, read once the first concept is met. */
  let quotes: QuoteCursor | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    const role = rolePhrase(text, c, roleNouns);
    if (role) {
      roleNamed.push({ candidate: c, phraseEnd: role.end });
      if (c.terminal.concept || role.held) {
        verdict[k] = DROP;
        dropped++;
      } else {
        toolRoles.push(k);
      }
      continue;
    }
    if (!c.terminal.concept) continue;
    quotes ??= new QuoteCursor(text);
    if (quotes.openedNear(c.start) && inQuotedUnitName(text, c)) {
      verdict[k] = DROP;
      dropped++;
      continue;
    }
    const next = text.charCodeAt(c.end);
    const spaced = next === 32 || next === 0xa0;
    if (ranges.length && ranges.some(([s, e]) => s <= c.start && c.end <= e && e - s > c.end - c.start)) {
      verdict[k] = DROP;
      dropped++;
      continue;
    }
    const c1 = text.charCodeAt(c.start + 1);
    if (!isUpper(text.charCodeAt(c.start)) || c1 < 97 || c1 > 122) continue;
    if ((spaced || next === 44) && at(SUFFIX_AFTER, text, c.end)) {
      verdict[k] = DROP;
      dropped++;
      const [, pair] = nameBefore(text, cands, k);
      if (pair) named.add(pair);
      continue;
    }
    if (spaced && at(REQUIREMENT_AFTER, text, c.end)) continue;
    const [v, pair] = nameBefore(text, cands, k);
    if (v === DROP) {
      verdict[k] = DROP;
      dropped++;
      named.add(pair);
    } else if (v === MAYBE) {
      maybeAt.push(k);
      maybePair.push(pair);
    }
  }
  for (let m = 0; m < maybeAt.length; m++) {
    if (!named.has(maybePair[m] as string)) continue;
    verdict[maybeAt[m] as number] = DROP;
    dropped++;
  }
  if (toolRoles.length > 0) dropped += dropToolRoles(cands, verdict, toolRoles);
  if (dropped === 0) return { kept: cands, roleNamed };
  return { kept: keptOf(cands, verdict, inPlace), roleNamed };
}

/**
 * The candidates not dropped, in order: an indexed loop, not a filter with a closure per call. In
 * place, they are moved to the front of `cands` (each to an index at or before its own, read
 * before it is written over), which is then cut: a page's list is larger than the young heap's
 * objects, and every new one costs a large allocation. Else in an array made at its final size:
 * growing one by pushes allocates and copies it several times.
 */
function keptOf(cands: Candidate[], verdict: Uint8Array, inPlace: boolean): Candidate[] {
  let count = 0;
  if (!inPlace) for (let k = 0; k < cands.length; k++) if (verdict[k] !== DROP) count++;
  const kept: Candidate[] = inPlace ? cands : new Array(count);
  let j = 0;
  for (let k = 0; k < cands.length; k++) if (verdict[k] !== DROP) kept[j++] = cands[k] as Candidate;
  kept.length = j;
  return kept;
}

/**
 * Drops the tools named in a role ("a Go developer") that the posting names elsewhere too;
 * returns how many. By entry index (./entry-marks.ts): this reads every candidate of the page.
 */
function dropToolRoles(
  cands: readonly Candidate[],
  verdict: Uint8Array,
  toolRoles: readonly number[],
): number {
  // Marked: a tool named in a role; value 1: also named elsewhere.
  const marks = TOOL_ROLES;
  let size = 0;
  for (let m = 0; m < toolRoles.length; m++) {
    const index = (cands[toolRoles[m] as number] as Candidate).terminal.index;
    if (index >= size) size = index + 1;
  }
  marks.begin(size);
  for (let m = 0; m < toolRoles.length; m++) {
    const k = toolRoles[m] as number;
    verdict[k] = TOOL_ROLE;
    marks.set((cands[k] as Candidate).terminal.index, 0);
  }
  for (let k = 0; k < cands.length; k++) {
    const index = (cands[k] as Candidate).terminal.index;
    if (verdict[k] === KEEP && index < size && marks.has(index)) marks.set(index, 1);
  }
  let dropped = 0;
  for (let m = 0; m < toolRoles.length; m++) {
    const k = toolRoles[m] as number;
    const elsewhere = marks.get((cands[k] as Candidate).terminal.index) === 1;
    verdict[k] = elsewhere ? DROP : KEEP;
    if (elsewhere) dropped++;
  }
  return dropped;
}
const TOOL_ROLES = new EntryMarks();
