import { CATALOGUE } from '../catalogue';
import type { SkillEntry } from '../catalogue/schema';
import { CUE_CODE } from '../cues';
import { employerRanges, legalRanges, mergedSorted, type Range, RangeCursor } from '../sections/employer';
import { type SectionSpan, splitSections } from '../sections/headers';
import { resolveAmbiguity } from './ambiguity';
import { addBracketChildren } from './bracket-children';
import { type CompiledMatcher, compileMatcher } from './compile';
import { indexLines, releaseLines } from './context';
import { dropEmployerSays } from './employer-says';
import { Hints } from './hints';
import { dropNames, type RoleNamed } from './names';
import { dropNotAsked } from './not-asked';
import { dropNotRequired, dropTaggedNotRequired } from './not-required';
import { type Candidate, type Cue, cuesByCode, scan } from './scan';
import { splitSlashPairs } from './slash-pairs';

/** The default catalogue, compiled once when this module loads. */
export const DEFAULT_MATCHER: CompiledMatcher = compileMatcher(CATALOGUE);

export interface SkillMatch {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  entry: SkillEntry;
}

/**
 * Skills (after the ambiguity and name rules), cue words and sections of a text, in order.
 * `roleNamed`: concepts that name the role or a team ("Machine Learning Engineer"), not skills.
 * `companies`: the hiring company's name(s), whose words are never skills (./names.ts).
 * `employer`: where the text describes the employer (../sections/employer.ts); what it names
 * there ("a leader in computer vision", "our product is a Rails monolith") is the employer's,
 * not asked of the candidate: no skills, only weak role evidence (`employerNamed`).
 */
export function findInText(
  text: string,
  matcher: CompiledMatcher = DEFAULT_MATCHER,
  companies: readonly string[] = [],
  /** The posting's title when given. */
  title?: string,
): {
  skills: Candidate[];
  roleNamed: RoleNamed[];
  employerNamed: Candidate[];
  employer: Range[];
  cues: Cue[];
  /** The cue words of each code (index: code), in text order. */
  cuesByCode: Cue[][];
  /** The cue words role detection reads: negations and the counted kinds (../role/). */
  roleCues: Cue[];
  cueCounts: number[];
  /** Cue words inside the employer's text. */
  employerCueCounts: number[];
  spans: SectionSpan[];
} {
  const indexed = indexLines(text);
  try {
    return findIn(text, matcher, companies, title);
  } finally {
    if (indexed) releaseLines();
  }
}

function findIn(text: string, matcher: CompiledMatcher, companies: readonly string[], title?: string) {
  const spans = splitSections(text);
  const sectionsAbout = employerRanges(text, spans, companies[0] ?? '');
  const scanned = scan(matcher, text, sectionsAbout);
  const { cues, cueCounts, zoneCueCounts } = scanned;
  const candidates = addBracketChildren(text, matcher, splitSlashPairs(text, matcher, scanned.candidates));
  // One pass over the cue words gives each reader its kinds.
  const { byCode, roleSignals } = cuesByCode(cues, matcher.cueKinds, CUE_CODE.negation);
  // Legal lines are found from the scan's cue words; their few cue words are not discounted.
  const legal = legalRanges(text, startsOf(byCode[CUE_CODE.legal] as Cue[]));
  const employer = legal.length ? mergedSorted(sectionsAbout, legal) : sectionsAbout;
  // Only a company name holding a concept can hide one: "Acme Robotics", not "Larchmont Health".
  const naming = companies.filter((n) => scan(matcher, n).candidates.some((c) => c.terminal.concept));
  // Role nouns, and the degree words among which "Master" (Scrum Master) is.
  const roleNouns = new Hints(cues, CUE_CODE.rolenoun, CUE_CODE.degree);
  // The passes below each keep part of the list before: `candidates` is this analysis's own (the
  // scan made it), so each is given it to cut in place. A page's list is larger than the young
  // heap's objects, and a new one per pass cost a large allocation each.
  const { kept, roleNamed } = dropNames(
    text,
    resolveAmbiguity(text, candidates, spans, true),
    naming,
    roleNouns,
    true,
  );
  // What the posting says is not required, and that skill's tag-line mentions with it.
  const notRequired = dropNotRequired(text, kept, byCode[CUE_CODE.negation] as Cue[]);
  dropTaggedNotRequired(text, notRequired.kept, notRequired.dropped);
  const notAsked = dropNotAsked(
    text,
    notRequired.kept,
    spans,
    new Hints(byCode[CUE_CODE.perk] as Cue[], CUE_CODE.perk),
    new Hints(byCode[CUE_CODE.degree] as Cue[], CUE_CODE.degree),
    roleNouns,
    matcher.entries,
    title,
    true,
  );
  // Concepts named but not asked for ("No machine learning experience needed") weigh as little as the employer's.
  const employerNamed: Candidate[] = notAsked.dropped.filter((c) => c.terminal.concept);
  for (const c of notRequired.dropped) if (c.terminal.concept) employerNamed.push(c);
  // A concept anywhere in the employer's text; a tool in its prose and perks ("our product is
  // a Rails monolith", "we run on Azure") and in legal prose ("Due to export control
  // regulations (ITAR)"), as a listed requirement may name a law ("✅ privacy (PIPEDA/GDPR)").
  const toolRanges = legal.length ? mergedSorted(sectionsAbout, proseLines(text, legal)) : sectionsAbout;
  const outside =
    employer.length > 0 ? outsideEmployer(notAsked.kept, employer, toolRanges, employerNamed) : notAsked.kept;
  // Concepts where the employer speaks of itself ("Our deep learning models watch...").
  const says = dropEmployerSays(
    text,
    outside,
    spans,
    companies[0] ?? '',
    roleNouns,
    new Hints(byCode[CUE_CODE.negation] as Cue[], CUE_CODE.negation),
    true,
  );
  employerNamed.push(...says.dropped);
  const skills = says.kept;
  return {
    skills,
    roleNamed,
    employerNamed,
    employer,
    cues,
    cuesByCode: byCode,
    roleCues: roleSignals,
    cueCounts,
    employerCueCounts: zoneCueCounts,
    spans,
  };
}

/**
 * The candidates that are skills: all but the concepts in the employer's text and the tools in
 * `toolRanges`, which go to `employerNamed`. A function of its own, like every loop over a page's
 * candidates run once per analysis: a loop inside findIn was compiled on the fly on long pages,
 * and that code thrown away at findIn's next line on every analysis. `kept` is given up: the
 * skills are moved to its front (each to an index at or before its own, after it is read) and it
 * is cut to them, as a new page-sized list would cost a large allocation.
 */
function outsideEmployer(
  kept: Candidate[],
  employer: readonly Range[],
  toolRanges: readonly Range[],
  employerNamed: Candidate[],
): Candidate[] {
  const skills = kept;
  let n = 0;
  const inEmployer = new RangeCursor(employer);
  const inToolRanges = new RangeCursor(toolRanges);
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i] as Candidate;
    // Both cursors advance with every candidate: they are asked in text order.
    const concept = inEmployer.has(c.start, c.end);
    const tool = inToolRanges.has(c.start, c.end);
    if (c.terminal.concept ? concept : tool) employerNamed.push(c);
    else skills[n++] = c;
  }
  skills.length = n;
  return skills;
}

/** Non-overlapping skill mentions of a text, sorted by position. */
export function matchSkills(
  text: string,
  matcher: CompiledMatcher = DEFAULT_MATCHER,
  companies: readonly string[] = [],
): SkillMatch[] {
  return findInText(text, matcher, companies).skills.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    entry: c.terminal.entry,
  }));
}

function startsOf(cues: readonly Cue[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < cues.length; i++) out.push((cues[i] as Cue).start);
  return out;
}

/** The legal lines written as prose: a line opening with a bullet or an emoji ("✅ privacy (PIPEDA)") lists a requirement. */
function proseLines(text: string, ranges: readonly Range[]): Range[] {
  return ranges.filter(([a]) => /^\s*\p{L}/u.test(text.slice(a, a + 8)));
}
