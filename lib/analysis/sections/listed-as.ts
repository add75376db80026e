import { isRegExpSpace } from '../matcher/chars';
import {
  lastMatchEnd,
  lineEndOf,
  lineStartOf,
  SENTENCE_REACH,
  sentenceEnd,
  sentenceStart,
} from '../matcher/context';
import type { Candidate, Cue } from '../matcher/scan';
import type { ListedAs } from '../types';
import {
  type AskRegion,
  LABEL_MARKS,
  labelsOfLine,
  Marks,
  SENTENCE_MARKS,
  sentenceAsksOfLine,
} from './ask-regions';
import type { SectionKind } from './header-phrases';
import type { SectionSpan } from './headers';
import { isForwardOnly, isMustCue, isOptionalCue, MUST, OPTIONAL } from './inline-cues';

/**
 * listedAs of each mention (README.md, "How a posting is read"; lib/analysis/README.md):
 * 1. optional phrasing in the same sentence or bullet ("Kafka is a plus", "ideally Go") makes it
 *    preferred, even inside a requirements section;
 * 2. otherwise a requirements section makes it required, a preferred section preferred; a label
 *    inside the line ("Must have: … · Nice to have: …") stands for a section over its own stretch,
 *    and under no header, in a posting with no requirements section, so do a lead-in ("What we
 *    expect from you is …") to the line's end and a sentence asking in the second person ("You
 *    have 3+ years of Go") (ask-regions.ts);
 * 3. elsewhere, must phrasing in the sentence ("Python is required", "you will need") makes it
 *    required, and so does a bullet under no header that opens as a requirement ("• 5+ years of
 *    Python", "• Erfahrung mit Docker"); anything else is unspecified.
 * A phrase inside brackets speaks only for what is inside them, or for the one mention right
 * before a bracket that holds nothing else ("Kubernetes (preferred)"). When a sentence has both
 * kinds of phrasing, the nearer one wins ("Python required, Go a plus"). "Ideally" and
 * "preferably" speak only for what follows them ("SQL, ideally TimescaleDB").
 */

interface Phrase {
  pos: number;
  optional: boolean;
  /** Speaks only for mentions after it ("ideally"). */
  forward: boolean;
  /** Bracket around the phrase, if any. */
  open: number;
  close: number;
  /** Start of the phrase's clause: mentions before it are out of its reach. */
  from: number;
  /**
   * A preference among the options of a required ask ("a cloud platform, ideally Azure", "one
   * language (Go or Python preferred)"): in a requirements section the option stays required.
   */
  narrows: boolean;
}

interface PhraseSentence {
  start: number;
  end: number;
  phrases: Phrase[];
}

/**
 * The sentences that hold optional or must phrasing, each with its phrases, in text order.
 * Only these sentences are ever measured: a mention elsewhere takes its section's kind.
 * `cands` (sorted by start): a sentence no candidate starts in is never read (ListedAsReader.at),
 * so its cue words are passed over unread.
 */
function phraseSentences(text: string, cues: readonly Cue[], cands: readonly Candidate[]): PhraseSentence[] {
  const out: PhraseSentence[] = [];
  let current: PhraseSentence | undefined;
  let ci = 0;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if (cue.code !== OPTIONAL && cue.code !== MUST) continue;
    if (!current || cue.start >= current.end) {
      // Exact: shorter than SENTENCE_REACH, [a, b) is the cue's whole sentence, the same for
      // every later cue word in it, which would only join this sentence; none of its phrases is
      // read when no candidate starts in it.
      const a = sentenceStart(text, cue.start);
      const b = sentenceEnd(text, cue.start);
      if (b - a < SENTENCE_REACH) {
        while (ci < cands.length && (cands[ci] as Candidate).start < a) ci++;
        if (ci >= cands.length || (cands[ci] as Candidate).start >= b) continue;
      }
    }
    const word = text.slice(cue.start, cue.end).toLowerCase();
    const optional = isOptionalCue(text, cue, word);
    if (!optional && !isMustCue(text, cue, word)) continue;
    if (!current || cue.start >= current.end) {
      current = { start: sentenceStart(text, cue.start), end: sentenceEnd(text, cue.start), phrases: [] };
      out.push(current);
    }
    const a = current.start;
    const b = current.end;
    // Brackets are looked for inside the sentence only (bounded work per cue), read by hand.
    let open = -1;
    let shut = -1;
    for (let k = cue.start - 1; k >= a && open < 0; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 40) open = k;
      else if (ch === 41 && shut < 0) shut = k;
    }
    let close = -1;
    if (open >= 0 && shut < open) {
      const tail = text.slice(cue.end, b).indexOf(')');
      close = tail < 0 ? b : cue.end + tail;
    } else {
      open = -1;
    }
    let from = optional ? clauseStart(text, a, cue.start) : a;
    // "They need Python, pandas, some PyTorch would be good": after a must phrase of its
    // sentence, a plus stated after a list takes only the list's last item.
    if (optional && !isForwardOnly(word) && mustGovernsList(text, current.phrases, cue.start))
      from = afterLastComma(text, from, cue.start);
    const forward = isForwardOnly(word);
    // A phrase of two words is read from its first: "bij voorkeur", "de preferência" (the cue is
    // "voorkeur", "preferência").
    const bij =
      word === 'voorkeur' || word === 'preferência' || word === 'preferencia'
        ? /\b(?:bij|de)\s+$/i.exec(text.slice(Math.max(a, cue.start - 8), cue.start))
        : null;
    const head = bij ? Math.max(a, cue.start - 8) + bij.index : cue.start;
    // "gerne auch Kotlin" adds an ask ("and gladly also"), it picks no option of the one before.
    const narrows =
      optional &&
      (forward || word === 'preferred') &&
      word !== 'gerne' &&
      word !== 'gern' &&
      narrowsAsk(text, a, head, open, forward);
    current.phrases.push({ pos: cue.start, optional, forward, open, close, from, narrows });
  }
  return out;
}

/**
 * Does a must phrase of the sentence, outside brackets, ask for the list that runs on to `pos`
 * ("They need Python, pandas, ...")? Not across a semicolon; not one in brackets, which speaks
 * for its own ("OSCP (required) – OSEP, OSWE or CRTO a plus").
 */
function mustGovernsList(text: string, phrases: readonly Phrase[], pos: number): boolean {
  for (let k = phrases.length - 1; k >= 0; k--) {
    const p = phrases[k] as Phrase;
    if (p.optional || p.open >= 0) continue;
    return !text.slice(p.pos, pos).includes(';');
  }
  return false;
}

/** Just after the last comma in [from, pos) outside brackets, or `from` when there is none. */
function afterLastComma(text: string, from: number, pos: number): number {
  let depth = 0;
  for (let k = pos - 1; k >= from; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 41) depth++;
    else if (ch === 40) depth = Math.max(0, depth - 1);
    else if (ch === 44 && depth === 0) return k + 1;
  }
  return from;
}

/**
 * Where a new clause starts: ", and you / we / it...", ", but ...", "so" before the phrase. A
 * plain ", and" is not one: "Docker, Kubernetes, and Terraform is nice" is one list.
 */
const CLAUSE_BREAK =
  /,\s*(?:and|but|while|whereas|because|as)\s+(?=(?:you|we|they|it|this|that|there|i|he|she|our|your|their)\b)|(?:^|[\s,])so\s+(?!(?:on|far|much|many|forth)\b)/gi;

function clauseStart(text: string, sentenceA: number, pos: number): number {
  const head = text.slice(sentenceA, pos);
  const brk = lastMatchEnd(CLAUSE_BREAK, head);
  let from = brk >= 0 ? sentenceA + brk : sentenceA;
  // "Deep AWS knowledge – certifications welcome": after a spaced dash, a phrase with a subject
  // of its own speaks for that subject only ("Kafka experience – a plus" has none).
  const dash = Math.max(head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  if (dash >= 0 && sentenceA + dash > from && OWN_SUBJECT.test(head.slice(dash + 3)))
    from = sentenceA + dash + 3;
  return from;
}

/**
 * A word of four letters or more that is not a filler of optional phrasing ("this would be a big
 * plus", "– mile widziane", "– sehr gerne gesehen").
 */
const OWN_SUBJECT =
  /(?!(?:this|that|which|would|could|really|very|also|definitely|strongly|highly|considered|seen|both|these|those|something|nice|great|real|huge|bonus|added|extra|absolute|mile|bardzo|będzie|gerne|sehr|auch|wäre|molto|anche|sarà|très|aussi|serait|sera|muito|também|será|seria|zeer|wordt|está)\b)\b\p{L}{4,}/iu;

/**
 * Does a preference word at `pos` pick among the options of the ask before it? "Ideally" after a
 * comma, a dash or a word of its clause ("a cloud, ideally Azure", "Snowflake ideally"), not
 * opening its sentence or a clause after ";" or ":" ("Ideally some Rust"); "preferred" inside a
 * bracket (the mention must be inside it too: applies()), or after a comma or dash of its clause
 * ("one language – Go or Python preferred"), not in a clause of its own ("CCNA required; CCNP
 * preferred").
 */
function narrowsAsk(text: string, sentenceA: number, pos: number, open: number, forward: boolean): boolean {
  let k = pos - 1;
  while (k >= sentenceA && text.charCodeAt(k) === 32) k--;
  if (forward) {
    // Only bullet marks before it: the phrase opens its sentence.
    if (k < sentenceA || !/[\p{L}\d]/u.test(text.slice(sentenceA, k + 1))) return false;
    const ch = text[k] as string;
    return ch === ',' || ch === '(' || ch === '–' || ch === '—' || ch === '-' || /\p{L}/u.test(ch);
  }
  if (open >= 0) return true;
  for (; k >= sentenceA; k--) {
    const ch = text[k] as string;
    if (ch === ';' || ch === ':') return false;
    if (ch === ',' || ch === '–' || ch === '—') return true;
  }
  return false;
}

/** The labels a job board puts before a posting's skill tags, its items parted by " · ". */
const TAG_LINE =
  /^\s*(?:skills|competenze|compétences|competencias|competências|kenntnisse|umiejętności|vaardigheden|kompetenser)\s*:/i;

/** What TAG_LINE needs first, read by hand: past white space, an s, c, k, u or v (any case: its /i is not Unicode). */
export function mayBeTagLabel(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && isRegExpSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k) | 32;
  return c === 115 || c === 99 || c === 107 || c === 117 || c === 118;
}

const LOWER_TAGS = /^[ \t]*[a-z0-9.+#/-]+(?:[ \t]+[a-z0-9.+#/-]+){2,}[ \t]*$/;

function applies(text: string, p: Phrase, c: Candidate, next: Candidate | undefined): boolean {
  if (p.forward && c.start < p.pos) return false;
  if (c.start < p.from) return false;
  if (p.open < 0) return true;
  if (c.start > p.open && c.end <= p.close) return true;
  if (p.open < c.end) return false;
  // "Kubernetes (preferred)": the bracket follows the mention and holds no other mention.
  const bare = !next || next.start > p.close;
  if (bare && /^\s*$/.test(text.slice(c.end, p.open))) return true;
  return endsOneAsk(text, p, c.end);
}

/** What may stand before the phrase in a bracket that holds nothing else: "(strongly preferred)", "(a plus)". */
const PHRASE_LEAD = /^\s*(?:(?:strongly|highly|very|much|a|an|big|definite)\s+)*$/i;

/**
 * "PowerShell or Azure CLI scripting (Preferred)", "Networking (TCP/IP, DNS) (Preferred) – or
 * willing to learn": a bracket holding only the phrase that closes its line speaks for the whole
 * ask before it, unless a comma or semicolon outside brackets parts it into several asks
 * ("Python, Docker, Kubernetes (preferred)": only Kubernetes).
 */
function endsOneAsk(text: string, p: Phrase, from: number): boolean {
  let lineEnd = text.indexOf('\n', p.close);
  if (lineEnd < 0) lineEnd = text.length;
  if (!/^\)?\s*(?:[.;]?\s*$|[–—-]\s)/.test(text.slice(p.close, lineEnd))) return false;
  if (!PHRASE_LEAD.test(text.slice(p.open + 1, p.pos))) return false;
  if (p.close - p.pos > 20) return false;
  let depth = 0;
  let parted = false;
  for (let k = from; k < p.open; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 10) return false;
    if (ch === 40) depth++;
    else if (ch === 41) {
      // Closing the bracket the mention stands in: the commas so far were inside it.
      if (depth > 0) depth--;
      else parted = false;
    } else if (depth === 0 && (ch === 44 || ch === 59)) parted = true;
  }
  return !parted;
}

/**
 * listedAs of each candidate in turn (`at(i)` for i = 0, 1, 2...): the caller builds each
 * mention in the same pass over the candidates, with no array of answers in between.
 */
export class ListedAsReader {
  private readonly sentences: PhraseSentence[];
  private s = 0;
  private p = 0;
  /** The span last asked whether it is a job board's skill tags, and the answer. */
  private tagSpan = -1;
  private tagAnswer = false;
  /**
   * Does the candidate last read stand in a job board's skill tags ("Skills: React · Redux ·
   * GraphQL")? Required there, but weaker than what the body says: a plus in the body stays one.
   */
  tagged = false;

  constructor(
    private readonly text: string,
    private readonly cands: readonly Candidate[],
    cues: readonly Cue[],
    private readonly spans: readonly SectionSpan[],
  ) {
    this.sentences = phraseSentences(text, cues, cands);
  }

  /** Is span `s` one line of a job board's skill tags? Read once per span. */
  private isTagSpan(s: number): boolean {
    if (s === this.tagSpan) return this.tagAnswer;
    const span = this.spans[s] as SectionSpan;
    const text = this.text;
    const nl = text.indexOf('\n', span.start + 1);
    this.tagSpan = s;
    // The label is read only for a one-line span that may start with one (both are pure tests).
    const label =
      (nl < 0 || nl >= span.end - 1) && mayBeTagLabel(text, span.start)
        ? TAG_LINE.exec(text.slice(span.start, span.start + 40))
        : null;
    const items = label ? text.slice(span.start + label[0].length, span.end) : '';
    // Items parted by " · ", or lower-case words parted by spaces ("skills: tflite coreml onnx").
    this.tagAnswer = label !== null && (items.includes(' · ') || LOWER_TAGS.test(items));
    return this.tagAnswer;
  }

  /** listedAs of candidate `i`; asked in increasing order of `i`. */
  at(i: number): ListedAs {
    const { spans, sentences, cands } = this;
    const c = cands[i] as Candidate;
    let s = this.s;
    while (s + 1 < spans.length && (spans[s] as SectionSpan).end <= c.start) s++;
    this.s = s;
    const spanKind = (spans[s] as SectionSpan).kind;
    this.tagged = spanKind === 'requirements' && this.isTagSpan(s);
    // An ask stated inside the line (ask-regions.ts): a label speaks for its own stretch, even in a
    // section of the other kind when it names its kind outright; a lead-in or a sentence in the
    // second person only under no header.
    let kind = spanKind;
    let lo = -1;
    let hi = -1;
    if (kind !== 'employer' && kind !== 'benefits') {
      const r = this.askAt(c.start, kind);
      if (r?.strong) {
        if (
          kind === 'other' ||
          kind === 'duties' ||
          r.explicit ||
          (kind === 'requirements' && r.kind === 'preferred')
        ) {
          kind = r.kind;
          lo = r.start;
          hi = r.end;
          if (r.tags) this.tagged = true;
        }
      } else if (r && kind === 'other') kind = r.kind;
    }
    let p = this.p;
    while (p < sentences.length && (sentences[p] as PhraseSentence).end <= c.start) p++;
    this.p = p;
    const sentence = sentences[p];
    let best: Phrase | undefined;
    if (sentence && sentence.start <= c.start) {
      const phrases = sentence.phrases;
      let bestDist = Number.POSITIVE_INFINITY;
      for (let k = 0; k < phrases.length; k++) {
        const ph = phrases[k] as Phrase;
        // Under a label, only the phrases of its own stretch ("Must: Go · Nice to have: Rust").
        if (lo >= 0 && (ph.pos < lo || ph.pos >= hi)) continue;
        if (!applies(this.text, ph, c, cands[i + 1])) continue;
        const d = Math.abs(ph.pos - c.start);
        if (d < bestDist || (d === bestDist && ph.optional)) {
          best = ph;
          bestDist = d;
        }
      }
    }
    // An option of a required ask stays required (inside the bracket when the phrase is in one).
    const narrowed = best?.narrows && kind === 'requirements' && (best.open < 0 || c.start > best.open);
    if (best?.optional && !narrowed) return 'preferred';
    if (kind === 'requirements') return 'required';
    if (kind === 'preferred') return 'preferred';
    if (best) return 'required';
    // A bullet under no header that opens as a requirement ("• 5+ years of Python", "• Strong
    // SQL", "• Tener experiencia con Kotlin", "• Erfahrung mit Docker") lists it as required.
    if (kind === 'other' && this.leadIn(c.start)) return 'required';
    return 'unspecified';
  }

  /** The line last read by askAt, its labels, and its sentences' asks once read. */
  private askLine = 0;
  private askEnd = -1;
  private labels: readonly AskRegion[] = [];
  private sentenceAsks: readonly AskRegion[] | null = null;
  /** Does the posting list its requirements under a header (hasRequirementsSection)? Read once. */
  private headed: boolean | undefined;
  /** The colons, dashes and sentence ends of the text, searched once each (Marks). */
  private labelMarks: Marks | undefined;
  private sentenceMarks: Marks | undefined;

  /**
   * The ask stated inside the line holding `pos` that speaks for it: a label's before a
   * sentence's; the sentences are read only for a mention under no header.
   */
  private askAt(pos: number, kind: SectionKind): AskRegion | undefined {
    const text = this.text;
    // Mentions come in text order: a line is found and read once for all of its mentions.
    if (pos < this.askLine || pos >= this.askEnd) {
      const a = lineStartOf(text, pos);
      this.askLine = a;
      this.askEnd = lineEndOf(text, pos);
      this.labelMarks ??= new Marks(text, LABEL_MARKS);
      this.labels = labelsOfLine(text, a, this.askEnd, this.labelMarks);
      this.sentenceAsks = null;
    }
    const labels = this.labels;
    let found: AskRegion | undefined;
    for (let k = 0; k < labels.length; k++) {
      const r = labels[k] as AskRegion;
      if (pos >= r.start && pos < r.end) found = r;
    }
    if (found || kind !== 'other') return found;
    // A posting that lists its requirements under a header asks there, not in its prose.
    this.headed ??= hasRequirementsSection(text, this.spans);
    if (this.headed) return undefined;
    this.sentenceMarks ??= new Marks(text, SENTENCE_MARKS);
    this.sentenceAsks ??= sentenceAsksOfLine(text, this.askLine, this.askEnd, this.sentenceMarks);
    const asks = this.sentenceAsks;
    for (let k = 0; k < asks.length; k++) {
      const r = asks[k] as AskRegion;
      if (pos >= r.start && pos < r.end) return r;
    }
    return undefined;
  }

  /** The line last read by leadIn, and its answer. */
  private leadLine = -1;
  private leadAnswer = false;

  /** Does the bulleted line holding `pos` open with a requirement's lead-in? */
  private leadIn(pos: number): boolean {
    const text = this.text;
    const a = lineStartOf(text, pos);
    if (a === this.leadLine) return this.leadAnswer;
    this.leadLine = a;
    this.leadAnswer = REQUIREMENT_BULLET.test(text.slice(a, Math.min(pos, a + 80)));
    return this.leadAnswer;
  }
}

/** Is a requirements section more than its own header line ("Requirements\n- Python")? */
function hasRequirementsSection(text: string, spans: readonly SectionSpan[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as SectionSpan;
    if (span.kind !== 'requirements') continue;
    const nl = text.indexOf('\n', span.start + 1);
    if (nl >= 0 && nl < span.end - 1) return true;
  }
  return false;
}

/**
 * A bullet (or numbered item) opening as a requirement, in the posting languages: what the
 * candidate has, knows or has done, not what the job does ("• Build pipelines in Airflow").
 */
const REQUIREMENT_BULLET = new RegExp(
  String.raw`^\s*(?:[-*•·▪►▸◦‣⁃○●■□✓✔✅➤→–—+]|\d{1,2}[.)])\s*(?:` +
    [
      String.raw`you\s+(?:have|bring|know|are|(?:have|['’]ve)\s+(?:got|worked|built|used))`,
      String.raw`\d+(?:\s*[-–]\s*\d+)?\+?\s*(?:years?|yrs?|jahre|ans|años|anni|jaar|lat|anos)`,
      String.raw`(?:proven|solid|strong|deep|good|excellent|extensive|hands-on|practical|demonstrable|professional|working)\s+(?:experience|knowledge|skills?|understanding|command|proficiency|background|grasp)`,
      // "Experience with", "Experience writing automated tests".
      String.raw`(?:experience|knowledge|familiarity|proficiency|expertise)\s+(?:with|in|of|using|building)|experience\s+[a-z]+ing\b`,
      String.raw`(?:fluent|proficient|skilled|comfortable|confident)\s+(?:in|with)`,
      // "Strong Python and SQL", "Solid Kubernetes": a level, then the skill.
      String.raw`(?:strong|solid|advanced|expert)\s`,
      String.raw`(?:tener|dominar|dominio\s+de|conocer|saber|contar\s+con|experiencia\s+(?:en|con|de)|conocimientos?\s+(?:de|en|sólidos))`,
      String.raw`(?:avoir|maîtris\p{L}*|bonne\s+connaissance|connaissances?\s+(?:en|de|d['’])|expérience\s+(?:en|avec|de|d['’]))`,
      String.raw`(?:erfahrung\s+(?:mit|in|im)|kenntnisse\s+(?:in|von|im)|sehr\s+gute|fundierte|sichere?r?\s+umgang)`,
      String.raw`(?:esperienza\s+(?:con|in|di|nel|nella)|conoscenza\s+(?:di|del|della|dei|delle)|ottima\s+conoscenza|buona\s+conoscenza|padronanza)`,
      String.raw`(?:ervaring\s+(?:met|in)|kennis\s+van|goede\s+kennis)`,
      String.raw`(?:doświadczenie\s+(?:w|z)|znajomość|dobra\s+znajomość|biegła)`,
      String.raw`(?:experiência\s+(?:com|em|de)|conhecimentos?\s+(?:de|em)|domínio\s+de)`,
      // Portuguese infinitives: "Ter experiência com", "Conhecer", "Dominar", "Trabalhar bem com".
      String.raw`(?:ter\s+(?:experiência|conhecimentos?|domínio|vivência|familiaridade|sólid)|conhecer|dominar|trabalhar\s+bem\s+com)`,
    ].join('|') +
    ')',
  'iu',
);
