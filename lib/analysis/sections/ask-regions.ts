import { isRegExpSpace } from '../matcher/chars';
import { sentenceEnd } from '../matcher/context';
import { kindOfLabel } from './header-phrases';
import { normaliseLabel } from './headers';
import { boundedMemo } from './memo';

/**
 * Asks stated inside a line rather than by a header line of their own (listed-as.ts reads them):
 * - a label inside the line, "Must have: Python, SQL · Nice to have: dbt", "Required — Go; Bonus
 *   — Rust", "… What we expect: solid Python": its kind holds from the label to the next label or
 *   the line's end (strong: it speaks even inside a section of the other kind when it names the
 *   kind outright, "Must:" / "Nice to have:");
 * - a sentence that opens on a requirement's lead-in, "What we expect from you is …", "Wir
 *   erwarten …", "Buscamos a alguien con …", "O que procuramos é alguém com …": required to the
 *   line's end (a paragraph);
 * - a sentence that asks in the second person, "You have 3+ years of Go", "Du bringst … mit",
 *   "Vous maîtrisez …", "Tienes …", "Hai esperienza con …": required to its own end.
 * Lead-ins and second-person sentences are weak: they speak only under no header, and only in a
 * posting with no requirements section (listed-as.ts).
 */

export type AskKind = 'requirements' | 'preferred';

export interface AskRegion {
  start: number;
  end: number;
  kind: AskKind;
  /** From a label; `explicit`: the label names the kind outright ("Must have", "Nice to have"). */
  strong: boolean;
  explicit: boolean;
  /** A job board's skill tags ("… · Skills: Python, Django"): required, but weaker than the body's plus. */
  tags?: boolean;
}

/** Labels that name the kind outright, beside the header phrases: "Must", "Pflicht", "Kür", "Imprescindible". */
const EXPLICIT_REQUIRED =
  /^(?:must(?:[- ]haves?)?|musts|required|requirements?|mandatory|essential|pflicht|muss|must-have|obligatoire|obligatoires|requis|exigé|exigences|imprescindibles?|obligatorios?|indispensables?|requisitos|obbligatori[oa]?|richiest[oi]|requisiti|vereist|verplicht|eisen|wymagane|wymagania|obrigatórios?|krav|ska-krav|skallkrav|måste)$/;
const EXPLICIT_PREFERRED =
  /^(?:nice|nice[- ]to[- ]haves?|bonus|plus|pluses|preferred|optional|desirable|desired|kür|kann|wünschenswert|apprécié|appréciés|appréciée|souhaité|souhaités|souhaitée|atouts?|valorable|valorables|deseables?|gradit[oaie]|preferibil[ei]|gewenst|wenselijk|pluspunt(?:en)?|mile widziane|desejáve(?:l|is)|diferencia(?:l|is)|meriterande|bör-krav|börkrav)$/;

interface LabelKind {
  kind: AskKind | 'other';
  explicit: boolean;
  tags?: boolean;
}
const REQUIRED_OUTRIGHT: LabelKind = { kind: 'requirements', explicit: true };
const REQUIRED: LabelKind = { kind: 'requirements', explicit: false };
const TAGS: LabelKind = { kind: 'requirements', explicit: false, tags: true };

/** The labels a job board puts before a posting's skill tags (as listed-as.ts's TAG_LINE). */
const TAG_LABEL =
  /^(?:skills|competenze|compétences|competencias|competências|kenntnisse|umiejętności|vaardigheden|kompetenser)$/;
const PREFERRED_OUTRIGHT: LabelKind = { kind: 'preferred', explicit: true };
const OTHER: LabelKind = { kind: 'other', explicit: false };

/** The kind a label before ":" or a spaced dash names, and whether outright. */
function labelKind(raw: string): LabelKind | null {
  const label = normaliseLabel(raw);
  if (label.length < 2) return null;
  if (EXPLICIT_REQUIRED.test(label)) return REQUIRED_OUTRIGHT;
  if (EXPLICIT_PREFERRED.test(label)) return PREFERRED_OUTRIGHT;
  const kind = kindOfLabel(label);
  if (!kind) return null;
  if (kind === 'requirements') return TAG_LABEL.test(label) ? TAGS : REQUIRED;
  // Every preferred header phrase names a plus outright ("Bonus points", "Von Vorteil").
  if (kind === 'preferred') return PREFERRED_OUTRIGHT;
  return OTHER;
}

/** labelKind of recent labels, by their raw text: labels repeat ("Requirements", "Must have"). */
const knownLabelKind = boundedMemo(labelKind);

/**
 * Where a label may start: the line's start, or after a sentence's end, a semicolon, a middle dot,
 * a bar, a spaced dash or a bullet. `k` is the character before the label's first one.
 */
function isLabelBoundary(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  // \n ; · | • ! ? . – —
  return (
    c === 10 ||
    c === 59 ||
    c === 0xb7 ||
    c === 124 ||
    c === 0x2022 ||
    c === 33 ||
    c === 63 ||
    c === 46 ||
    c === 0x2013 ||
    c === 0x2014
  );
}

/** Longest label read: "What we expect from you in this role" is 36. */
const MAX_LABEL = 48;

/**
 * The label ending at `end` (a colon or a spaced dash) in [a, end): its first character, or -1
 * when no boundary stands within MAX_LABEL characters before it.
 */
function labelStart(text: string, a: number, end: number): number {
  const min = Math.max(a, end - MAX_LABEL);
  let spaces = 0;
  let k = end - 1;
  for (; k >= min; k--) {
    const c = text.charCodeAt(k);
    if (isLabelBoundary(text, k)) {
      // A period ends a sentence only before a space ("Node.js: …" is no boundary); a dash is
      // one only spaced ("Skills & experience — Must have:") or opening the line.
      if (c === 46 && !isRegExpSpace(text.charCodeAt(k + 1))) return -1;
      if ((c === 0x2013 || c === 0x2014) && k > a && text.charCodeAt(k - 1) !== 32) return -1;
      break;
    }
    // A comma, colon or bracket inside: a clause, not a label ("In short, what we need:"); nor
    // more than nine words.
    if (c === 44 || c === 58 || c === 40 || c === 41) return -1;
    if (c === 32 && ++spaces > 8) return -1;
  }
  if (k < min && min > a) return -1;
  let s = k + 1;
  // Past spaces, bullets, numbering and emphasis: "- **Must have:**", "2) Required:".
  while (s < end) {
    const d = text.charCodeAt(s);
    if (isRegExpSpace(d) || d === 42 || d === 95 || d === 45 || d === 0x2022 || d === 35) s++;
    else break;
  }
  return s < end ? s : -1;
}

/** Does [from, to) hold a letter or digit? */
function hasWord(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191) return true;
  }
  return false;
}

/**
 * A sentence opening on a requirement's lead-in, in the posting languages: the label put as prose
 * ("What we expect from you is", "What you need to bring is"), or the employer's ask of a person
 * ("We're looking for someone with", "Buscamos a alguien con"). Not the employer's expectations of
 * anyone else ("What we expect from our partners").
 */
const LEAD_IN = new RegExp(
  '(?:' +
    [
      String.raw`what\s+we(?:['’]re|\s+are)?\s+(?:expect|need|ask\s+for|ask|require|want|look\s+for|looking\s+for)(?:\s+(?:from|of)\s+(?:you|candidates|the\s+candidate|applicants))?(?:\s+(?:is|are)\b|\s*[,:—–])`,
      String.raw`what\s+you(?:['’]ll|\s+will)?\s+(?:need|bring|should\s+bring|should\s+have|need\s+to\s+(?:bring|have))(?:\s+(?:is|are)\b|\s*[,:—–])`,
      String.raw`we(?:['’]re|\s+are)\s+looking\s+for\s+(?:someone|somebody|a\s+person|people|an?\s+(?:engineer|developer|candidate|colleague))\s+(?:with|who\s+(?:has|have|knows|brings|is))\b`,
      String.raw`we\s+expect\s+(?:you\s+to\s+(?:have|bring|know|be)|(?:from|of)\s+you)\b`,
      String.raw`the\s+(?:ideal|right)\s+(?:candidate|person)\s+(?:has|brings|will\s+have|should\s+have|knows)\b`,
      String.raw`(?:was\s+)?wir\s+(?:erwarten|wünschen\s+uns|setzen\s+voraus)(?:\s+von\s+(?:dir|ihnen))?\b`,
      String.raw`was\s+(?:du|sie)\s+mitbring(?:st|en)(?:\s+(?:solltest|sollten|musst|müssen))?\b`,
      String.raw`(?:ce\s+que\s+)?(?:nous\s+attendons|l['’]on\s+attend|on\s+attend)(?:\s+de\s+(?:vous|toi))?\b`,
      String.raw`(?:ce\s+que\s+)?nous\s+(?:recherchons|cherchons)\s*(?:[:—–]|(?:chez\s+(?:vous|toi)|c['’]est)\b)`,
      String.raw`nous\s+(?:recherchons|cherchons)\s+(?:quelqu['’]un|une\s+personne|un\s+profil)\s+(?:qui|avec|ayant)\b`,
      String.raw`(?:buscamos|necesitamos)\s+(?:a\s+)?(?:alguien|una\s+persona|un\s+perfil|profesionales)\s+(?:con|que)\b`,
      String.raw`(?:lo\s+que|qué|que)\s+(?:buscamos|pedimos|esperamos)(?:\s+de\s+ti)?\s*(?:[:—–,]|es\b)`,
      String.raw`(?:te\s+pedimos|esperamos\s+que\s+(?:tengas|cuentes|domines))\b`,
      String.raw`(?:cosa\s+)?(?:ti\s+)?(?:chiediamo|richiediamo)\b`,
      String.raw`cerchiamo\s+(?:una\s+persona|qualcuno|un\s+profilo)\s+(?:con|che)\b|(?:il\s+profilo|la\s+persona)\s+che\s+cerchiamo\b|ci\s+aspettiamo\b`,
      String.raw`(?:wat\s+)?(?:we|wij)\s+(?:vragen|verwachten)(?:\s+van\s+(?:jou|je|u))?\b|(?:we|wij)\s+zoeken\s+iemand\s+(?:met|die)\b`,
      String.raw`o\s+que\s+(?:esperamos|procuramos|buscamos|pedimos)(?:\s+de\s+(?:ti|você))?\b|(?:procuramos|buscamos)\s+(?:alguém|uma\s+pessoa|um\s+perfil)\s+(?:com|que)\b`,
      String.raw`(?:czego\s+)?(?:od\s+(?:ciebie|kandydata|kandydatów)\s+)?(?:oczekujemy|wymagamy)\b|szukamy\s+osoby\s*,?\s+(?:która|z|ze|posiadającej)\b`,
      String.raw`vi\s+(?:söker\s+dig\s+som|förväntar\s+oss)\b|vad\s+vi\s+(?:söker|förväntar\s+oss)\b`,
    ].join('|') +
    ')',
  'iuy',
);

/**
 * A sentence that asks of the reader in the second person, in the posting languages: what they
 * have, know or bring ("You have 3+ years of Go", "You know Kafka well", "Du bringst … mit",
 * "Du kennst dich mit … aus", "Vous maîtrisez …", "Tienes …", "Hai esperienza con …", "Je hebt
 * ervaring met …"), not what they will do ("You'll build …", "Du entwickelst …") nor what they get
 * ("You have the chance to …", "Du hast die Möglichkeit …").
 */
const SECOND_PERSON = new RegExp(
  '(?:' +
    [
      String.raw`you(?:['’]ve|\s+have)(?:\s+got)?\s+(?:\d|at\s+least|solid|strong|deep|good|proven|extensive|hands-on|practical|real|some|experience|worked|built|shipped|used|run|operated|deployed|designed|led|familiarity|knowledge|expertise|an?\s+(?:solid|strong|good|deep|proven|track|background|degree|working)|(?:a\s+)?track\s+record|a\s+background|production)`,
      String.raw`you\s+(?:bring|know|understand|speak)\b`,
      String.raw`you(?:['’]re|\s+are)\s+(?:(?:very|really|already)\s+)?(?:comfortable|familiar|fluent|proficient|experienced|confident|at\s+home|skilled|an\s+expert|well[- ]versed|at\s+ease)\b`,
      String.raw`you\s+should\s+(?:have|know|understand|be\s+(?:comfortable|familiar|fluent|proficient|experienced|confident))\b`,
      String.raw`(?:du|sie)\s+(?:bringst|bringen|verfügst|verfügen|beherrschst|beherrschen)\b`,
      String.raw`du\s+(?:kennst|bist\s+(?:mit|sicher|vertraut|versiert|erfahren|fit|firm))\b`,
      String.raw`du\s+hast\s+(?:\d|mindestens|erste|fundierte|gute|sehr\s+gute|solide|mehrjährige|langjährige|umfangreiche|praktische|nachweisliche|tiefe|tiefgehende|bereits|schon|erfahrung|kenntnisse|berufserfahrung|ein\s+abgeschlossenes|einen\s+abschluss|ein\s+studium)`,
      String.raw`(?:vous|tu)\s+(?:maîtrisez|maîtrises|connaissez|connais|justifiez|justifies|disposez|disposes)\b`,
      String.raw`(?:vous\s+avez|tu\s+as)\s+(?:\d|au\s+moins|une?\s+(?:bonne|solide|première|excellente|réelle|vraie|expérience|diplôme|formation)|de\s+l['’]expérience|déjà|idéalement)`,
      String.raw`(?:vous\s+êtes|tu\s+es)\s+(?:à\s+l['’]aise|familier|familière|expérimenté|expérimentée|rompu|rompue|capable)\b`,
      String.raw`(?:tienes|tenés|cuentas\s+con|dominas|conoces|has\s+trabajado|manejas|posees|te\s+manejas|estás\s+familiarizad[oa])\b(?!\s+(?:la|una)\s+(?:oportunidad|posibilidad))`,
      String.raw`hai\s+(?:\d|almeno|esperienza|una\s+(?:buona|solida|ottima|comprovata|consolidata)|(?:buona|solida|ottima|comprovata|consolidata)|familiarità|dimestichezza|già|maturato|lavorato|conoscenza|padronanza)`,
      String.raw`(?:conosci|padroneggi|sei\s+(?:a\s+tuo\s+agio|familiare|esperto|esperta|in\s+grado))\b`,
      String.raw`(?:je|jij|u)\s+(?:hebt|heeft)\s+(?:\d|minimaal|minstens|ruime|goede|aantoonbare|gedegen|brede|ervaring|kennis|een\s+(?:afgeronde|hbo|wo|relevante|technische)|al\s+)`,
      String.raw`(?:je|jij|u)\s+(?:beschikt\s+over|beheerst|kent|bent\s+(?:bekend|vertrouwd|ervaren|thuis|handig|vaardig))\b`,
      String.raw`(?:tens|você\s+tem|dominas|você\s+domina|conheces|você\s+conhece|possuis|você\s+possui|já\s+trabalhaste|já\s+trabalhou)\b(?!\s+(?:a|uma)\s+(?:oportunidade|possibilidade))`,
      String.raw`(?:masz|posiadasz|znasz|potrafisz)\b(?!\s+(?:możliwość|szansę|okazję))`,
      String.raw`du\s+(?:har\s+(?:erfarenhet|god|goda|gedigen|flera|minst|\d|kunskap|arbetat|en\s+(?:akademisk|relevant|teknisk))|behärskar|är\s+(?:van|bekväm|erfaren|trygg))`,
    ].join('|') +
    ')',
  'iuy',
);

/** German "bringen" asks only with its "mit": "Du bringst Erfahrung mit Kafka mit." */
const BRING = /^(?:du|sie)\s+bring/i;
const MIT_END = /\bmit\s*(?:[.,;:!?)–—]|$)/i;

/** Past spaces, bullets, numbering and emphasis from `s`. */
function skipLead(text: string, s: number, b: number): number {
  while (s < b) {
    const c = text.charCodeAt(s);
    if (isRegExpSpace(c) || c === 42 || c === 95 || c === 45 || c === 0x2022 || c === 35 || c === 62) s++;
    else if (
      c >= 48 &&
      c <= 57 &&
      s + 1 < b &&
      (text.charCodeAt(s + 1) === 41 || text.charCodeAt(s + 1) === 46)
    )
      s += 2;
    else break;
  }
  return s;
}

/**
 * The next occurrence of each of a few marks in one text, searched natively and kept: a later
 * search from a further position reuses an occurrence still ahead of it, so reading every line
 * of a text searches it once per mark.
 */
export class Marks {
  private readonly at: Int32Array;
  constructor(
    private readonly text: string,
    private readonly marks: readonly string[],
  ) {
    this.at = new Int32Array(marks.length).fill(-1);
  }

  /** The first occurrence of any mark at or after `from`, or the text's length (kept too). */
  private any = -1;

  /** The first occurrence of mark `i` at or after `from`, or the text's length. */
  next(i: number, from: number): number {
    const at = this.at[i] as number;
    if (at >= from) return at;
    const found = this.text.indexOf(this.marks[i] as string, from);
    const pos = found < 0 ? this.text.length : found;
    this.at[i] = pos;
    return pos;
  }

  /** The first occurrence of any of the marks at or after `from`, or the text's length. */
  nextAny(from: number): number {
    if (this.any >= from) return this.any;
    let best = this.text.length;
    for (let i = 0; i < this.marks.length; i++) {
      const at = this.next(i, from);
      if (at < best) best = at;
    }
    this.any = best;
    return best;
  }
}

/** No asks: the answer for most lines, shared. */
const NONE: readonly AskRegion[] = [];

/** The marks a label ends on: ":", "：", and a dash ("—", "–") when spaced. One character each: a native search of one is fast. */
export const LABEL_MARKS = [':', '：', '—', '–'];
/** The ends of a sentence a lead-in may follow: ". ", "! ", "? ". */
export const SENTENCE_MARKS = ['. ', '! ', '? '];

/** The next colon or dash at or after `k`, or `b` when none is before `b`. */
function nextMark(marks: Marks, k: number, b: number): number {
  return Math.min(marks.nextAny(k), b);
}

/** The labels stated inside the line [a, b) ("Must have: …", "Required — …"), in text order. */
export function labelsOfLine(text: string, a: number, b: number, marks: Marks): readonly AskRegion[] {
  let out: AskRegion[] | null = null;
  let open: AskRegion | null = null;
  for (let k = nextMark(marks, a, b); k < b; k = nextMark(marks, k + 1, b)) {
    const c = text.charCodeAt(k);
    const dash = c === 0x2013 || c === 0x2014;
    // A dash ends a label only spaced ("Required — Go"), a colon only before words ("https://", "10:30").
    if (dash) {
      if (text.charCodeAt(k - 1) !== 32 || text.charCodeAt(k + 1) !== 32) continue;
    } else {
      const d = text.charCodeAt(k + 1);
      if (d === 47 || (d >= 48 && d <= 57)) continue;
    }
    const s = labelStart(text, a, k);
    if (s < 0 || !hasWord(text, k + 1, b)) continue;
    const found = knownLabelKind(text.slice(s, k));
    if (!found || (dash && found.kind === 'other')) continue;
    if (open) {
      open.end = s;
      open = null;
    }
    if (found.kind === 'other') continue;
    open = {
      start: s,
      end: b,
      kind: found.kind,
      strong: true,
      explicit: found.explicit,
      tags: found.tags === true,
    };
    out ??= [];
    out.push(open);
  }
  return out ?? NONE;
}

/**
 * The first words a lead-in (1: LEAD_IN) or a second-person ask (2: SECOND_PERSON) may open on:
 * each regular expression runs only after one of its own.
 */
const FIRST_WORDS = new Map<string, number>();
for (const w of `what we the was wir ce nous l on buscamos necesitamos lo qué que esperamos cosa ti
   chiediamo richiediamo cerchiamo il la ci wat wij o procuramos czego od oczekujemy wymagamy szukamy
   vi vad te`
  .trim()
  .split(/\s+/))
  FIRST_WORDS.set(w, 1);
for (const w of `you du sie vous tu tienes tenés cuentas dominas conoces has manejas posees estás hai
   conosci padroneggi sei je jij u tens você conheces possuis já masz posiadasz znasz potrafisz te`
  .trim()
  .split(/\s+/))
  FIRST_WORDS.set(w, (FIRST_WORDS.get(w) ?? 0) | 2);

/** The first word from `at`, in lower case (letters only, up to 12): "" when it is longer or none. */
function firstWord(text: string, at: number, b: number): string {
  let k = at;
  while (k < b && k - at <= 12) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x17f)) k++;
    else break;
  }
  return k - at > 12 ? '' : text.slice(at, k).toLowerCase();
}

/**
 * The lead-ins ("What we expect from you is …") and second-person asks ("You have 3+ years of
 * Go") opening a sentence of the line [a, b), in text order.
 */
export function sentenceAsksOfLine(text: string, a: number, b: number, ends: Marks): readonly AskRegion[] {
  let out: AskRegion[] | null = null;
  for (let s = a; s < b; ) {
    const at = skipLead(text, s, b);
    const opens = at < b ? (FIRST_WORDS.get(firstWord(text, at, b)) ?? 0) : 0;
    if (opens !== 0) {
      LEAD_IN.lastIndex = at;
      SECOND_PERSON.lastIndex = at;
      if ((opens & 1) !== 0 && LEAD_IN.test(text)) {
        out ??= [];
        out.push({ start: at, end: b, kind: 'requirements', strong: false, explicit: false });
      } else if ((opens & 2) !== 0 && SECOND_PERSON.test(text)) {
        const end = Math.min(b, sentenceEnd(text, at));
        // "Du bringst … mit" asks; "Du bringst Modelle in Produktion" is a duty.
        if (!BRING.test(text.slice(at, at + 14)) || MIT_END.test(text.slice(at, end))) {
          out ??= [];
          out.push({ start: at, end, kind: 'requirements', strong: false, explicit: false });
        }
      }
    }
    // The next sentence: after ". ", "! " or "? ".
    s = Math.min(b, ends.nextAny(at)) + 2;
  }
  return out ?? NONE;
}
