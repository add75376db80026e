import { skillsOf } from '../../lib/analysis/index';
import type { SkillSummary } from '../../lib/analysis/types';

/** The catalogue skills the engine finds in a résumé, run in this page (nothing is sent). */
export function skillsInText(text: string): SkillSummary[] {
  return skillsOf(text);
}
