import * as z from 'zod/mini';
import { CATEGORIES, SIDES } from '../analysis/types';
import { addSkill } from './edit';
import { LEVELS } from './levels';
import { findOwnSkill, ownSkillsOf } from './own-edit';
import { migrateFreeText, newOwnSkill, OWN_DEFAULTS, type OwnSkill, tidy } from './own-skills';
import type { SkillResolver } from './resolve-skill';
import type { Profile } from './schema';

/**
 * The own skills of a profile file ("ownSkills", written since own skills have aliases and a
 * category). Lenient like the rest of the import: only the name is required; a file from
 * before own skills carries "freeText" names instead, which become own skills with defaults.
 */

const Text = z.string().check(z.maxLength(100));

export const ImportOwnSkillSchema = z.object({
  id: z.optional(z.string().check(z.maxLength(120))),
  name: Text,
  aliases: z.optional(z.array(Text).check(z.maxLength(20))),
  category: z.optional(z.enum(CATEGORIES)),
  side: z.optional(z.enum(SIDES)),
  level: z.optional(z.enum(LEVELS)),
  years: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(60)))),
});
export type ImportOwnSkill = z.infer<typeof ImportOwnSkillSchema>;

const OWN_ID = /^own:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Adds the file's own skills to the profile built from the rest of the file, then moves its
 * free-text names into own skills. A name the catalogue knows becomes that catalogue skill at
 * the file's level (said in a warning); a name listed twice keeps the last entry.
 */
export function importOwnSkills(
  built: { profile: Profile; warnings: string[] },
  entries: readonly ImportOwnSkill[] | undefined,
  resolve: SkillResolver,
): { profile: Profile; warnings: string[] } {
  let profile = built.profile;
  const warnings = [...built.warnings];
  const recognised: string[] = [];
  for (const entry of entries ?? []) {
    const name = tidy(entry.name);
    if (!name) continue;
    const level = entry.level ?? OWN_DEFAULTS.level;
    const hit = resolve(name);
    if (hit) {
      if (!profile.skills.some((s) => s.skill === hit.id)) {
        profile = addSkill(profile, hit.id, level, entry.years ?? undefined);
        recognised.push(`${name} → ${hit.name}`);
      }
      continue;
    }
    const before = findOwnSkill(profile, name);
    const others = ownSkillsOf(profile).filter((s) => s !== before);
    const taken = new Set(others.map((s) => s.id));
    const fields: Partial<OwnSkill> = {
      aliases: uniqueAliases(name, entry.aliases ?? [], others),
      category: entry.category ?? OWN_DEFAULTS.category,
      side: entry.side ?? OWN_DEFAULTS.side,
      level,
      ...(entry.years != null ? { years: entry.years } : {}),
    };
    const skill = newOwnSkill(name, taken, fields);
    if (entry.id && OWN_ID.test(entry.id) && !taken.has(entry.id)) skill.id = entry.id;
    profile = { ...profile, ownSkills: [...others, skill] };
  }
  if (recognised.length) {
    warnings.push(`Own skills found in the catalogue, added as catalogue skills: ${recognised.join(', ')}.`);
  }
  return { profile: migrateFreeText(profile), warnings };
}

/** Aliases tidied, without repeats, the name itself, or forms another own skill already has. */
function uniqueAliases(name: string, aliases: readonly string[], others: readonly OwnSkill[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  for (const s of others) for (const f of [s.name, ...s.aliases]) seen.add(f.toLowerCase());
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = tidy(raw);
    if (!alias || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    out.push(alias);
  }
  return out;
}

/**
 * Own skills after a 'merge' import: the file's are added to the current ones; one named like
 * a current skill replaces it (the file wins, as for catalogue skills) and keeps its id.
 */
export function mergeOwnSkills(current: Profile, imported: Profile): OwnSkill[] {
  const fromFile = ownSkillsOf(imported);
  const byName = new Map(ownSkillsOf(current).map((s) => [s.name.toLowerCase(), s]));
  const names = new Set(fromFile.map((s) => s.name.toLowerCase()));
  const kept = ownSkillsOf(current).filter((s) => !names.has(s.name.toLowerCase()));
  const taken = new Set(kept.map((s) => s.id));
  const added = fromFile.map((s) => {
    const same = byName.get(s.name.toLowerCase());
    const id = same ? same.id : taken.has(s.id) ? newOwnSkill(s.name, taken).id : s.id;
    taken.add(id);
    return { ...s, id };
  });
  return [...kept, ...added];
}
