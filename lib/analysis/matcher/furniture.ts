import type { Range } from '../sections/employer';
import { lineEndOf, lineStartOf } from './context';

/**
 * A job board's furniture around the posting, which names skills that are not this job's asks:
 * - a breadcrumb ("Jobs › Engineering › Machine Learning › Senior LLM Engineer", "Jobindex » IT »
 *   Business Intelligence » BI-udvikler", "Careers > Data > ML Engineer"), three segments or more,
 *   from the site's jobs or to a role ("Kafka > Flink > Snowflake" is a data flow);
 * - a line of other jobs ("Similar Jobs: Machine Learning Engineer – Clinical AI · Data Engineer –
 *   OMOP", "Ähnliche Jobs: …", "Offres similaires : …");
 * - the list under a header of other openings ("Other roles we're currently recruiting for (apply
 *   separately):", "Weitere offene Stellen:"), up to its first blank line.
 * Found once per analysis as sorted line ranges. Furniture frames the posting: breadcrumbs are
 * read in its first 2,000 characters, other jobs in its last 3,000, and only the lines holding a
 * separator ("›", "»", " > ") or opening with a label's first word.
 */

/** Breadcrumb separators: "›", "»" (not a French closing quote), ">" between spaces. */
const CRUMB = /\s(?:›|»|>)\s/g;
const SIMILAR_JOBS =
  /^[ \t]*(?:similar|related|recommended|more|other)\s+(?:jobs|roles|positions|openings|vacancies)|^[ \t]*people\s+also\s+viewed|^[ \t]*(?:ähnliche\s+(?:jobs|stellen(?:angebote)?)|weitere\s+(?:jobs|stellen)|offres\s+similaires|empleos\s+similares|ofertas\s+similares|offerte\s+simili|lavori\s+simili|vergelijkbare\s+vacatures|soortgelijke\s+vacatures|podobne\s+oferty|vagas\s+semelhantes|liknande\s+jobb|lignende\s+(?:job|stillinger))/i;
/** A header of other openings: the roles under it are other jobs (one line, read alone). */
const OTHER_OPENINGS_HEADER =
  /^[ \t]*(?:[^\p{L}\n]{0,4})(?:other|more)\s+(?:(?:open\s+)?(?:roles|jobs|positions|openings|vacancies))\b[^\n]{0,60}$|^[ \t]*(?:[^\p{L}\n]{0,4})(?:we(?:'re|\s+are)\s+also\s+hiring|also\s+hiring)\b[^\n]{0,60}$|^[ \t]*(?:weitere\s+offene\s+stellen|autres\s+(?:offres|postes)|otras\s+(?:ofertas|vacantes)|altre\s+posizioni\s+aperte|andere\s+vacatures)\b[^\n]{0,60}$/iu;

export function furnitureRanges(text: string): Range[] {
  const out: Array<[number, number]> = [];
  // Breadcrumbs head the posting: only the lines holding a separator there are read.
  let done = -1;
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  for (const sign of CRUMB_SIGNS) {
    for (let at = head.indexOf(sign); at >= 0; at = head.indexOf(sign, at + 1)) {
      if (at < done) continue;
      const a = lineStartOf(text, at);
      const b = lineEndOf(text, at);
      done = b;
      if (isBreadcrumb(text.slice(a, b))) out.push([a, b]);
    }
    done = -1;
  }
  // Other jobs follow the posting, their label opening a line: only the tail's lines whose first
  // two letters may start one are read.
  for (let a = Math.max(0, text.lastIndexOf('\n', text.length - TAIL) + 1); a < text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    let i = a;
    while (i < b && i - a < 4 && !isLetterCode(text.charCodeAt(i))) i++;
    LABEL_START.lastIndex = i;
    if (
      LABEL_OPENINGS.has(((text.charCodeAt(i) | 32) << 16) | (text.charCodeAt(i + 1) | 32)) &&
      LABEL_START.test(text)
    ) {
      const line = text.slice(a, b);
      if (OTHER_OPENINGS_HEADER.test(line) && isHeader(line)) {
        // The header, then its lines up to the first blank one.
        let end = b;
        while (end < text.length) {
          const next = text.indexOf('\n', end + 1);
          const e = next < 0 ? text.length : next;
          if (text.slice(end + 1, e).trim() === '') break;
          end = e;
        }
        out.push([a, end]);
        b = end;
      } else if (SIMILAR_JOBS.test(line) && line.includes(':')) out.push([a, b]);
    }
    a = b + 1;
  }
  return out.length > 1 ? out.sort((x, y) => x[0] - y[0]) : out;
}

const CRUMB_SIGNS = ['›', '»', ' > '];
/** Where a page's furniture stands: breadcrumbs in its first characters, other jobs in its last. */
const HEAD = 2000;
const TAIL = 3000;
/** The labels' first two letters, in lower case, as one number each (ä: 0xe4, | 32 of Ä). */
const LABEL_OPENINGS: ReadonlySet<number> = new Set(
  'si re mo ot pe we al äh of em la ve so po va li au an'
    .split(' ')
    .map((two) => (two.charCodeAt(0) << 16) | two.charCodeAt(1)),
);
/** A label's first word, read where the line's first letter stands (sticky), before the line is. */
const LABEL_START =
  /(?:similar|related|recommended|more|other|people|we(?:'re|\s+are)|also|ähnliche|weitere|offres|empleos|ofertas|offerte|lavori|vergelijkbare|soortgelijke|podobne|vagas|liknande|lignende|autres|otras|altre|andere)(?![\p{L}])/iuy;

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}

/** A header line: it ends with a colon, or it is written in capitals; no sentence. */
function isHeader(line: string): boolean {
  const t = line.trim();
  return /:$/.test(t) || (!/\p{Ll}/u.test(t) && !/[.!?]$/.test(t));
}

/** Three segments or more joined by one separator kind, none of them a sentence. */
function isBreadcrumb(line: string): boolean {
  if (line.length > 240 || line.includes('«')) return false;
  CRUMB.lastIndex = 0;
  let count = 0;
  let sep = '';
  for (let m = CRUMB.exec(line); m; m = CRUMB.exec(line)) {
    const s = (m[0] as string).trim();
    if (sep !== '' && s !== sep) return false;
    sep = s;
    count++;
  }
  if (count < 2) return false;
  const segments = line.split(sep);
  // A breadcrumb's segments are short, without a sentence's end; it starts at the site's jobs or
  // ends at a role: "Kafka > Flink > Snowflake" is a data flow.
  return (
    segments.every((seg) => seg.trim().length < 90 && !/[.!?]\s/.test(seg)) &&
    (SITE.test(segments[0] as string) || ROLE.test(segments[segments.length - 1] as string))
  );
}

const SITE =
  /(?<!\p{L})(?:jobs?|careers?|home|karriere|stellen\p{L}*|emplois?|empleos?|offres|lavor[oi]|vacatures|oferty|vagas|jobb|startseite|accueil|inicio)(?!\p{L})|jobindex|stepstone|indeed|linkedin|glassdoor|xing/iu;
const ROLE =
  /(?<!\p{L})(?:engineer|developer|manager|analyst|scientist|architect|designer|consultant|specialist|administrator|lead|ingenieur\p{L}*|entwickler\p{L}*|développeu\p{L}+|ingénieur\p{L}*|desarrollador\p{L}*|sviluppat\p{L}+|ontwikkelaar|utvecklare|udvikler|programista|\(m\/w\/d\)|\(h\/f\))/iu;
