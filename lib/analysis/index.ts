import type { SkillEntry } from './catalogue/schema';
import type { CompiledMatcher } from './matcher/compile';
import { DEFAULT_MATCHER, findInText } from './matcher/match';
import { dropMetadataLines } from './metadata-lines';
import { readRequirements } from './requirements';
import { detectRole } from './role/detect-role';
import { splitSections } from './sections/headers';
import { assignListedAs } from './sections/listed-as';
import { summarize } from './summarize';
import type { Analysis, Mention, PostingInput } from './types';

/**
 * The engine: a posting's text (and title, when known) in, its analysis out. Pure and
 * synchronous; loads in plain Node. One scan of the text finds skills and cue words; sections,
 * listedAs, role and requirements then work from those findings and the few lines around them.
 */
export function analyzePosting(input: PostingInput, matcher: CompiledMatcher = DEFAULT_MATCHER): Analysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const { skills, cues } = findInText(text, matcher);
  const found = dropMetadataLines(text, skills);
  const spans = splitSections(text);
  const listedAs = assignListedAs(text, found, cues, spans);
  const entries = new Map<string, SkillEntry>();
  const mentions: Mention[] = found.map((c, i) => {
    const e = c.terminal.entry;
    entries.set(e.id, e);
    return {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      skill: e.id,
      name: e.name,
      category: e.category,
      listedAs: listedAs[i] ?? 'unspecified',
    };
  });
  const skillEntries = [...entries.values()];
  const role = detectRole(input.title, text, cues, skillEntries);
  return {
    isMlEngineer: role.id === 'ml-engineer',
    role,
    mentions,
    skills: summarize(mentions, (id) => entries.get(id) as SkillEntry),
    requirements: readRequirements(text, cues, spans),
  };
}

export { compileMatcher } from './matcher/compile';
export { DEFAULT_MATCHER, matchSkills, type SkillMatch } from './matcher/match';
export type { Analysis, Mention, PostingInput, SkillSummary } from './types';
