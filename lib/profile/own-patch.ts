import type { ProfileDiff } from './diff';
import { ownSkillsOf } from './own-edit';
import type { OwnSkill } from './own-skills';
import type { Profile } from './schema';

/**
 * Own-skill changes as small idempotent patches, for saving an edit onto the profile as stored
 * at that moment rather than over it (a page never writes a whole, possibly stale, profile).
 * A whole own skill is the unit: its aliases, category, side and level change together.
 */
export type OwnSkillPatch = { op: 'put-own-skill'; skill: OwnSkill } | { op: 'remove-own-skill'; id: string };

/**
 * put: replaces the own skill with the same id, else one with the same name (another page
 * added it meanwhile), else appends. remove: drops the id, if present.
 */
export function applyOwnPatch(profile: Profile, patch: OwnSkillPatch): Profile {
  const own = ownSkillsOf(profile);
  if (patch.op === 'remove-own-skill') return { ...profile, ownSkills: own.filter((s) => s.id !== patch.id) };
  const { skill } = patch;
  const name = skill.name.toLowerCase();
  const at = own.findIndex((s) => s.id === skill.id);
  const same = at >= 0 ? at : own.findIndex((s) => s.name.toLowerCase() === name);
  if (same < 0) return { ...profile, ownSkills: [...own, skill] };
  return { ...profile, ownSkills: own.map((s, i) => (i === same ? skill : s)) };
}

export function ownPatchesFromDiff(diff: ProfileDiff): OwnSkillPatch[] {
  return [
    ...diff.ownRemoved.map(({ id }) => ({ op: 'remove-own-skill' as const, id })),
    ...[...diff.ownAdded, ...diff.ownChanged].map((skill) => ({ op: 'put-own-skill' as const, skill })),
  ];
}
