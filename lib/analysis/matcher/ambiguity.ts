import type { SectionSpan } from '../sections/headers';
import { isRegExpSpace } from './chars';
import {
  after,
  before,
  beforeFrom,
  isTitleCaseLine,
  sentenceAround,
  sentenceEnd,
  sentenceStart,
} from './context';
import type { AmbiguityRule } from './rules';
import type { Candidate } from './scan';

/**
 * Which candidates that are also ordinary words or names (Go, R, C, Spark, Excel, Julia, Ray...)
 * are really skills. The aim is zero false highlights on real prose, at the price of missing a
 * skill written in a sentence that gives no clue. Per-word rules live in ./rules.ts.
 *
 * Order of decisions for a candidate with a rule:
 * 0. Tag line: on a line of skill names ("Technologies: java spring go jenkins r", ./tag-lines.ts)
 *    it is the skill, whatever its case (a word steps 1-4 would reject is then accepted), unless
 *    its rule says its form and vetoes decide (rule.strict: "Solid Linux skills" is never SOLID,
 *    the "js" of "Web3.js" never JavaScript).
 * 1. Veto: a neighbour that makes it the ordinary word (go-to, R&D, Series C, X-ray, excel at,
 *    rust belt, Spring 2026, Shell plc, flask of, Building S3...) rejects it, whatever else holds.
 * 2. Case: the written form must be one of the rule's forms ("Go", "R", "C" only as written) or
 *    capitalised; lower case survives only in a confirmed list (rule.lowercaseInList).
 * 3. Person: for first names and surnames (Julia, Ray, Swift), a capitalised neighbour that is not
 *    a skill ("Julia Roberts", "Taylor Swift") or "will / said / who" after it rejects it.
 *    Any capitalised word in mid-sentence right before it reads as a first name or a company
 *    ("report to Sam Looker", "at Acme Spark"), unless that word is itself a skill.
 * 4. Evidence, any of: a confirming neighbour ("in Go", "Spark SQL", "NVIDIA Triton"); the word
 *    alone making up a whole bullet of a list ("- R"); the word alone in brackets after a
 *    lower-case word or another skill ("testes unitários (Jest)", "in Gherkin (Cucumber)"); the
 *    word hyphenated to a word for software ("React-Komponenten", "Airflow-DAGs"); a version
 *    closing the item ("Swift 5.9", "Angular 17+"); for
 *    'sentence' and 'capital' rules, a plain (unambiguous) skill in the same sentence; for
 *    'capital' rules, a capital letter in mid-sentence on a line that is not in Title Case; for
 *    'sentence' and 'capital' rules, standing in a requirements or preferred section (whose
 *    bullets list skills: "- Kafka is a plus") on a line that is not in Title Case; for
 *    languages (rule.leadsBullet), opening a bullet of such a section with a skill-item tail
 *    ("- Swift, for the iOS SDK", "- R or Stan"); for Ray, a compute phrase before it and a
 *    plain skill in the sentence ("hyperparameter search with Ray", rule.contextBefore).
 * 5. Lists: candidates joined only by commas, slashes, "and", "or", brackets or bullet breaks
 *    form a list. A list holding a plain or confirmed skill confirms every member that passed
 *    1-3 ("Go, Rust or C++", "R or Python", "spark, kafka"). A list made only of ambiguous
 *    words counts when it has three or more members that passed 1-3 ("spark, kafka and
 *    airflow"), or two joined by a slash ("Scala/Java"), or two and the sentence talks about languages, frameworks or tools
 *    ("languages such as Go or Rust").
 * 5b. Company: for 'sentence' and 'capital' rules, a skill accepted by the steps above in the
 *    same sentence counts as a plain one ("stockage en Parquet sur S3", S3 confirmed by "sur").
 *
 * 6. Sentence of three: three or more different skills still pending in one sentence, each
 *    written as its rule wants, confirm each other ("des scénarios BDD en Gherkin avec Cucumber").
 *
 * After these rules, ./names.ts drops concept skills that are part of a role, team or company
 * name ("a Machine Learning Engineer", "Acme Robotics").
 */

import { confirmList, isListGap } from './lists';
import { onTagLine } from './tag-lines';
import { ACCEPT, PENDING, REJECT } from './verdicts';

const PERSON_AFTER =
  /^\s+(?:will|said|says|who|joined|joins|leads|led|told|wrote|her|his|herself|himself)\b/i;
const CAPITALISED_NEXT = /^\s+([A-Z][a-z]+)/;
/**
 * A lower-case word after an adjective-like name ("Elastic working hours"), other than a word
 * joining the items of a list in the posting languages ("Datadog, Elastic o similares").
 */
const LOWER_WORD_NEXT =
  /^\s+(?!(?:and|or|und|oder|bzw|et|ou|y|o|e|og|eller|ja|tai|lub|oraz|i|ve|veya|és|vagy|nebo|of)\b)[a-z]/;

function isPlain(c: Candidate): boolean {
  return c.terminal.rule === undefined;
}

/**
 * Is there a candidate without a rule in [a, b), other than `self`, which starts in it?
 * Candidates are sorted by start: the first in range is found by stepping back from `self`
 * over the few candidates of its sentence, not by a search of the whole page's.
 */
function plainSkillIn(cands: readonly Candidate[], a: number, b: number, self: number): boolean {
  let lo = self;
  while (lo > 0 && (cands[lo - 1] as Candidate).start >= a) lo--;
  for (let i = lo; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    if (c.start >= b) break;
    if (i !== self && isPlain(c)) return true;
  }
  return false;
}

/**
 * The sentence last looked at ([a, b): sentenceAround of the position it was read for), kept
 * while the candidates asking, which come in text order, stand in it. Its ends cost a step of
 * the sentence index's cursor (./context.ts).
 */
class Sentence {
  a = -1;
  b = -1;

  /** Makes this the sentence of `pos` unless `pos` stands in it already. */
  at(text: string, pos: number): void {
    if (pos >= this.a && pos < this.b) return;
    this.a = sentenceStart(text, pos);
    this.b = sentenceEnd(text, pos);
  }
}

/** Is there a candidate without a rule, other than candidate i, in i's sentence [a, b)? */
function plainInSentence(cands: readonly Candidate[], i: number, a: number, b: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = cands[k] as Candidate;
    if (c.start < a) break;
    if (isPlain(c)) return true;
  }
  for (let k = i + 1; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    if (c.start >= b) break;
    if (isPlain(c)) return true;
  }
  return false;
}

/** /(\S)\s*$/ on before(text, start, 8), read back by hand, its character tested for a letter, digit or , ) ( / & " ' ’. */
function isMidSentence(text: string, start: number): boolean {
  const from = beforeFrom(text, start, 8);
  let k = start - 1;
  while (k >= from && isRegExpSpace(text.charCodeAt(k))) k--;
  if (k < from) return false;
  const ch = text.charCodeAt(k);
  // The pattern reads one UTF-16 unit there (no u flag on the first): a lone half of a pair is no letter.
  if (ch >= 128) return MID_SENTENCE_CHAR.test(text.charAt(k));
  return (
    (ch >= 97 && ch <= 122) ||
    (ch >= 65 && ch <= 90) ||
    (ch >= 48 && ch <= 57) ||
    ch === 44 ||
    ch === 41 ||
    ch === 40 ||
    ch === 47 ||
    ch === 38 ||
    ch === 34 ||
    ch === 39
  );
}
const MID_SENTENCE_CHAR = /[\p{L}\p{N},)(/&"'’]/u;

/**
 * The candidate is the whole of its line or bullet ("- R", "• Go"): an item of a skills list.
 * `b` and `a`: before(text, c.start) and after(text, c.end).
 */
function isWholeBullet(b: string, a: string): boolean {
  // The bullet ends what stands before, but for white space: most candidates follow a word.
  let k = b.length - 1;
  while (k >= 0 && isRegExpSpace(b.charCodeAt(k))) k--;
  if (k < 0 || !BULLET_END.includes(b.charAt(k))) return false;
  return /^\s*(?:[-*•·▪◦‣–—+►▸⁃○●■□✓✔➤→]|\d{1,2}[.)])\s*$/.test(b) && /^\s*[.;,]?\s*$/.test(a);
}

/**
 * A name alone in brackets after a lower-case word or after another skill names the tool of what
 * stands before: "testes unitários (Jest)", "a feature store (Feast)", "in Gherkin (Cucumber)".
 * Never after a capitalised word ("Backend Engineer (Go)", "Lyon (Confluence)": a title or a place).
 */
function aloneInBrackets(
  text: string,
  c: Candidate,
  prev: Candidate | undefined,
  b: string,
  a: string,
): boolean {
  if (!CLOSE_NEXT.test(a)) return false;
  if (prev !== undefined && c.start - prev.end <= 4 && OPEN_GAP.test(text.slice(prev.end, c.start)))
    return true;
  return LOWER_WORD_OPEN.test(b);
}
const CLOSE_NEXT = /^\s*\)/;
const OPEN_GAP = /^\s*\(\s*$/;
const LOWER_WORD_OPEN = /(?:^|[\s/])\p{Ll}[\p{L}'’-]*\s*\(\s*$/u;

/**
 * A name joined by a hyphen to a word for software built or run with it, as German and Dutch
 * compound them: "React-Komponenten", "Jenkins-Pipelines", "Airflow-DAGs", "Kafka-clusters",
 * "Swift-Entwicklung". Never a person's role ("Chef-Entwickler": no heads naming people).
 */
const TECH_COMPOUND = new RegExp(
  `^-(?:${[
    'komponent\\w*',
    'component\\w*',
    'anwendung\\w*',
    'applikation\\w*',
    'applicati\\w*',
    'pipelines?',
    'dags?',
    'jobs?',
    'cluster\\w*',
    'modul\\w*',
    'projekte?n?',
    'kenntniss\\w*',
    'kennis',
    'erfahrung\\w*',
    'ervaring',
    'entwicklung\\w*',
    'ontwikkeling',
    'umgebung\\w*',
    'omgeving\\w*',
    'services?',
    'microservices?',
    'dienste?n?',
    'frontends?',
    'backends?',
    'skripte?n?',
    'scripts?',
    'bibliothek\\w*',
    'bibliothe[ek]en',
    'frameworks?',
    'plug-?ins?',
    'datenbank\\w*',
    'databases?',
    'abfrage\\w*',
    'queries',
    'dashboards?',
    'berichte?n?',
    'rapport\\w*',
    'server\\w*',
    'instanz\\w*',
    'container\\w*',
    'images?',
    'charts?',
    'playbooks?',
    'templates?',
    'workflows?',
    'infrastruktur\\w*',
    'plattform\\w*',
    'platform\\w*',
    'deployments?',
    'konfiguration\\w*',
    'architektur\\w*',
    'schnittstelle\\w*',
    'apis?',
    'sdks?',
    'apps?',
    'integration\\w*',
    'migration\\w*',
    'betrieb\\w*',
    'tooling',
    'repositor\\w*',
    'tabellen',
    'makros?',
    'code(?:basis|base)?',
    'stack',
    'tests?',
  ].join('|')})\\b`,
  'i',
);

/**
 * The English form of TECH_COMPOUND: a capitalised name before a word for what is built or run
 * with it, "Playwright tests", "Jenkins pipelines", "Airflow DAGs", "Kafka clusters". Not "jobs"
 * ("Spring jobs" are seasonal) nor "models" (people and kits).
 */
const TECH_NOUN_AFTER =
  /^ (?:tests|test suites?|specs|pipelines?|DAGs?|clusters?|dashboards?|queries|components|playbooks|helm charts|scripts|plugins?|workflows|notebooks|codebases?|microservices|SDKs?|APIs)\b/i;

/**
 * A version number after the name, closing the item: "Swift 5.9", "Angular 17+", "Spark 3.x",
 * "Unity 2022 LTS", "React 18 or later". Never a count going on ("Go 2 days a week").
 */
const VERSION_AFTER =
  /^ v?\d{1,4}(?:\.(?:\d{1,3}|x))*\+?(?: LTS)?(?=\s*$|\s*[,;:)/+(]|\.(?:\s|$)| (?:or|and|und|oder|et|ou|y|o|e|of|en|i|lub)\b)/i;

const DOTTED_VERSION = /^ v?\d+(?:[.+]| LTS\b)/;

/** The last character of each bullet isWholeBullet reads. */
const BULLET_END = '-*•·▪◦‣–—+►▸⁃○●■□✓✔➤→.)';

const BULLET_START = /^\s*(?:(?:[-*•·▪◦‣–—+]|\d{1,2}[.)])\s*)?$/;
/**
 * What follows a language name that opens a skills bullet: ", for the iOS SDK", ", ideally 4.x",
 * " for numerical work", " experience", " or Stan" (one more name closing the item), or a bracketed
 * remark on the ask (" (we'll teach you)", " (a plus)", " (nice to have)"). Never a lower-case noun
 * ("Swift onboarding") or a name going on ("Swift Taylor").
 */
const BULLET_LEAD_AFTER =
  /^(?:\s*\((?:we(?:'ll|’ll| will| can)? (?:happily |gladly |can )?(?:teach|train)|(?:a |big )?plus|bonus|nice[- ]to[- ]have|preferred|optional|ideally|or willing)\b|\s*,\s*(?:for|ideally|preferably|including|especially|e\.g\.|i\.e\.|plus|with|mainly|mostly|primarily|\d)\b|\s+(?:for|experience|skills|knowledge|proficiency)\b|\s*(?:\/|\s(?:or|and)\s+)[A-Z][A-Za-z0-9+#.]*[a-z+#][A-Za-z0-9+#]*\s*(?:[,;(]|\.?\s*$))/;

/**
 * A bullet of a language name after a word of degree, and nothing else: "* Some Go", "- Basic R",
 * "• Etwas Go", "- Un peu de Rust". `b` must reach back to the line's start.
 */
const QUANTIFIED_BULLET_START =
  /^\s*(?:[-*•·▪◦‣–—+►▸⁃○●■□✓✔➤→]|\d{1,2}[.)])\s*(?:some|basic|a bit of|a little|light|etwas|ein wenig|un peu de|algo de|un po['’] di|um pouco de|een beetje|wat|trochę|lite|(?:some|basic) (?:knowledge of|exposure to|experience (?:with|in)))\s+$/i;

/** "- Swift, for the iOS SDK" or "* Some Go" in a requirements or preferred section: step 4 of the header. */
function leadsSkillBullet(text: string, c: Candidate, b: string, a: string): boolean {
  if (QUANTIFIED_BULLET_START.test(b)) return /^\s*[.;!]?\s*$/.test(a);
  return BULLET_START.test(b) && BULLET_LEAD_AFTER.test(a) && !isTitleCaseLine(text, c.start);
}

/**
 * A capitalised word right before, itself in mid-sentence: "report to Sam Looker". `b` is the
 * text before the candidate; read backwards by hand, as this runs for most ambiguous candidates.
 */
function nameBefore(b: string): boolean {
  let i = b.length - 1;
  if (i < 0 || b.charCodeAt(i) !== 32) return false;
  while (i >= 0 && b.charCodeAt(i) === 32) i--;
  const end = i;
  while (i >= 0 && b.charCodeAt(i) >= 97 && b.charCodeAt(i) <= 122) i--;
  if (i === end || i < 0) return false;
  const cap = b.charCodeAt(i);
  if (cap < 65 || cap > 90) return false;
  i--;
  if (i < 0 || b.charCodeAt(i) !== 32) return false;
  while (i >= 0 && b.charCodeAt(i) === 32) i--;
  if (i < 0) return false;
  const c = b.charCodeAt(i);
  if (c === 44 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  // A letter beyond ASCII ("für Sam Looker"), not a bullet or dash ("• Strong Excel / Sheets").
  return c >= 0xc0 && LETTER.test(b.charAt(i));
}

const LETTER = /\p{L}/u;

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Is the candidate written exactly as one of `forms`? (No string is built.) */
function writtenAs(text: string, c: Candidate, forms: readonly string[]): boolean {
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i] as string;
    if (f.length === c.end - c.start && text.startsWith(f, c.start)) return true;
  }
  return false;
}

function onlySpaces(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== 32 && ch !== 9 && ch !== 0xa0) return false;
  }
  return true;
}

/** vetoBefore holds, unless the rule lets its confirming word after the name overrule it ("Aura component"). */
function vetoedBefore(rule: AmbiguityRule, b: string, a: string): boolean {
  if (!rule.vetoBefore?.test(b)) return false;
  return !(rule.afterBeatsVeto === true && rule.confirmAfter?.test(a) === true);
}

function isConfirmed(rule: AmbiguityRule, b: string, a: string): boolean {
  return (rule.confirmBefore?.test(b) || rule.confirmAfter?.test(a)) ?? false;
}

/** First decision for one candidate: REJECT, ACCEPT, or PENDING (a list may still confirm it). */
function judge(
  text: string,
  cands: readonly Candidate[],
  i: number,
  rule: AmbiguityRule,
  inSkillsSection: boolean,
  sentence: Sentence,
): number {
  const c = cands[i] as Candidate;
  // Case first: it rejects most ordinary uses ("go", "spark") without reading any context.
  let lowercase = false;
  if (rule.forms) {
    if (!writtenAs(text, c, rule.forms)) return REJECT;
  } else if (isLowerAscii(text.charCodeAt(c.start)) && !isLowerAscii(c.terminal.entry.name.charCodeAt(0))) {
    if (!rule.lowercaseInList) return REJECT;
    lowercase = true;
  }
  const b = before(text, c.start);
  const a = after(text, c.end);
  if (vetoedBefore(rule, b, a) || rule.vetoAfter?.test(a)) return REJECT;
  if (rule.adjective && LOWER_WORD_NEXT.test(a)) return REJECT;
  // Confirming neighbours are tested last, only when cheaper evidence has not decided.
  if (rule.person && !isConfirmed(rule, b, a)) {
    if (PERSON_AFTER.test(a)) return REJECT;
    const next = CAPITALISED_NEXT.exec(a);
    if (next && cands[i + 1]?.start !== c.end + next[0].length - (next[1] as string).length) return REJECT;
    const prev = cands[i - 1];
    // Only in mid-sentence: the verb opening a bullet ("- Build iOS and Android apps") is no name.
    if (nameBefore(b) && !(prev && /^\s+$/.test(text.slice(prev.end, c.start)))) return REJECT;
  }
  if (lowercase) return PENDING;
  const prev = cands[i - 1];
  const prevTouches = prev !== undefined && onlySpaces(text, prev.end, c.start);
  if (!prevTouches && nameBefore(b)) return isConfirmed(rule, b, a) ? ACCEPT : REJECT;
  if (isWholeBullet(b, a)) return ACCEPT;
  if (a.charCodeAt(0) === 45 && TECH_COMPOUND.test(a)) return ACCEPT;
  if (a.charCodeAt(0) === 32 && TECH_NOUN_AFTER.test(a)) return ACCEPT;
  // A first name may be followed by a bare number (an age, a room): only "Julia 1.10" or "Swift 5+" then.
  if (a.charCodeAt(0) === 32 && VERSION_AFTER.test(a) && (!rule.person || DOTTED_VERSION.test(a)))
    return ACCEPT;
  if (aloneInBrackets(text, c, cands[i - 1], b, a)) return ACCEPT;
  if (rule.leadsBullet && inSkillsSection && leadsSkillBullet(text, c, b, a)) return ACCEPT;
  if (rule.contextBefore?.test(before(text, c.start, 48)) && rule.contextAfter?.test(a)) {
    const [sa, sb] = sentenceAround(text, c.start);
    if (plainSkillIn(cands, sa, sb, i)) return ACCEPT;
  }
  if (rule.evidence !== 'list') {
    // The sentence last looked at: candidates come in text order, and often several per sentence.
    sentence.at(text, c.start);
    if (plainInSentence(cands, i, sentence.a, sentence.b)) return ACCEPT;
    // Whether the line is in Title Case is read once, and only when it can decide.
    const capital = rule.evidence === 'capital' && isMidSentence(text, c.start);
    if ((capital || inSkillsSection) && !isTitleCaseLine(text, c.start)) return ACCEPT;
  }
  return isConfirmed(rule, b, a) ? ACCEPT : PENDING;
}

/**
 * Step 5b: for 'sentence' and 'capital' rules, a skill accepted after its own evidence (an
 * ambiguous one confirmed by a neighbour, a list or its case) is as good company as a plain one:
 * "stockage en Parquet sur S3", where S3 is confirmed by "sur". Only names written as their
 * rule wants (not lower case), and only pending ones: a veto has already rejected the rest.
 */
function confirmBySentence(text: string, cands: readonly Candidate[], state: Int8Array): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    if (state[i] !== PENDING || c.terminal.rule?.evidence === 'list' || !writtenCased(text, c)) continue;
    const [sa, sb] = sentenceAround(text, c.start);
    for (let k = i - 1; k >= 0 && (cands[k] as Candidate).start >= sa; k--) {
      if (state[k] === ACCEPT) state[i] = ACCEPT;
    }
    for (let k = i + 1; state[i] === PENDING && k < cands.length && (cands[k] as Candidate).start < sb; k++) {
      if (state[k] === ACCEPT) state[i] = ACCEPT;
    }
  }
}

/**
 * Step 6: three or more different skills still pending in one sentence, each written as its rule
 * wants (not lower case), confirm each other: "des scénarios BDD en Gherkin avec Cucumber".
 * Prose gives the ordinary words no such company.
 */
function confirmSentenceOfThree(text: string, cands: readonly Candidate[], state: Int8Array): void {
  let i = 0;
  while (i < cands.length) {
    if (state[i] !== PENDING || !writtenCased(text, cands[i] as Candidate)) {
      i++;
      continue;
    }
    const end = sentenceEnd(text, (cands[i] as Candidate).start);
    const group: number[] = [];
    const skills = new Set<string>();
    let k = i;
    for (; k < cands.length && (cands[k] as Candidate).start < end; k++) {
      const c = cands[k] as Candidate;
      if (state[k] === PENDING && writtenCased(text, c)) {
        group.push(k);
        skills.add(c.terminal.entry.id);
      }
    }
    if (skills.size >= 3) for (const g of group) state[g] = ACCEPT;
    i = Math.max(k, i + 1);
  }
}

/** Not a lower-case form of a name the catalogue capitalises. */
function writtenCased(text: string, c: Candidate): boolean {
  return !(isLowerAscii(text.charCodeAt(c.start)) && !isLowerAscii(c.terminal.entry.name.charCodeAt(0)));
}

/**
 * Keeps the candidates that are skills, in order. With `inPlace`, the caller gives `cands` up:
 * the kept ones are moved to its front and it is cut to them, instead of a new array (see
 * `accepted`).
 */
export function resolveAmbiguity(
  text: string,
  cands: Candidate[],
  spans?: readonly SectionSpan[],
  inPlace = false,
): Candidate[] {
  if (cands.every(isPlain)) return cands;
  const state = new Int8Array(cands.length);
  const tagLines = new Map<number, boolean>();
  const sentence = new Sentence();
  let span = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    const rule = c.terminal.rule;
    if (!rule) {
      state[i] = ACCEPT;
      continue;
    }
    while (spans && span + 1 < spans.length && (spans[span] as SectionSpan).end <= c.start) span++;
    const kind = spans?.[span]?.kind;
    state[i] = judge(text, cands, i, rule, kind === 'requirements' || kind === 'preferred', sentence);
    if (state[i] === ACCEPT) continue;
    const strictNo =
      rule.strict === true &&
      ((rule.forms !== undefined && !writtenAs(text, c, rule.forms)) ||
        vetoedBefore(rule, before(text, c.start), after(text, c.end)));
    if (!strictNo && onTagLine(text, cands, i, tagLines)) state[i] = ACCEPT;
  }
  // Lists matter only for candidates still pending: grow each one's list both ways.
  let i = 0;
  while (i < cands.length) {
    if (state[i] !== PENDING) {
      i++;
      continue;
    }
    let g = i;
    while (g > 0 && isListGap(text, cands[g - 1] as Candidate, cands[g] as Candidate)) g--;
    let e = i;
    while (e + 1 < cands.length && isListGap(text, cands[e] as Candidate, cands[e + 1] as Candidate)) e++;
    if (e > g) confirmList(text, cands, state, g, e);
    i = e + 1;
  }
  confirmBySentence(text, cands, state);
  confirmSentenceOfThree(text, cands, state);
  return accepted(cands, state, inPlace);
}

/**
 * The accepted candidates, in order. In place, they are moved to the front of `cands` (each to an
 * index at or before its own, read before it is written over), which is then cut: a page's list
 * is larger than the young heap's objects, and every new one costs a large allocation. Else in
 * an array made at its final size: growing one by pushes allocates and copies it several times.
 */
function accepted(cands: Candidate[], state: Int8Array, inPlace: boolean): Candidate[] {
  let count = 0;
  if (!inPlace) for (let k = 0; k < state.length; k++) if (state[k] === ACCEPT) count++;
  const kept: Candidate[] = inPlace ? cands : new Array(count);
  let j = 0;
  for (let k = 0; k < cands.length; k++) if (state[k] === ACCEPT) kept[j++] = cands[k] as Candidate;
  kept.length = j;
  return kept;
}
