import { CUE_CODE } from './cues';
import { addExtraFindings, type ExtraSkill, matcherWithExtras } from './extra-skills';
import type { CompiledMatcher, Terminal } from './matcher/compile';
import { indexLines, releaseLines } from './matcher/context';
import { EntryMarks } from './matcher/entry-marks';
import { DEFAULT_MATCHER, findInText } from './matcher/match';
import type { RoleNamed } from './matcher/names';
import { type Candidate, type Cue, mergedCues } from './matcher/scan';
import { companyCore, companyFromHead, dropMetadataLines } from './metadata-lines';
import { readRequirements } from './requirements';
import { EMPLOYER_WEIGHT, type RoleSkill } from './role/body';
import { detectRole } from './role/detect-role';
import { RangeCursor } from './sections/employer';
import { ListedAsReader } from './sections/listed-as';
import { Summaries } from './summarize';
import type { Analysis, Mention, PostingInput, SkillSummary } from './types';

/**
 * The skills role detection weighs: each found skill in full unless only the employer's text
 * names it; a concept naming the role ("Machine Learning Engineer") is no skill but is role
 * evidence; a concept in the employer's text ("a computer vision company") weak evidence.
 */
function roleSkillsOf(
  found: readonly Candidate[],
  scanned: ReturnType<typeof findInText>,
  size: number,
): RoleSkill[] {
  // Entries in order of first appearance, with the highest weight any of their mentions has.
  const out: RoleSkill[] = [];
  ROLE_SKILL_AT.begin(size);
  const inEmployer = new RangeCursor(scanned.employer);
  // Indexed loops: this runs once per analysis, often before the optimising compiler has seen
  // it, and a for-of over a page's mentions would then make an iterator result per mention.
  for (let i = 0; i < found.length; i++) {
    const c = found[i] as Candidate;
    weigh(out, c.terminal, inEmployer.has(c.start, c.end) ? EMPLOYER_WEIGHT : 1);
  }
  const roleNamed = scanned.roleNamed;
  for (let i = 0; i < roleNamed.length; i++) weigh(out, (roleNamed[i] as RoleNamed).candidate.terminal, 1);
  const employerNamed = scanned.employerNamed;
  for (let i = 0; i < employerNamed.length; i++)
    weigh(out, (employerNamed[i] as Candidate).terminal, EMPLOYER_WEIGHT);
  return out;
}

/**
 * Adds a mention's weight to its entry's row. A module function, not a closure made per call:
 * under tsx (the bench, the tools) every function expression is also given its name at creation,
 * which costs more than the loop it serves.
 */
function weigh(out: RoleSkill[], t: Terminal, w: number): void {
  const at = ROLE_SKILL_AT;
  if (!at.has(t.index)) {
    at.set(t.index, out.length);
    out.push({ entry: t.entry, weight: w });
    return;
  }
  const s = out[at.get(t.index)] as RoleSkill;
  if (w > s.weight) s.weight = w;
}
const ROLE_SKILL_AT = new EntryMarks();

/**
 * The engine: a posting's text (and title, when known) in, its analysis out. Pure and
 * synchronous; loads in plain Node. One scan of the text finds skills and cue words; sections,
 * listedAs, role and requirements then work from those findings and the few lines around them.
 */
export function analyzePosting(input: PostingInput, options: AnalyzeOptions = {}): Analysis {
  const base = analyzePostingWith(input, DEFAULT_MATCHER);
  const extras = options.extraSkills ?? [];
  if (extras.length === 0) return base;
  // Only the mentions and skills of the second reading are used: it needs no role or requirements.
  return addExtraFindings(base, skillsWith(input, matcherWithExtras(extras)), extras);
}

/** The mentions and skills of a posting read with `matcher`: findSkills alone. */
function skillsWith(input: PostingInput, matcher: CompiledMatcher): Pick<Analysis, 'mentions' | 'skills'> {
  const text = typeof input.text === 'string' ? input.text : '';
  const indexed = indexLines(text);
  try {
    const { mentions, distinct } = findSkills(input, text, matcher);
    return { mentions, skills: distinct.map((s) => s.summary) };
  } finally {
    if (indexed) releaseLines();
  }
}

export interface AnalyzeOptions {
  /** Skills beyond the catalogue (the user's own): found, flagged `own`, never in the role. */
  extraSkills?: readonly ExtraSkill[];
}

/** analyzePosting with another catalogue, compiled once by compileMatcher (tests, tools). */
export function analyzePostingWith(input: PostingInput, matcher: CompiledMatcher): Analysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const indexed = indexLines(text);
  try {
    return analyzeText(input, text, matcher);
  } finally {
    if (indexed) releaseLines();
  }
}

/**
 * The skills of a text alone, without role or requirements: the background reads a résumé with
 * it for the options page.
 */
export function skillsOf(text: string): SkillSummary[] {
  const indexed = indexLines(text);
  try {
    return findSkills({ text }, text, DEFAULT_MATCHER).distinct.map((s) => s.summary);
  } finally {
    if (indexed) releaseLines();
  }
}

/** The passes that find the skills: scan, metadata lines, listedAs, mentions, summaries. */
function findSkills(input: PostingInput, text: string, matcher: CompiledMatcher) {
  const companies: string[] = [];
  // Without its legal form: "Kallio Instruments Oy" writes "Kallio Instruments suunnittelee...".
  if (typeof input.company === 'string' && input.company.trim() !== '')
    companies.push(companyCore(input.company.trim()));
  const headCompany = companyFromHead(text);
  if (headCompany) companies.push(companyCore(headCompany));
  const scanned = findInText(
    text,
    matcher,
    companies,
    typeof input.title === 'string' ? input.title : undefined,
  );
  const found = dropMetadataLines(text, scanned.skills);
  const byCode = scanned.cuesByCode;
  // Each reader is given only the cue words of its kinds (it still checks each word's code).
  const listedAs = new ListedAsReader(
    text,
    found,
    mergedCues(byCode[CUE_CODE.optional] as Cue[], byCode[CUE_CODE.must] as Cue[]),
    scanned.spans,
  );
  const summaries = new Summaries(matcher.entries.length);
  const mentions = mentionsOf(text, found, listedAs, summaries);
  const distinct = summaries.out;
  return { scanned, found, mentions, distinct };
}

function analyzeText(input: PostingInput, text: string, matcher: CompiledMatcher): Analysis {
  const { scanned, found, mentions, distinct } = findSkills(input, text, matcher);
  const byCode = scanned.cuesByCode;
  const spans = scanned.spans;
  const role = detectRole(
    input.title,
    text,
    scanned.roleCues,
    scanned.cueCounts,
    roleSkillsOf(found, scanned, matcher.entries.length),
    distinctPhrases(text, scanned.roleNamed),
    scanned.employerCueCounts,
  );
  return {
    isMlEngineer: role.id === 'ml-engineer',
    role,
    mentions,
    skills: distinct.map((s) => s.summary),
    requirements: readRequirements(
      text,
      byCode[CUE_CODE.years] as Cue[],
      byCode[CUE_CODE.degree] as Cue[],
      spans,
    ),
  };
}

/**
 * The mentions of the found skills, each with its listedAs, added to the summaries as it is
 * made: one pass over the candidates. The loops over a page's mentions live in functions of
 * their own: analyzeText runs once per analysis, so its loops are compiled on the fly (on-stack
 * replacement) and such code was thrown away at the first line after the loop on every long
 * page; a function holding only the loop keeps its compiled code.
 */
function mentionsOf(
  text: string,
  found: readonly Candidate[],
  listedAs: ListedAsReader,
  summaries: Summaries,
): Mention[] {
  const mentions: Mention[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const c = found[i] as Candidate;
    const e = c.terminal.entry;
    const listed = listedAs.at(i);
    mentions[i] = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      skill: e.id,
      name: e.name,
      category: e.category,
      listedAs: listed,
    };
    summaries.add(c.terminal, listed, listedAs.tagged);
  }
  return mentions;
}

/** The role phrases, each once, in order: a long page repeats "Machine Learning Engineer" many times. */
function distinctPhrases(text: string, roleNamed: readonly RoleNamed[]): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < roleNamed.length; i++) {
    const r = roleNamed[i] as RoleNamed;
    seen.add(text.slice(r.candidate.start, r.phraseEnd));
  }
  return [...seen];
}

export type { ExtraSkill } from './extra-skills';
export { compileMatcher } from './matcher/compile';
export { DEFAULT_MATCHER, matchSkills, type SkillMatch } from './matcher/match';
export type { Analysis, Mention, PostingInput, SkillSummary } from './types';
