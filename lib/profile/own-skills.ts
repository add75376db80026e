import * as z from 'zod/mini';
import type { ExtraSkill } from '../analysis/extra-skills';
import { CATEGORIES, type Category, SIDES, type Side } from '../analysis/types';
import { LEVELS, type Level } from './levels';
import { cleanSkillText } from './skill-text';

/**
 * The user's own skills: ones the catalogue does not know, with the aliases, category and side
 * the user gives them, so that postings can be searched for them and the fit can count them.
 * Their ids ("own:<slug>") never collide with catalogue ids, which have no colon.
 */

export const OWN_PREFIX = 'own:';
const OWN_ID = /^own:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Text = z.string().check(z.minLength(1), z.maxLength(100));

export const OwnSkillSchema = z.object({
  id: z.string().check(z.regex(OWN_ID)),
  name: Text,
  aliases: z.array(Text).check(z.maxLength(20)),
  category: z.enum(CATEGORIES),
  side: z.enum(SIDES),
  level: z.enum(LEVELS),
  years: z.optional(z.number().check(z.gte(0), z.lte(60))),
});
export type OwnSkill = z.infer<typeof OwnSkillSchema>;

/** What a skill typed as free text starts as: the level FREE_TEXT_LEVEL credits in the fit. */
export const OWN_DEFAULTS: { category: Category; side: Side; level: Level } = {
  category: 'nice-to-have',
  side: 'engineering',
  level: 'working',
};

export function isOwnId(id: string): boolean {
  return id.startsWith(OWN_PREFIX);
}

/** "C++" → "c-plus-plus", "Økonomi" → "okonomi"; empty when nothing Latin is left. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A new id for `name`, unlike any of `taken` (a counter keeps "C++" and "C#"-like slugs apart). */
export function newOwnId(name: string, taken: ReadonlySet<string>): string {
  const base = `${OWN_PREFIX}${slugOf(name) || 'skill'}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Cleaned as every skill text is (./skill-text.ts); '' when refused (control characters). */
export function tidy(text: string): string {
  const clean = cleanSkillText(text);
  return clean.ok ? clean.text : '';
}

/** Every form the skill is known by, name first. */
export function formsOf(skill: Pick<OwnSkill, 'name' | 'aliases'>): string[] {
  return [skill.name, ...skill.aliases];
}

export function newOwnSkill(
  name: string,
  taken: ReadonlySet<string>,
  fields: Partial<Omit<OwnSkill, 'id' | 'name'>> = {},
): OwnSkill {
  return { id: newOwnId(name, taken), name: tidy(name), aliases: [], ...OWN_DEFAULTS, ...fields };
}

/**
 * Moves free-text entries (what earlier versions stored: a bare name) into own skills with the
 * defaults, once. A name already held as an own skill (any case) is not added twice.
 */
export function migrateFreeText<P extends { freeText: string[]; ownSkills?: OwnSkill[] | undefined }>(
  profile: P,
): P {
  if (profile.freeText.length === 0) return profile;
  const own = [...(profile.ownSkills ?? [])];
  const taken = new Set(own.map((s) => s.id));
  const known = new Set(own.flatMap((s) => formsOf(s).map((f) => f.toLowerCase())));
  for (const text of profile.freeText) {
    const name = tidy(text);
    if (!name || known.has(name.toLowerCase())) continue;
    const skill = newOwnSkill(name, taken);
    own.push(skill);
    taken.add(skill.id);
    known.add(name.toLowerCase());
  }
  return { ...profile, freeText: [], ownSkills: own };
}

/** The profile's own skills as the engine takes them (AnalyzeOptions.extraSkills). */
export function extraSkillsOf(profile: { ownSkills?: readonly OwnSkill[] | undefined }): ExtraSkill[] {
  return (profile.ownSkills ?? []).map(({ id, name, aliases, category, side }) => ({
    id,
    name,
    aliases,
    category,
    side,
  }));
}
