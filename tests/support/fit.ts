import type { Category, ListedAs, Requirements, Side, SkillSummary } from '../../lib/analysis/types';
import type { Level } from '../../lib/profile/levels';
import { emptyProfile, type Profile } from '../../lib/profile/schema';

/** Small builders shared by the fit tests. */

export function skill(
  id: string,
  category: Category,
  listedAs: ListedAs = 'required',
  side?: Side,
): SkillSummary {
  return {
    id,
    name: id.toUpperCase(),
    category,
    side: side ?? (id.startsWith('ml') ? 'ml' : 'engineering'),
    count: 1,
    listedAs,
  };
}

export function profileWith(levels: Record<string, Level>, extra: Partial<Profile> = {}): Profile {
  return {
    ...emptyProfile(),
    skills: Object.entries(levels).map(([s, level]) => ({ skill: s, level })),
    ...extra,
  };
}

export const NO_REQUIREMENTS: Requirements = { years: null, degree: null };
