import * as z from 'zod/mini';
import { LEVELS } from './levels';

/**
 * The user's skill profile: the only personal data the extension keeps, in IndexedDB
 * in the extension's own origin. These schemas guard every boundary (stored rows,
 * import files, messages): nothing read back is trusted.
 */

export { LEVELS, type Level } from './levels';

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

export const ProfileSchema = z.object({
  skills: z.array(ProfileSkillSchema),
  /** Skills typed by the user that the catalogue does not know. */
  freeText: z.array(z.string()),
  background: z.nullable(z.enum(BACKGROUNDS)),
  /** Total years of professional experience. */
  years: z.nullable(z.number().check(z.gte(0), z.lte(60))),
  targetRole: z.nullable(z.string()),
  updatedAt: z.number(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export function emptyProfile(): Profile {
  return { skills: [], freeText: [], background: null, years: null, targetRole: null, updatedAt: 0 };
}
