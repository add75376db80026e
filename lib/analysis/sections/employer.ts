import { lineEndOf, lineStartOf, sentenceAround } from '../matcher/context';
import type { SectionSpan } from './headers';

/**
 * Where a posting talks about its employer rather than the job: the prose of sections headed
 * "About us", "Who we are", "Life at X" (header-phrases.ts, kind 'employer') up to the first
 * sentence about the job (one that only says "your", in a sentence where the employer speaks,
 * is not: "we deliver to your doorstep"); whole sections headed "Benefits", "What we offer" (kind 'benefits'); the opening lines
 * before the job is addressed ("Optisight is a computer vision company. ..."); and legal
 * text anywhere (equal opportunity, GDPR). Words there describe the company, its product and
 * its perks: concepts there are no skills, nor are tools in its prose and perks
 * (../matcher/match.ts); role detection weighs them little (../role/).
 */

export type Range = readonly [number, number];

/**
 * A line that addresses the candidate or the job: the opening about the employer has ended. Its
 * words stand between letters of any script: "du" is no word of the Polish "dużego".
 */
const JOB_WORDS =
  /(?<!\p{L})(?:you|your|you'll|you're|yourself|role|position|candidate|looking for|hiring|seeking|join (?:us|our|the)|job|du|dich|dein|deine|dir|suchen|vous|votre|vos|recherchons|recrutons|poste|tu|tus|buscamos|puesto|cerchiamo|ruolo|posizione|ti)(?!\p{L})/iu;

/** A job board's company box line: the company's name alone, its size or its followers. */
const COMPANY_BOX =
  /\b(?:employees|followers|Mitarbeitende|Mitarbeiter|Follower|employés|abonnés|empleados|seguidores|dipendenti|follower|medewerkers|volgers|pracowników|obserwujących|funcionários|anställda|ansatte|medarbejdere|følgere)\b/;
function isCompanyBoxLine(line: string, company: string): boolean {
  const t = line.trim();
  if (company !== '' && t.toLowerCase() === company.toLowerCase()) return true;
  return /\d/.test(t) && COMPANY_BOX.test(t);
}

/** A line about the company: who it is, what it does, for whom (a recruiter's client too: "partnering with", "on behalf of"). */
const COMPANY_WORDS =
  /\b(?:we|we're|we've|our|us|company|startup|founded|leader|leading|mission|customers|clients|client|partnering|on behalf of|employees|people|headquartered|offices|wir|unser\w*|nous|notre|nos|somos|nuestr[oa]s?|siamo|nostr[oa]|azienda|empresa|entreprise|unternehmen|gegründet|fondée?|fundad[ao]|fondata|opgericht|grundat|kunden|clientes|clienti|klanten)\b/i;
/** A corporate suffix ("Acme GmbH entwickelt...", "Beta S.p.A."): the line is about a company. */
const CORPORATE = /\b(?:GmbH|Inc|Ltd|LLC|AG|plc|BV|B\.V|S\.A|SAS|S\.p\.A|SpA|Oy|A\/S)\b/;
/** Metadata and header-like lines at the top ("Company: Acme", "Location: Paris") do not end it. */
const META = /^[ \t]*[\p{L} ]{2,24}[ \t]*:/u;
const BULLET = /^\s*(?:[-*•·▪►▸◦‣⁃○●■□✓✔➤→–—+]|\d{1,2}[.)])\s/;
/** Legal boilerplate, wherever it stands in prose. */
const LEGAL =
  /\b(?:equal (?:opportunit|employment)|affirmative action|without regard to|regardless of (?:race|gender|age|origin)|eeo\b|gdpr|ccpa notice|export control|data protection|privacy (?:notice|policy)|datenschutz|protection des données|protección de datos|pari opportunità|chancengleichheit|égalité des chances|igualdad de oportunidades|act(?:s|ing)? as an? employment (?:agency|business))/i;
/**
 * The GDPR under its French, Spanish, Portuguese, German and Polish names, in a line saying how the
 * applicant's data is processed ("Vos données sont traitées conformément au RGPD"); "Cumplimiento
 * del RGPD" is an ask.
 */
const GDPR_NAMES = /\b(?:rgpd|dsgvo|lgpd|rodo)\b/i;
const DATA_PROCESSED =
  /\b(?:trait(?:ée?s?|ons|er|ement)|tratad[oa]s?|tratar(?:án|emos)|tratamos|verarbeit\w*|przetwarza\w*|processad[oa]s?)\b/i;

/** A sentence asking for knowledge or experience, or calling it a plus, in the posting languages. */
const ASKS =
  /(?<!\p{L})(?:experience|knowledge|familiarity|understanding\s+of|expertise|proficien\p{L}*|esperienz\p{L}*|conoscenz\p{L}*|erfahrung\p{L}*|kenntnis\p{L}*|expérience|connaissance\p{L}*|maîtrise|experiencia|conocimiento\p{L}*|ervaring|kennis|doświadczeni\p{L}*|znajomoś\p{L}*|experiência|conhecimento\p{L}*|erfaring|erfarenhet|nice\s+to\s+have|a\s+plus|preferred|titolo\s+preferenziale)(?!\p{L})/iu;

/** How far into the text the opening can reach. */
const LEAD_REACH = 3000;

/**
 * The job words that only address the reader ("your doorstep", "für dich"): a sentence where the
 * employer speaks ("we deliver to your doorstep") is still about the employer.
 */
const READER_WORDS = /^(?:your|du|dich|dein|deine|dir|vous|votre|vos|tu|tus|ti)$/i;
const SPEAKER =
  /\b(?:we|we're|we've|our|us|wir|unser\w*|nous|notre|nos|nosotros|nuestr[oa]s?|noi|nostr[oa])\b/i;
const JOB_WORDS_ALL = new RegExp(JOB_WORDS.source, 'giu');

/**
 * Words of French prose: there "du" is an article ("des clients du CAC 40"), not the German or
 * Scandinavian "you".
 */
const FRENCH = /(?<!\p{L})(?:une|les|est|sont|pour|avec|dans|nous|chez)(?!\p{L})/iu;

/** Is the job word `word` of `text` one? "du" is not in French prose. */
function isJobWord(word: string, text: string): boolean {
  return !(word.length === 2 && word.toLowerCase() === 'du' && FRENCH.test(text));
}

/** Does the line hold a job word (JOB_WORDS, but not the French "du")? */
function addressesJob(line: string): boolean {
  const m = JOB_WORDS.exec(line);
  if (!m) return false;
  if (isJobWord(m[0], line)) return true;
  JOB_WORDS_ALL.lastIndex = m.index + m[0].length;
  for (let n = JOB_WORDS_ALL.exec(line); n; n = JOB_WORDS_ALL.exec(line))
    if (isJobWord(n[0], line)) return true;
  return false;
}

/**
 * Does the sentence address the candidate or the job? In an "About us" section a word that only
 * addresses the reader, where the employer speaks, does not ("we deliver to your doorstep"); in
 * the `opening` it does, as a line's does.
 */
function aboutJob(sentence: string, company: string, opening = false): boolean {
  JOB_WORDS_ALL.lastIndex = 0;
  let reader = false;
  for (let m = JOB_WORDS_ALL.exec(sentence); m; m = JOB_WORDS_ALL.exec(sentence)) {
    if (!isJobWord(m[0], sentence)) continue;
    if (opening || !READER_WORDS.test(m[0])) return true;
    reader = true;
  }
  return reader && !SPEAKER.test(sentence) && !(company !== '' && sentence.includes(company));
}

/**
 * Where the sentences of a line before the first one about the job end (0: none; -1: no such
 * sentence). `opening`: a line of the opening, not of an "About us" section, where a sentence
 * that seeks someone ("We need a frontend developer") is about the job too.
 */
function employerSentencesEnd(line: string, company: string, opening = false): number {
  const ends = /[.!?](?:\s+|$)|$/g;
  let from = 0;
  while (from < line.length) {
    const m = ends.exec(line) as RegExpExecArray;
    const end = m[0] === '' ? line.length : m.index + 1;
    const sentence = line.slice(from, end);
    if (aboutJob(sentence, company, opening) || (opening && SEEKS.test(sentence))) return from;
    from = m[0] === '' ? line.length : m.index + m[0].length;
  }
  return -1;
}

/**
 * A sentence about a person in a role: an article, up to three words, a role noun in the singular
 * ("We need a frontend developer", "The Network Engineer II designs…").
 */
const SEEKS =
  /\b(?:an?|one|the|einen?|eine|une?|un[ao]?|uno|een|ett?)\s+(?:[\p{L}\d/+#.-]+\s+){0,3}(?:developer|engineer|scientist|analyst|architect|designer|administrator|consultant|specialist|programmer|tester|manager|entwickler(?:in)?|ingenieur(?:in|e)?|développeu(?:r|se)|desarrollador(?:a)?|sviluppat(?:ore|rice)|ontwikkelaar|utvecklare|programista|engenheir[oa]|ingenier[oa])(?![\p{L}])/iu;

/**
 * Prose lines about the employer from `from` on, until the first line about the job (one that
 * addresses the candidate, a bullet, a job section, or a sentence that names neither the
 * company nor the candidate). In the opening, only lines about the company count (we, our,
 * founded, customers, or the company's name), and a header over the stack ends it; a line about
 * the company that goes on to the job ("… runs a small neural network on the device. Firmware's
 * job is …") keeps its sentences before that one. `inSection`: walking an "About us"
 * section, where a short line that is no sentence is a header the splitter did not know.
 */
function walk(
  text: string,
  spans: readonly SectionSpan[],
  from: number,
  limit: number,
  inSection: boolean,
  company: string,
  out: Array<[number, number]>,
  clear: ClearLines,
  /** Index of a span starting at or before `from`: the walk need not pass the spans before it again. */
  firstSpan = 0,
): void {
  let s = firstSpan;
  for (let a = from; a < limit; ) {
    const b = Math.min(lineEndOf(text, a), limit);
    while (s + 1 < spans.length && (spans[s] as SectionSpan).end <= a) s++;
    const span = spans[s] as SectionSpan;
    const line = text.slice(a, b);
    const header = s > 0 && span.start === a;
    if (span.kind === 'benefits' && !inSection) {
      // counted whole by employerRanges; the opening may go on after it
    } else if (header && !inSection && STACK_HEADER.test(line)) {
      return;
    } else if (header || line.trim() === '' || (!inSection && META.test(line))) {
      // a header, a blank or a metadata line: the opening may go on
    } else if (inSection && line.length < 120 && isCompanyBoxLine(line, company)) {
      // A job board's company box: its name, industry and size, its followers.
      out.push([a, b]);
    } else if (
      (span.kind !== 'other' && span.kind !== 'employer') ||
      BULLET.test(line) ||
      (inSection && line.length < 60 && !/[.!?]\s*$/.test(line))
    ) {
      return;
    } else if (inSection ? clear.test(line, a, b) : !clear.has(a, b) && addressesJob(line)) {
      // In an "About us" section, the sentences before the first one about the job are the
      // employer's ("we deliver to your doorstep" is one of them).
      const end = inSection
        ? employerSentencesEnd(line, company)
        : companyLine(line, company)
          ? employerSentencesEnd(line, company, true)
          : 0;
      if (end < 0) out.push([a, b]);
      else {
        if (end > 0) out.push([a, a + end]);
        return;
      }
    } else if (inSection) {
      out.push([a, b]);
    } else if (company !== '' && line.length < 160 && isTagline(line, company)) {
      // "KESTREL CLOUD — The GPU cloud built for AI.": the employer's name and its slogan.
      out.push([a, b]);
    } else if (line.length < 60) {
      // a short line (a place, a date, a tag line): the opening may go on, unless it is a header
      // the splitter did not know over the stack ("Our tools")
      if (!inSection && STACK_HEADER.test(line) && !/[.!?]\s*$/.test(line)) return;
    } else if (companyLine(line, company)) {
      out.push([a, b]);
    } else {
      // A sentence about neither the company nor the candidate: the job's content, most likely.
      return;
    }
    a = b + 1;
  }
}

/** A header over the job's tools ("Our stack", "Tech we use", "Technologies"): the job's setting follows. */
const STACK_HEADER =
  /(?<!\p{L})(?:stack|tech|technolog\w*|tools|tooling|technik|outils|herramientas|strumenti|ferramentas)(?!\p{L})/iu;

/** A line about the company: who it is, what it does (COMPANY_WORDS), its legal form or its name. */
function companyLine(line: string, company: string): boolean {
  return COMPANY_WORDS.test(line) || CORPORATE.test(line) || (company !== '' && line.includes(company));
}

/** The separator after a company's name on its tag line: a dash between spaces or a bar. */
const TAG_SEPARATOR = / [—–|-] /;
/**
 * A tag line: the company's name, or its first words ("KESTREL CLOUD" of Kestrel Cloud
 * Infrastructure), in any case, then a dash or bar and its slogan ("Fernwood Health Analytics —
 * Better data. Healthier communities.", "VoltGrid — EV charging infrastructure").
 */
function isTagline(line: string, company: string): boolean {
  const sep = TAG_SEPARATOR.exec(line);
  if (!sep) return false;
  const name = line
    .slice(0, sep.index)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim()
    .toLowerCase();
  if (name.length < 4) return false;
  const full = company.toLowerCase();
  return full === name || (full.startsWith(name) && full.charCodeAt(name.length) === 32);
}

/**
 * Lines found free of JOB_WORDS, in text order: the walks of "About us" sections add theirs, and
 * the opening's walk, which passes those lines again, reads the answer instead of testing again.
 */
class ClearLines {
  private readonly at: number[] = [];
  private k = 0;

  /** addressesJob(line) for the line [a, b), which is added when it is clear. */
  test(line: string, a: number, b: number): boolean {
    if (addressesJob(line)) return true;
    // The opening reaches no further.
    if (a < LEAD_REACH) this.at.push(a, b);
    return false;
  }

  /** Was the line [a, b) found clear? Asked in text order. */
  has(a: number, b: number): boolean {
    const at = this.at;
    let k = this.k;
    while (k < at.length && (at[k] as number) < a) k += 2;
    this.k = k;
    return at[k] === a && at[k + 1] === b;
  }
}

/** Sorted, non-overlapping [start, end) ranges of the employer's sections and opening lines. */
export function employerRanges(text: string, spans: readonly SectionSpan[], company = ''): Range[] {
  const out: Array<[number, number]> = [];
  const clear = new ClearLines();
  spans.forEach((s, i) => {
    if (s.kind === 'benefits') out.push([s.start, s.end]);
    else if (s.kind === 'employer') {
      // The header too: "About Machine Learning at Acme" presents a part of the company.
      if (i > 0) out.push([s.start, lineEndOf(text, s.start)]);
      walk(text, spans, s.start, s.end, true, company, out, clear, i);
    }
  });
  const firstJob = spans.find(
    (s) => s.kind === 'duties' || s.kind === 'requirements' || s.kind === 'preferred',
  );
  walk(
    text,
    spans,
    0,
    Math.min(text.length, LEAD_REACH, firstJob ? firstJob.start : text.length),
    false,
    company,
    out,
    clear,
  );
  return merged(out);
}

/**
 * Lines of legal boilerplate in prose. `legalAt`: where the words such text needs stand (the
 * scan's 'legal' cue words): only their lines are tested.
 */
export function legalRanges(text: string, legalAt: readonly number[]): Range[] {
  const out: Array<[number, number]> = [];
  let done = -1;
  for (let i = 0; i < legalAt.length; i++) {
    const at = legalAt[i] as number;
    if (at < done) continue;
    const a = lineStartOf(text, at + 1);
    const b = lineEndOf(text, at);
    done = b;
    const line = text.slice(a, b);
    // A duty ("- GDPR-compliant consent flows") is work, not boilerplate; so is a sentence asking
    // for knowledge of a law in a paragraph of asks ("… e conoscenza di GDPR e sicurezza applicativa").
    if (!(LEGAL.test(line) || (GDPR_NAMES.test(line) && DATA_PROCESSED.test(line))) || BULLET.test(line))
      continue;
    // Another legal word of the line, in a sentence of its own, may still make it legal text.
    if (ASKS.test(line) && ASKS.test(text.slice(...sentenceAround(text, at)))) done = -1;
    else out.push([a, b]);
  }
  return out;
}

/** The union of sorted or unsorted ranges, sorted and without overlaps. */
export function merged(ranges: ReadonlyArray<Range>): Range[] {
  const out = ranges.map((r) => [r[0], r[1]] as [number, number]);
  if (out.length < 2) return out;
  out.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [out[0] as [number, number]];
  for (let i = 1; i < out.length; i++) {
    const r = out[i] as [number, number];
    const last = merged[merged.length - 1] as [number, number];
    if (r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

/**
 * merged([...a, ...b]) for two lists each sorted and without overlaps (the employer's ranges and
 * the legal lines): the two are read side by side, as a merge of sorted lists, rather than
 * copied, joined and sorted again. A range that overlaps none is kept as it is, not copied
 * (ranges are read-only); only a range two of them make is new.
 */
export function mergedSorted(a: readonly Range[], b: readonly Range[]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // At equal starts, `a` first: the order a stable sort of the joined list gives.
    const r =
      j >= b.length || (i < a.length && (a[i] as Range)[0] <= (b[j] as Range)[0])
        ? (a[i++] as Range)
        : (b[j++] as Range);
    const last = out[out.length - 1];
    if (last === undefined || r[0] > last[1]) out.push(r);
    else if (r[1] > last[1]) out[out.length - 1] = [last[0], r[1]];
  }
  return out;
}

/** Is [start, end) inside one of the sorted ranges? */
export function inRanges(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as Range)[1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r[0] <= start && end <= r[1];
}

/**
 * inRanges for spans asked in text order (by start): the first range that can hold them only
 * moves forward, so a page of many mentions costs a step per question instead of a search.
 */
export class RangeCursor {
  private k = 0;

  constructor(private readonly ranges: readonly Range[]) {}

  /** inRanges(ranges, start, end), for a start no smaller than the last one asked. */
  has(start: number, end: number): boolean {
    const ranges = this.ranges;
    let k = this.k;
    while (k < ranges.length && (ranges[k] as Range)[1] <= start) k++;
    this.k = k;
    const r = ranges[k];
    return r !== undefined && r[0] <= start && end <= r[1];
  }
}
