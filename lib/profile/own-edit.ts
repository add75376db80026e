import { addSkill } from './edit';
import { LEVELS } from './levels';
import { formsOf, newOwnSkill, type OwnSkill, tidy } from './own-skills';
import type { SkillResolver } from './resolve-skill';
import type { Profile } from './schema';
import type { SkillRef } from './skill-ref';
import { cleanSkillText } from './skill-text';

/** Edits of the user's own skills, as pure functions from profile to profile (see ./edit.ts). */

export function ownSkillsOf(profile: Pick<Profile, 'ownSkills'>): readonly OwnSkill[] {
  return profile.ownSkills ?? [];
}

/** The own skill known by `text` as its name or an alias (any case), if any. */
export function findOwnSkill(profile: Pick<Profile, 'ownSkills'>, text: string): OwnSkill | undefined {
  const lower = tidy(text).toLowerCase();
  return ownSkillsOf(profile).find((s) => formsOf(s).some((f) => f.toLowerCase() === lower));
}

/** Adds `name` as an own skill with the defaults; a name already held (any case) changes nothing. */
export function addOwnSkill(
  profile: Profile,
  name: string,
  fields: Partial<Omit<OwnSkill, 'id' | 'name'>> = {},
): Profile {
  if (!tidy(name) || findOwnSkill(profile, name)) return profile;
  const own = ownSkillsOf(profile);
  const skill = newOwnSkill(name, new Set(own.map((s) => s.id)), fields);
  return { ...profile, ownSkills: [...own, skill] };
}

export function removeOwnSkill(profile: Profile, id: string): Profile {
  return { ...profile, ownSkills: ownSkillsOf(profile).filter((s) => s.id !== id) };
}

export type OwnSkillChange = Partial<Pick<OwnSkill, 'category' | 'side' | 'level' | 'years'>>;

/** `years: undefined` clears the years. */
export function updateOwnSkill(profile: Profile, id: string, change: OwnSkillChange): Profile {
  return {
    ...profile,
    ownSkills: ownSkillsOf(profile).map((s) => {
      if (s.id !== id) return s;
      const next = { ...s, ...change };
      if ('years' in change && change.years === undefined) delete next.years;
      return next;
    }),
  };
}

/**
 * Adds an alias unless it is empty, already one of this skill's forms, or another own skill's
 * form (one text must name one skill). Returns why nothing changed, for the page to say.
 */
export function addAlias(
  profile: Profile,
  id: string,
  alias: string,
): { profile: Profile; refused?: string } {
  const clean = cleanSkillText(alias);
  if (!clean.ok) return { profile, refused: `Not added: ${clean.reason}.` };
  const text = clean.text;
  if (!text) return { profile, refused: 'Type an alias first.' };
  const holder = findOwnSkill(profile, text);
  if (holder?.id === id) return { profile, refused: `“${text}” is already listed.` };
  if (holder) return { profile, refused: `“${text}” already names ${holder.name}.` };
  return {
    profile: {
      ...profile,
      ownSkills: ownSkillsOf(profile).map((s) =>
        s.id === id && s.aliases.length < 20 ? { ...s, aliases: [...s.aliases, text] } : s,
      ),
    },
  };
}

export function removeAlias(profile: Profile, id: string, alias: string): Profile {
  return {
    ...profile,
    ownSkills: ownSkillsOf(profile).map((s) =>
      s.id === id ? { ...s, aliases: s.aliases.filter((a) => a !== alias) } : s,
    ),
  };
}

/**
 * Replaces an own skill by the catalogue skill it turned out to be, at the same level and
 * years. A catalogue skill already held keeps the stronger of the two levels.
 */
export function mergeIntoCatalogue(profile: Profile, ownId: string, catalogueId: string): Profile {
  const own = ownSkillsOf(profile).find((s) => s.id === ownId);
  if (!own) return profile;
  const held = profile.skills.find((s) => s.skill === catalogueId);
  const without = removeOwnSkill(profile, ownId);
  if (held && LEVELS.indexOf(held.level) >= LEVELS.indexOf(own.level)) return without;
  return addSkill(without, catalogueId, own.level, own.years ?? held?.years);
}

/**
 * The catalogue skill an own skill turns out to be, when its name or an alias names one after
 * normalisation (case, spaces, separators, a plural "s"): the options page offers to merge.
 */
export function catalogueTwin(skill: OwnSkill, resolve: SkillResolver): SkillRef | undefined {
  for (const form of formsOf(skill)) {
    const hit = resolve(form);
    if (hit) return hit;
  }
  return undefined;
}
