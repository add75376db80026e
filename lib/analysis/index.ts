import type { CompiledMatcher } from './matcher/compile';
import { DEFAULT_MATCHER, findInText } from './matcher/match';
import type { Candidate } from './matcher/scan';
import { companyFromHead, dropMetadataLines } from './metadata-lines';
import { readRequirements } from './requirements';
import { detectRole } from './role/detect-role';
import { assignListedAs } from './sections/listed-as';
import { summarize } from './summarize';
import type { Analysis, Mention, PostingInput } from './types';

/**
 * The engine: a posting's text (and title, when known) in, its analysis out. Pure and
 * synchronous; loads in plain Node. One scan of the text finds skills and cue words; sections,
 * listedAs, role and requirements then work from those findings and the few lines around them.
 */
export function analyzePosting(input: PostingInput): Analysis {
  return analyzePostingWith(input, DEFAULT_MATCHER);
}

/** analyzePosting with another catalogue, compiled once by compileMatcher (tests, tools). */
export function analyzePostingWith(input: PostingInput, matcher: CompiledMatcher): Analysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const companies: string[] = [];
  if (typeof input.company === 'string' && input.company.trim() !== '') companies.push(input.company.trim());
  const headCompany = companyFromHead(text);
  if (headCompany) companies.push(headCompany);
  const scanned = findInText(text, matcher, companies);
  const cues = scanned.cues;
  const found = dropMetadataLines(text, scanned.skills);
  const spans = scanned.spans;
  const listedAs = assignListedAs(text, found, cues, spans);
  const mentions: Mention[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const c = found[i] as Candidate;
    const e = c.terminal.entry;
    mentions[i] = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      skill: e.id,
      name: e.name,
      category: e.category,
      listedAs: listedAs[i] ?? 'unspecified',
    };
  }
  const distinct = summarize(found, mentions);
  // A concept naming the role ("Machine Learning Engineer") is no skill, but it is role evidence.
  const roleSkills = distinct.map((s) => s.entry);
  for (const { candidate } of scanned.roleNamed) {
    if (!roleSkills.includes(candidate.terminal.entry)) roleSkills.push(candidate.terminal.entry);
  }
  // Distinct phrases: a long page repeats "Machine Learning Engineer" many times.
  const rolePhrases = [...new Set(scanned.roleNamed.map((r) => text.slice(r.candidate.start, r.phraseEnd)))];
  const role = detectRole(input.title, text, cues, scanned.cueCounts, roleSkills, rolePhrases);
  return {
    isMlEngineer: role.id === 'ml-engineer',
    role,
    mentions,
    skills: distinct.map((s) => s.summary),
    requirements: readRequirements(text, cues, spans),
  };
}

export { compileMatcher } from './matcher/compile';
export { DEFAULT_MATCHER, matchSkills, type SkillMatch } from './matcher/match';
export type { Analysis, Mention, PostingInput, SkillSummary } from './types';
