import { jobPartOf, pickTitle } from '../role/title';
import { lineEndOf, lineStartOf } from './context';
import type { Candidate } from './scan';

/**
 * A stack line split into areas by bars: "Stack at a glance: React 18, TypeScript, Vite |
 * Backend: Go, PostgreSQL | ML: PyTorch, Triton" on a frontend job, "Our stack: Scala, Kafka |
 * Optimisation team: Python, XGBoost" on a backend job. A segment labelled with another team
 * ("Optimisation team:", "Team Payments:", "ML-Team:") whose name the job's title does not hold,
 * or with an area that is clearly not the job's (read from the title: "Backend:" on a frontend
 * job, "ML:" on a mobile one, "Frontend:" on an ML one), names the employer's tools, not the
 * candidate's. Segments of the job's own area, of shared ones (cloud, infra, tooling) and any
 * segment when the title tells no area stay asked: on many ads the whole line is the job's stack.
 * Only lines holding a bar are read; the title is read once, at the first such labelled segment.
 */

const FE = 1;
const BE = 2;
const MOBILE = 4;
const ML = 8;
const DATA = 16;
/** Shared by every job (infra, cloud, tooling): never foreign. */
const SHARED = 32;

/** The area a segment's label names (lower case, without "team", "stack", "side"). */
function areaOfLabel(label: string): number {
  if (/^(?:front[- ]?end|frontend|web(?: app| client| ui)?|ui|client(?:[- ]side)?)$/.test(label)) return FE;
  if (/^(?:back[- ]?end|backend|server(?:[- ]side)?|apis?|services)$/.test(label)) return BE;
  if (/^(?:mobile|ios|android|apps?|mobile apps?|ios\/android|android\/ios)$/.test(label)) return MOBILE;
  if (
    /^(?:ml|ai|ki|ia|ml\/ai|ai\/ml|machine learning|data science|ml platform|mlops|models?|research|ml research|applied ml|ml engineering)$/.test(
      label,
    )
  )
    return ML;
  if (
    /^(?:data|analytics|bi|data platform|data engineering|warehouse|dados|daten|données|datos|dati)$/.test(
      label,
    )
  )
    return DATA;
  if (
    /^(?:infra|infrastructure|cloud|devops|platform|ops|ci\/cd|tooling|observability|hosting|sre)$/.test(
      label,
    )
  )
    return SHARED;
  return 0;
}

/** The areas a job title names (a bitmask; 0: none told). Full-stack is both ends; DevOps, SRE and platform work touch every area. */
function areasOfTitle(title: string): number {
  const t = title.toLowerCase();
  if (/\b(?:devops|sre|site reliability|platform engineer|infrastructure engineer|cloud engineer)/.test(t))
    return -1;
  let areas = 0;
  if (/\bfull[- ]?stack/.test(t)) areas |= FE | BE;
  if (/\b(?:front[- ]?end|frontend|ui engineer|ui developer|react|vue(?:\.js)?|angular|svelte)\b/.test(t))
    areas |= FE;
  if (
    /\b(?:back[- ]?end|backend|server|api|java|scala|golang|go|\.net|c#|php|ruby|rails|node(?:\.js)?|django|spring|elixir|python)\b/.test(
      t,
    )
  )
    areas |= BE;
  if (/\b(?:mobile|ios|android|flutter|react native|swift)\b/.test(t)) areas |= MOBILE;
  if (
    /\b(?:ml|mle|mlops|machine learning|ai|ki|ia|llm|nlp|computer vision|deep learning|data scien\w*|research\w*|applied scientist|perception)\b/.test(
      t,
    )
  )
    areas |= ML;
  if (/\b(?:data engineer\w*|analytics|analyst|bi|data platform)\b/.test(t)) areas |= DATA;
  return areas;
}

/** The segment areas that are not foreign to the job's areas. */
function allowedFor(job: number): number {
  if (job === -1) return -1;
  let ok = SHARED;
  if (job & FE) ok |= FE;
  if (job & BE) ok |= BE | DATA;
  if (job & MOBILE) ok |= MOBILE;
  if (job & ML) ok |= ML | DATA | BE;
  if (job & DATA) ok |= DATA | BE;
  return ok;
}

const TEAM_WORD =
  /(?:^|[\s-])(?:team|teams|squad|tribe|équipe|equipo|equipa|zespół|zespołu)$|^(?:team|squad|équipe|equipo|equipa|zespół)[\s-]/;
/** "Our team", "Engineering team": the job's own team, whatever it is called. */
const OWN_TEAM =
  /^(?:our|the|your|my|this|whole|engineering|tech|dev|development|core|product engineering|unser|notre|nuestro|nosso|il nostro|ons|nasz)$/;

export class OtherAreaSegments {
  /** The job's title areas, once read (undefined: not yet). */
  private allowed: number | undefined;
  private title: string | null | undefined;
  /** The next line holding a bar: [barLine, barLineEnd) (barLine -1: none left). */
  private barLine = -1;
  private barLineEnd = -1;
  /** [start, end) of the foreign segments of that line, read when a candidate first falls in it. */
  private drops: readonly number[] | null = null;

  constructor(
    private readonly text: string,
    private readonly givenTitle: string | undefined,
  ) {
    this.nextBarLine(0);
  }

  /** Finds the first line holding a bar at or after `from`. */
  private nextBarLine(from: number): void {
    const bar = this.text.indexOf('|', from);
    this.drops = null;
    if (bar < 0) {
      this.barLine = -1;
      return;
    }
    this.barLine = lineStartOf(this.text, bar);
    this.barLineEnd = lineEndOf(this.text, bar);
  }

  /** Candidates are asked in text order: the line only moves on, and most lines hold no bar. */
  holds(c: Candidate): boolean {
    if (this.barLine < 0 || c.start < this.barLine) return false;
    if (c.start >= this.barLineEnd) {
      this.nextBarLine(lineStartOf(this.text, c.start));
      if (this.barLine < 0 || c.start < this.barLine) return false;
    }
    this.drops ??= this.foreignSegments(this.barLine, this.barLineEnd);
    const d = this.drops;
    for (let k = 0; k < d.length; k += 2)
      if ((d[k] as number) <= c.start && c.end <= (d[k + 1] as number)) return true;
    return false;
  }

  /** The [start, end) pairs of the line's segments labelled with another team or a foreign area. */
  private foreignSegments(a: number, b: number): number[] {
    const text = this.text;
    const out: number[] = [];
    let s = a;
    while (s < b && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    // A table row is no stack line.
    if (text.charCodeAt(s) === 124) return out;
    while (s < b) {
      let e = text.indexOf('|', s);
      if (e < 0 || e > b) e = b;
      let colon = s;
      const stop = Math.min(e, s + 41);
      while (colon < stop && text.charCodeAt(colon) !== 58) colon++;
      if (colon > s && colon < stop) {
        const label = text.slice(s, colon).replace(/[*_]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
        if (this.isForeign(label)) out.push(colon + 1, e);
      }
      s = e + 1;
    }
    return out;
  }

  private isForeign(label: string): boolean {
    if (label.length < 2) return false;
    let name = label;
    const team = TEAM_WORD.test(label);
    if (team) name = label.replace(TEAM_WORD, '').trim();
    else name = label.replace(/[\s-](?:stack|side)$/, '').trim();
    const area = areaOfLabel(name);
    if (area === 0 && !team) return false;
    if (area === SHARED) return false;
    if (team && (name === '' || OWN_TEAM.test(name))) return false;
    const title = this.jobTitle();
    if (title === null) return false;
    if (area !== 0) {
      if (this.allowed === undefined) {
        const job = areasOfTitle(title);
        // No area told: nothing is foreign.
        this.allowed = job === 0 ? -1 : allowedFor(job);
      }
      return (this.allowed & area) === 0;
    }
    // A named team: another one unless the title names it ("Bidding team" for a bidding job).
    const t = title.toLowerCase();
    return !name.split(/[\s/&-]+/).some((w) => w.length >= 3 && t.includes(w));
  }

  private jobTitle(): string | null {
    if (this.title === undefined) {
      const t = pickTitle(this.givenTitle, this.text);
      this.title = t === null ? null : jobPartOf(t).job;
    }
    return this.title;
  }
}
