import * as z from 'zod/mini';
import { canonicalSkillId } from '../analysis/catalogue/redirects';
import { LEVELS } from './levels';
import { migrateFreeText, OwnSkillSchema } from './own-skills';

/**
 * The user's skill profile: the only personal data the extension keeps, in IndexedDB
 * in the extension's own origin. These schemas guard every boundary (stored rows,
 * import files, messages): nothing read back is trusted.
 */

export const BACKGROUNDS = [
  'backend-engineer',
  'data-scientist',
  'data-engineer',
  'research',
  'phd-graduate',
  'other',
] as const;
export type Background = (typeof BACKGROUNDS)[number];

export const ProfileSkillSchema = z.object({
  /** Catalogue id */
  skill: z.string().check(z.minLength(1)),
  level: z.enum(LEVELS),
  years: z.optional(z.number().check(z.gte(0), z.lte(60))),
});
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;

export { type OwnSkill, OwnSkillSchema } from './own-skills';

const StoredProfileSchema = z.object({
  skills: z.array(ProfileSkillSchema),
  /**
   * Names typed by earlier versions for skills the catalogue did not know. Parsing moves them
   * into ownSkills (see migrateFreeText), so a parsed profile holds none: no database version
   * is needed, the next save writes the new shape.
   */
  freeText: z.array(z.string()),
  /** The user's own skills, with aliases, category and side (./own-skills.ts). */
  ownSkills: z.optional(z.array(OwnSkillSchema)),
  background: z.nullable(z.enum(BACKGROUNDS)),
  /** Total years of professional experience. */
  years: z.nullable(z.number().check(z.gte(0), z.lte(60))),
  targetRole: z.nullable(z.string()),
  updatedAt: z.number(),
});

export const ProfileSchema = z.pipe(
  StoredProfileSchema,
  z.transform((profile) => migrateFreeText(redirectSkillIds(profile))),
);

/**
 * Catalogue ids merged into another since the profile was saved ("tailwind-css" into
 * "tailwind": ../analysis/catalogue/redirects.ts) are read as the id that stands for the skill
 * now, so the skill still matches postings. Two entries that become one keep the higher level
 * and the larger years. The next save writes the new ids.
 */
export function redirectSkillIds<P extends { skills: ProfileSkill[] }>(profile: P): P {
  if (profile.skills.every((s) => canonicalSkillId(s.skill) === s.skill)) return profile;
  const skills = new Map<string, ProfileSkill>();
  for (const s of profile.skills) {
    const skill = canonicalSkillId(s.skill);
    const prev = skills.get(skill);
    if (!prev) {
      skills.set(skill, { ...s, skill });
      continue;
    }
    const level = LEVELS.indexOf(s.level) > LEVELS.indexOf(prev.level) ? s.level : prev.level;
    const years = Math.max(prev.years ?? -1, s.years ?? -1);
    skills.set(skill, { skill, level, ...(years >= 0 ? { years } : {}) });
  }
  return { ...profile, skills: [...skills.values()] };
}
export type Profile = z.infer<typeof ProfileSchema>;

export function emptyProfile(): Profile {
  return { skills: [], freeText: [], background: null, years: null, targetRole: null, updatedAt: 0 };
}
