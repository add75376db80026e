import { CATALOGUE } from '../catalogue';
import type { SkillEntry } from '../catalogue/schema';
import { type SectionSpan, splitSections } from '../sections/headers';
import { resolveAmbiguity } from './ambiguity';
import { type CompiledMatcher, compileMatcher } from './compile';
import { type Candidate, type Cue, scan } from './scan';

/** The default catalogue, compiled once when this module loads. */
export const DEFAULT_MATCHER: CompiledMatcher = compileMatcher(CATALOGUE);

export interface SkillMatch {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  entry: SkillEntry;
}

/** Skills (after the ambiguity rules), cue words and sections of a text, in order. */
export function findInText(
  text: string,
  matcher: CompiledMatcher = DEFAULT_MATCHER,
): { skills: Candidate[]; cues: Cue[]; cueCounts: Int32Array; spans: SectionSpan[] } {
  const { candidates, cues, cueCounts } = scan(matcher, text);
  const spans = splitSections(text);
  return { skills: resolveAmbiguity(text, candidates, spans), cues, cueCounts, spans };
}

/** Non-overlapping skill mentions of a text, sorted by position. */
export function matchSkills(text: string, matcher: CompiledMatcher = DEFAULT_MATCHER): SkillMatch[] {
  return findInText(text, matcher).skills.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    entry: c.terminal.entry,
  }));
}
