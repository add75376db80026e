import type { Level } from './levels';
import type { Profile, ProfileSkill } from './schema';

/**
 * The options page's edits, as pure functions from profile to profile (easy to test, and the
 * page only ever saves whole, validated profiles). Own skills: ./own-edit.ts; typed text that
 * may be either: ./typed-skill.ts.
 */

export function addSkill(profile: Profile, skill: string, level: Level = 'working', years?: number): Profile {
  const entry: ProfileSkill = years === undefined ? { skill, level } : { skill, level, years };
  const existing = profile.skills.some((s) => s.skill === skill);
  return {
    ...profile,
    skills: existing
      ? profile.skills.map((s) => (s.skill === skill ? entry : s))
      : [...profile.skills, entry],
  };
}

export function removeSkill(profile: Profile, skill: string): Profile {
  return { ...profile, skills: profile.skills.filter((s) => s.skill !== skill) };
}

export function setLevel(profile: Profile, skill: string, level: Level): Profile {
  return { ...profile, skills: profile.skills.map((s) => (s.skill === skill ? { ...s, level } : s)) };
}

/** undefined clears the years. */
export function setSkillYears(profile: Profile, skill: string, years: number | undefined): Profile {
  return {
    ...profile,
    skills: profile.skills.map((s) => {
      if (s.skill !== skill) return s;
      const { years: _old, ...rest } = s;
      return years === undefined ? rest : { ...rest, years };
    }),
  };
}

export function removeFreeText(profile: Profile, text: string): Profile {
  return { ...profile, freeText: profile.freeText.filter((t) => t !== text) };
}
