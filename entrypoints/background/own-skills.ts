import type { SkillSummary } from '../../lib/analysis/types';
import { isOwnId } from '../../lib/profile/own-skills';
import type { Profile } from '../../lib/profile/schema';

/**
 * A tab's report keeps the own skills found when it was analysed; one the user has since
 * removed is no longer theirs to count, so it leaves the report rather than show as missing.
 */
export function withoutRemovedOwn(skills: SkillSummary[], profile: Profile): SkillSummary[] {
  if (!skills.some((s) => isOwnId(s.id))) return skills;
  const kept = new Set((profile.ownSkills ?? []).map((s) => s.id));
  return skills.filter((s) => !isOwnId(s.id) || kept.has(s.id));
}
