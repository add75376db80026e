import { addOwnSkill, findOwnSkill } from './own-edit';
import { resolveSkill, type SkillResolver } from './resolve-skill';
import type { Level, Profile, ProfileSkill } from './schema';
import { cleanSkillText } from './skill-text';

/**
 * The options page's edits, as pure functions from profile to profile (easy to test, and the
 * page only ever saves whole, validated profiles).
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

/**
 * Adds typed text: a catalogue skill when the text names one (by name or alias), otherwise a
 * skill of the user's own (./own-edit.ts; normalised, refused with control characters, see
 * skill-text.ts). Returns what it became so the page can say so.
 */
export function addTypedSkill(
  profile: Profile,
  text: string,
  level: Level = 'working',
  resolve: SkillResolver = resolveSkill,
): {
  profile: Profile;
  added: { kind: 'catalogue'; id: string } | { kind: 'own'; id: string; text: string } | null;
} {
  const clean = cleanSkillText(text);
  const trimmed = clean.ok ? clean.text : '';
  if (!trimmed) return { profile, added: null };
  const hit = resolve(trimmed);
  if (hit) return { profile: addSkill(profile, hit.id, level), added: { kind: 'catalogue', id: hit.id } };
  if (findOwnSkill(profile, trimmed)) return { profile, added: null };
  const next = addOwnSkill(profile, trimmed, { level });
  const added = next.ownSkills?.at(-1);
  return { profile: next, added: added ? { kind: 'own', id: added.id, text: trimmed } : null };
}

export function removeFreeText(profile: Profile, text: string): Profile {
  return { ...profile, freeText: profile.freeText.filter((t) => t !== text) };
}
