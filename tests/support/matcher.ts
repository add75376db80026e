import { compileMatcher } from '../../lib/analysis/matcher/compile';
import { matchSkills } from '../../lib/analysis/matcher/match';
import { TEST_CATALOGUE } from './analysis-catalogue';

export const TEST_MATCHER = compileMatcher(TEST_CATALOGUE);

/** "text=skill" for each mention, in order: compact and readable in assertions. */
export function found(text: string): string[] {
  return matchSkills(text, TEST_MATCHER).map((m) => `${m.text}=${m.entry.id}`);
}

/** The skill ids found, in order. */
export function ids(text: string): string[] {
  return matchSkills(text, TEST_MATCHER).map((m) => m.entry.id);
}
