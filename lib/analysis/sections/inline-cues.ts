import { CUE_CODE } from '../cues';
import { isRegExpSpace } from '../matcher/chars';
import { after, before } from '../matcher/context';
import type { Cue } from '../matcher/scan';

/**
 * Inline phrasing that makes one mention optional ("Kafka is a plus", "ideally Go", "bonus if",
 * "familiarity with Y is nice") or a must ("Python is required", "you will need SQL"). The
 * scanner found the cue words; here each is checked against its neighbours.
 */

export const OPTIONAL = CUE_CODE.optional;
export const MUST = CUE_CODE.must;

/** Per cue word: neighbours needed for it to be optional phrasing (absent: the word alone is). */
const OPTIONAL_CONTEXT: Record<string, (b: string, a: string) => boolean> = {
  plus: (b, a) =>
    /\b(?:a|big|huge|definite|strong|real|major|un|is|are|as|ein|een|um|uno|una)\s+$/i.test(b) ||
    /^\s*(?:[.!)]|$)/.test(a),
  nice: (b, a) =>
    /^[\s-]*to[\s-]+have/i.test(a) ||
    /\b(?:is|are|be|'d be)\s+(?:really\s+|very\s+)?$/i.test(b) ||
    // "Nice if you've done point clouds": opening its sentence.
    (/^\s+if\b/i.test(a) && /(?:^|[.!?:\n]\s*|^\s*[-*•]\s*)$/.test(b)),
  // "Kafka would be great"; "If you've also used Kafka, great."
  great: (b, a) =>
    /\b(?:would|'d|will|could)\s+be\s+(?:a\s+)?$/i.test(b) || (/,\s*$/.test(b) && /^\s*(?:[.!]|$)/.test(a)),
  welcome: (b) => /\b(?:is|are|be|also|very|most|more than)\s+$/i.test(b),
  welcomed: () => true,
  // "LookML knowledge helps", "Kafka helps, but...", "experience with Go is helpful"; not "helps
  // us ship" nor "helpful colleagues".
  helps: (b, a) =>
    /\b(?:knowledge|experience|familiarity|exposure|background|understanding)(?:\s+(?:of|with|in)\s+[\w.#+/-]+(?:\s+[\w.#+/-]+)?)?\s+$/i.test(
      b,
    ) || /^\s*(?:but\b|[,.;)!]|$)/i.test(a),
  helpful: (b) => /\b(?:is|are|be|also|very|really|especially)\s+$/i.test(b),
  advantage: (b) => /\b(?:an?|big|added|distinct|definite|real|clear|great|huge|major|strong)\s+$/i.test(b),
  // English predicates of a plus: "Kafka would be good", "good to have", "would be useful", "is
  // an asset" (not "an asset manager"), "is appreciated", "highly valued" (not "our valued
  // customers"), "even better", "a nice extra" (not "an extra 10 days"), "extra points for",
  // "counts in your favour", "a real differentiator", "we'd love it if you knew".
  good: (b, a) => WOULD_BE.test(b) || /^[\s-]*to[\s-]+have\b/i.test(a),
  useful: (b) => WOULD_BE.test(b) || IS_BE.test(b),
  handy: (b) => WOULD_BE.test(b) || IS_BE.test(b),
  asset: (b, a) =>
    /\b(?:an|considered an?|big|definite|real|great|valuable|added|strong|huge)\s+$/i.test(b) &&
    /^\s*(?:[.,;!)]|$|(?:to|for|but|and|if|here|in)\b)/i.test(a),
  appreciated: (b) => /\b(?:is|are|be|also|very|highly|much|greatly|especially|definitely)\s+$/i.test(b),
  valued: (b) => /\b(?:is|are|be|also|highly|very|much|greatly|especially|definitely)\s+$/i.test(b),
  better: (b) => /\beven\s+$/i.test(b),
  extra: (b, a) => /\b(?:an?|nice|welcome|great|useful)\s+$/i.test(b) && /^\s*(?:[.,;!)]|$)/.test(a),
  points: (b) => /\b(?:extra|brownie)\s+$/i.test(b),
  favour: (b) => /\bin\s+(?:your|their|his|her|a candidate's)\s+$/i.test(b),
  favor: (b) => /\bin\s+(?:your|their|his|her|a candidate's)\s+$/i.test(b),
  differentiator: (b) => /\b(?:an?|big|real|key|strong|great)\s+$/i.test(b),
  love: (b) => /(?:\bwe(?:'d|’d| would)|\bwould)\s+(?:really\s+|also\s+)?$/i.test(b),
  // "We'd be delighted if you also bring Go", "we'd be thrilled to see Rust"; not "delighted customers".
  delighted: (b, a) => WOULD_BE.test(b) && /^\s+(?:if|to\s+see)\b/i.test(a),
  thrilled: (b, a) => WOULD_BE.test(b) && /^\s+(?:if|to\s+see)\b/i.test(a),
  // "Some Terraform would also help, but…"; not "would help us ship" nor "help you grow".
  help: (b, a) =>
    /^\s*(?:[,.;!)—–-]|$|but\b|too\b|a\s+lot\b)/i.test(a) &&
    /\b(?:would|could|will|might|'d|’d)\s+(?:also\s+|really\s+|definitely\s+|certainly\s+)?$/i.test(b),
  // "…, freuen wir uns besonders", "Wir freuen uns über Rust-Kenntnisse"; not "freuen uns auf deine Bewerbung".
  freuen: (_, a) =>
    /^\s+(?:wir\s+)?uns(?:\s+(?:besonders|sehr|umso\s+mehr|ganz\s+besonders|natürlich|auch|zusätzlich))*\s*(?:über\b|[.,;!–—-]|$)/i.test(
      a,
    ),
  // "Suma también si has usado Amplitude", "Sumará si conoces Go".
  suma: (_, a) => /^\s+(?:(?:también|mucho|puntos|muchos\s+puntos|extra)\s+)*si\b/i.test(a),
  sumará: (_, a) => /^\s+(?:(?:también|mucho|puntos|muchos\s+puntos|extra)\s+)*si\b/i.test(a),
  bonus: (b) =>
    !/\b(?:annual|signing|sign-on|performance|cash|yearly|target|quarterly|year-end|referral)\s+$/i.test(b),
  desired: (b) => !/\b(?:the|your)\s+$/i.test(b),
  vorteil: (b) => /\b(?:von|ein|großer|klarer)\s+$/i.test(b),
  // Dutch "een pré", Danish and Norwegian "en fordel", Swedish "en fördel", Portuguese "um
  // diferencial", "mooi meegenomen", Turkish "tercih sebebidir / edilir".
  pré: (b) => /\been\s+$/i.test(b),
  pre: (b) => /\been\s+$/i.test(b),
  fordel: (b) => /\b(?:en|stor|klar)\s+$/i.test(b),
  fördel: (b) => /\b(?:en|stor|klar)\s+$/i.test(b),
  diferencial: (b) => /\b(?:um|grande)\s+$/i.test(b),
  meegenomen: (b) => /\bmooi\s+$/i.test(b),
  // Dutch "bij voorkeur" (preferably), not "de voorkeur van de klant".
  voorkeur: (b) => /\bbij\s+$/i.test(b),
  // German "gerne gesehen", Dutch "een voordeel", Portuguese "valorizado" only as the ask's
  // predicate ("é valorizado"), not "salário valorizado".
  gesehen: (b) => /\bgerne?\s+$/i.test(b),
  // "Erfahrung mit Rust wäre schön", "gerne auch Kotlin", "suma puntos si conoces Go", "de
  // preferência Go", "Terraform strekt tot aanbeveling".
  schön: (b) => /\b(?:wäre|wären|ist|sind)\s+(?:sehr\s+|auch\s+)?$/i.test(b),
  toll: (b) => /\b(?:wäre|wären)\s+(?:sehr\s+|auch\s+)?$/i.test(b),
  gerne: (_, a) => /^\s+(?:auch|erste)\b/i.test(a),
  gern: (_, a) => /^\s+(?:auch|erste)\b/i.test(a),
  puntos: (b) => /\bsuma(?:n|rá|rán)?\s+$/i.test(b),
  preferência: (b) => /\bde\s+$/i.test(b),
  preferencia: (b) => /\bde\s+$/i.test(b),
  aanbeveling: (b) => /\btot\s+$/i.test(b),
  voordeel: (b) => /\b(?:een|groot|grote)\s+$/i.test(b),
  valorizado: (b) => VALORIZED.test(b),
  valorizada: (b) => VALORIZED.test(b),
  valorizados: (b) => VALORIZED.test(b),
  valorizadas: (b) => VALORIZED.test(b),
  tercih: (_, a) => /^\s+(?:sebeb|neden|edil)/i.test(a),
  // Romanian "constituie un avantaj"; Serbo-Croatian "prednost je / će biti prednost".
  avantaj: (b) => /\b(?:un|mare)\s+$/i.test(b),
  prednost: (b, a) => /\b(?:je|su|biti|bit će|biće|kao)\s+$/i.test(b) || /^\s+(?:je|će|bi)\b/i.test(a),
};

/** Per cue word: neighbours that cancel a must ("not required" is optional phrasing). */
const MUST_CONTEXT: Record<string, (b: string, a: string) => boolean> = {
  required: (b) => !NOT_MUST.test(b),
  mandatory: (b) => !NOT_MUST.test(b),
  essential: (b) => !NOT_MUST.test(b),
  obligatoire: (b) => !NOT_MUST.test(b),
  obligatorio: (b) => !NOT_MUST.test(b),
  imprescindible: (b) => !NOT_MUST.test(b),
  indispensable: (b) => !NOT_MUST.test(b),
  erforderlich: (b) => !NOT_MUST.test(b),
  zwingend: (b) => !NOT_MUST.test(b),
  requis: (b) => !NOT_MUST.test(b),
  requise: (b) => !NOT_MUST.test(b),
  // "ein Muss" asks; "kein Muss" is optional phrasing; the verb ("man muss") is neither.
  muss: (b) => /\b(?:ein|absolutes)\s+$/i.test(b),
  // "You'll need to be fluent in SQL" asks; "you'll need to learn Go", "need to be on call" do not.
  need: (b, a) =>
    !/^\s+(?:to\s+(?:know|be(?!\s+(?:(?:very|highly|really)\s+)?(?:fluent|proficient|comfortable|familiar|experienced|skilled|confident|strong|solid|good|an?\s+expert)\b)|learn|understand))/i.test(
      a,
    ) && !/\b(?:you|we)\s+don'?t\s+$/i.test(b),
  // Not a header's "Must have:", "not a must", nor a description's "a must-have app for drivers".
  must: (b, a) =>
    !(mayBeHave(a) && (/^\s*-?\s*haves?\s*:?$/i.test(a) || (mayBeNotA(b) && MUST_HAVE_THING.test(a)))) &&
    !(mayBeNotA(b) && /\bnot\s+a\s+$/i.test(b)),
  // "no Go experience needed", "not necessary": no ask at all.
  needed: (b) => !NO_ASK.test(b),
  necessary: (b) => !NO_ASK.test(b),
};

/** What "must have" needs after "must", read by hand: past white space and dashes, an h (any case). */
export function mayBeHave(a: string): boolean {
  let k = 0;
  while (k < a.length && (isRegExpSpace(a.charCodeAt(k)) || a.charCodeAt(k) === 45)) k++;
  return (a.charCodeAt(k) | 32) === 104;
}

/** What "not a must" needs before "must", read by hand: white space at the end, an a (any case) before it. */
export function mayBeNotA(b: string): boolean {
  let k = b.length - 1;
  if (k < 0 || !isRegExpSpace(b.charCodeAt(k))) return false;
  while (k >= 0 && isRegExpSpace(b.charCodeAt(k))) k--;
  return (b.charCodeAt(k) | 32) === 97;
}

/**
 * "(a) must-have app", "must-have tool for…": the adjective before a thing, not an ask ("a
 * must-have for this role", "a must-have skill" ask). Read after "a" (mayBeNotA).
 */
const MUST_HAVE_THING =
  /^[\s-]*have\s+(?!(?:for|if|to|in|on|and|but|or|here|skills?|requirements?|qualifications?|experience|knowledge)\b)\p{L}/iu;

/** "would be", "'d be", "could be", "will be", then "really", "very", "also" or "a": before "good", "useful". */
const WOULD_BE =
  /\b(?:would|'d|’d|could|will)\s+(?:also\s+)?be\s+(?:(?:really|very|also|a|extremely|super)\s+)?$/i;
/** "is", "are", "be", then "really", "very" or "also": before "useful", "handy". */
const IS_BE = /\b(?:is|are|be)\s+(?:(?:really|very|also|extremely|particularly|especially)\s+)?$/i;

/** "not", "isn't", "aren't" (and "strictly") before a must word: no must. */
const NOT_MUST =
  /(?:\b(?:not|isn't|isn’t|aren't|aren’t|pas|nicht|keine?)\s+(?:(?:strictly|absolument|forcément|unbedingt|zwingend)\s+)?|\b(?:no|non|não)\s+(?:(?:es|son|è|sono|é|são|resulta)\s+)?(?:(?:del todo|estrictamente|strettamente)\s+)?)$/i;

/** Must words that a negation before them turns into optional phrasing (NOT_MUST). */
const NEGATABLE_MUST = new Set([
  'required',
  'mandatory',
  'essential',
  'obligatoire',
  'obligatorio',
  'imprescindible',
  'indispensable',
  'erforderlich',
  'zwingend',
  'requis',
  'requise',
]);

/** "é valorizado", "será muito valorizada": the ask's predicate. */
const VALORIZED = /(?:^|\s)(?:é|será|serão|são|muito|bastante)\s+$/i;

const NO_ASK = /\b(?:no|not|nicht|pas|kein|keine)\s+(?:[\p{L}\d+#./-]+\s+){0,3}$/iu;

/** Optional words that speak only for what follows them: "SQL, ideally with TimescaleDB". */
const FORWARD_ONLY = new Set([
  'ideally',
  'preferably',
  'idealerweise',
  'idéalement',
  'idealmente',
  'preferiblemente',
  'preferentemente',
  'preferibilmente',
  'vorzugsweise',
  'voorkeur',
  'preferencialmente',
  'gerne',
  'gern',
  'preferência',
  'preferencia',
]);

export function isForwardOnly(word: string): boolean {
  return FORWARD_ONLY.has(word);
}

/** `word`: the cue's text in lower case. */
export function isOptionalCue(text: string, cue: Cue, word: string): boolean {
  if (cue.code === MUST) {
    // "not required", "isn't mandatory", "n'est pas obligatoire", "no es imprescindible", "kein
    // Muss", "not a must" read as optional.
    if (word === 'must') return /\bnot\s+a\s+$/i.test(before(text, cue.start, 8));
    if (word === 'muss') return /\bkein\s+$/i.test(before(text, cue.start, 8));
    return NEGATABLE_MUST.has(word) && NOT_MUST.test(before(text, cue.start, 24));
  }
  if (cue.code !== OPTIONAL) return false;
  const check = OPTIONAL_CONTEXT[word];
  return check ? check(before(text, cue.start), after(text, cue.end)) : true;
}

export function isMustCue(text: string, cue: Cue, word: string): boolean {
  if (cue.code !== MUST) return false;
  const check = MUST_CONTEXT[word];
  return check ? check(before(text, cue.start), after(text, cue.end)) : true;
}
