import { lineStartOf } from './matcher/context';
import type { Candidate } from './matcher/scan';

/**
 * Saved postings often start with metadata lines ("Company: Greyfen Robotics", "Location:
 * Building S3, Cambridge", "Title: Senior Java Developer", "Role: DevOps"), or a recruiter's
 * mail with its subject line ("Subject: Senior Android Developer | Kotlin | Berlin"). Names, titles and
 * addresses there are not skills the posting asks for (the title is read as the title: ./role),
 * nor is a big employer's job taxonomy ("Role family: Site Reliability Engineering", "Business
 * area: Data & AI"), or a job board's filing ("Industry: Cloud Computing", and the same
 * segments of a detail line: "Job type: Full-time · Industry: AdTech, Machine Learning").
 * Only the head of the text is examined. English, German, French, Spanish, Italian, Dutch,
 * Portuguese, Polish and Swedish labels.
 */
const METADATA =
  /^[ \t]*(?:company|employer|location|office|address|salary|posted|job id|req(?:uisition)? id|(?:job )?title|role|(?:role|job) (?:family|function|category)|business (?:area|unit)|division|corporate title|grade|(?:career |seniority )?level|seniority|reports? to|reporting to|position|department|team|employment type|contract(?: type)?|type de contrat|rate|start(?: date)?|titel|stelle|unternehmen|firma|standort|arbeitsort|gehalt|abteilung|titre(?: du poste)?|entreprise|société|lieu|salaire|poste|título(?: del puesto)?|puesto|empresa|ubicación|salario|titolo|posizione|azienda|sede|retribuzione|functie|functietitel|bedrijf|werkgever|locatie|standplaats|salaris|dienstverband|cargo|vaga|localização|localizacao|local|salário|empresa contratante|stanowisko|firma|pracodawca|lokalizacja|miejsce pracy|wynagrodzenie|tjänst|befattning|företag|arbetsgivare|ort|placering|lön|anställningsform|subject|re|fwd?|betreff|objet|asunto|oggetto|assunto|onderwerp|temat|ämne|industry|industries|job function|seniority level|company (?:type|size)|branche|secteur|sector|settore|sektor)[ \t]*:/i;

/**
 * A job board's detail line, "Label: value" segments joined by "·" or "|" ("Visa sponsor: No ·
 * Job type: Full-time · Role: DevOps, Site Reliability · Industry: Cloud Computing, Artificial
 * Intelligence · Company size: 51-200"): the segments that file the job or the employer name no
 * skill. Other segments ("Skills: Go · Kafka") are read as usual.
 */
const DETAIL_LABEL =
  /^\s*(?:role|industry|industries|company (?:type|size)|job (?:type|function)|experience level|seniority(?: level)?|employment type|visa sponsor|relocation|remote|branche|secteur|sector|settore|sektor)[ \t]*:/i;
const SEGMENT_BREAK = /\s[·|]\s/g;

/** Is the line a detail line: segments joined by "·" or "|", two labels or more? */
function isDetailLine(line: string): boolean {
  return (line.includes(' · ') || line.includes(' | ')) && line.slice(0, 200).split(':').length > 2;
}

/** Is the candidate at `pos` in a filing segment of the detail line `line` (starting at `lineStart`)? */
function inFilingSegment(line: string, lineStart: number, pos: number): boolean {
  let segStart = 0;
  SEGMENT_BREAK.lastIndex = 0;
  for (let m = SEGMENT_BREAK.exec(line); m; m = SEGMENT_BREAK.exec(line)) {
    if (lineStart + m.index >= pos) break;
    segStart = m.index + m[0].length;
  }
  return DETAIL_LABEL.test(line.slice(segStart, segStart + 40));
}

/** How far into the text a metadata block can reach: it heads the posting. */
const HEAD = 1000;

export function dropMetadataLines(text: string, cands: Candidate[]): Candidate[] {
  if (!cands.length || (cands[0] as Candidate).start >= HEAD) return cands;
  // Only the candidates in the head are read; the rest are kept as they are, in one copy, and
  // none is made when no line of the head is metadata.
  let out: Candidate[] | null = null;
  let lineStart = -1;
  let lineEnd = -1;
  let metadata = false;
  /** The line, when it is a detail line, else null. */
  let detail: string | null = null;
  let i = 0;
  for (; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    if (c.start >= HEAD) break;
    if (c.start >= lineEnd) {
      lineStart = lineStartOf(text, c.start);
      lineEnd = text.indexOf('\n', c.start);
      if (lineEnd < 0) lineEnd = text.length;
      metadata = METADATA.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 40)));
      const line = metadata ? '' : text.slice(lineStart, lineEnd);
      detail = isDetailLine(line) ? line : null;
    }
    if (metadata || (detail !== null && inFilingSegment(detail, lineStart, c.start)))
      out ??= cands.slice(0, i);
    else if (out) out.push(c);
  }
  if (!out) return cands;
  for (; i < cands.length; i++) out.push(cands[i] as Candidate);
  return out;
}

const COMPANY_LINE =
  /^[ \t]*(?:company|employer|unternehmen|firma|entreprise|société|empresa|azienda|bedrijf|werkgever|pracodawca|företag|arbetsgivare)[ \t]*:[ \t]*(\S[^\r\n]*?)[ \t]*$/im;

/** COMPANY_LINE tried at one line start only. */
const COMPANY_LINE_AT = new RegExp(COMPANY_LINE.source, 'imy');

/** The line terminators of a regular expression's ^ and $ with the m flag. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * The company named by a "Company:" or "Employer:" line (or its German, French, Spanish, Italian
 * label) heading the text. Only lines holding a colon can be one: the pattern is tried at their
 * starts, in order, rather than at every character of the head.
 */
export function companyFromHead(text: string): string | null {
  const head = text.slice(0, HEAD);
  let colon = head.indexOf(':');
  let a = 0;
  while (colon >= 0) {
    LINE_BREAK.lastIndex = a;
    const br = LINE_BREAK.exec(head);
    const end = br ? br.index : head.length;
    if (colon < end) {
      COMPANY_LINE_AT.lastIndex = a;
      const m = COMPANY_LINE_AT.exec(head);
      if (m) return m[1] as string;
      colon = head.indexOf(':', end);
    }
    if (!br) break;
    a = end + 1;
  }
  return null;
}

/**
 * A company's name without its legal form ("Kallio Instruments Oy" → "Kallio Instruments",
 * "Kaltenbach Armaturen GmbH & Co. KG" → "Kaltenbach Armaturen"): postings name themselves
 * so in their prose. The name stays whole when what is left is shorter than four characters.
 */
export function companyCore(name: string): string {
  const m = LEGAL_FORM.exec(name);
  if (!m) return name;
  const core = name.slice(0, m.index).trim();
  return core.length >= 4 ? core : name;
}

const LEGAL_FORM =
  /,?\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG(?:aA)?)?|AG|KG|SE|e\.\s?V\.|Oyj?|AB|ASA|AS|A\/S|ApS|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|plc|PLC|Corp\.?|B\.\s?V\.?|BV|N\.\s?V\.?|NV|S\.\s?A\.?|SA|SAS|SARL|S\.\s?r\.\s?l\.?|Srl|S\.\s?p\.\s?A\.?|SpA|S\.\s?L\.?|SL|Lda\.?|Ltda\.?|s\.\s?r\.\s?o\.?|a\.\s?s\.?|Sp\.\s?z\s?o\.\s?o\.?|A\.Ş\.?|Kft\.?|Zrt\.?|Pty\.?\s+Ltd\.?)\s*$/;
