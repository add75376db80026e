import type { ProfileDiff } from './diff';
import { addSkill, removeFreeText, removeSkill, setLevel, setSkillYears } from './edit';
import type { Level } from './levels';
import { applyOwnPatch, type OwnSkillPatch, ownPatchesFromDiff } from './own-patch';
import type { Profile, ProfileSkill } from './schema';

/**
 * One change to the profile, small enough to apply to whatever the stored row holds when it
 * is written. Pages never save a whole profile they read earlier: two pages (or the popup)
 * editing at once would otherwise overwrite each other's changes with a stale copy.
 * Every patch is idempotent, so a page may lay its unsaved patches over a stored row that
 * already contains some of them.
 */
export type ProfilePatch =
  | { op: 'put-skill'; entry: ProfileSkill }
  | { op: 'remove-skill'; skill: string }
  | { op: 'set-level'; skill: string; level: Level }
  | { op: 'set-skill-years'; skill: string; years: number | undefined }
  | { op: 'add-free-text'; text: string }
  | { op: 'remove-free-text'; text: string }
  | { op: 'set-field'; field: 'background'; value: Profile['background'] }
  | { op: 'set-field'; field: 'years'; value: Profile['years'] }
  | { op: 'set-field'; field: 'targetRole'; value: Profile['targetRole'] }
  /** Only for starting over when the stored row cannot be read at all. */
  | { op: 'replace'; profile: Profile }
  /** The user's own skills, one whole skill at a time (./own-patch.ts). */
  | OwnSkillPatch;

export function applyPatch(profile: Profile, patch: ProfilePatch): Profile {
  switch (patch.op) {
    case 'put-skill':
      return addSkill(profile, patch.entry.skill, patch.entry.level, patch.entry.years);
    case 'remove-skill':
      return removeSkill(profile, patch.skill);
    case 'set-level':
      return setLevel(profile, patch.skill, patch.level);
    case 'set-skill-years':
      return setSkillYears(profile, patch.skill, patch.years);
    case 'add-free-text': {
      const lower = patch.text.toLowerCase();
      if (profile.freeText.some((t) => t.toLowerCase() === lower)) return profile;
      return { ...profile, freeText: [...profile.freeText, patch.text] };
    }
    case 'remove-free-text': {
      // Case-insensitive, as free text is compared everywhere else (an import may re-case it).
      const lower = patch.text.toLowerCase();
      return removeFreeText(profile, profile.freeText.find((t) => t.toLowerCase() === lower) ?? patch.text);
    }
    case 'set-field':
      return { ...profile, [patch.field]: patch.value };
    case 'replace':
      return patch.profile;
    case 'put-own-skill':
    case 'remove-own-skill':
      return applyOwnPatch(profile, patch);
  }
}

export function applyPatches(profile: Profile, patches: readonly ProfilePatch[]): Profile {
  return patches.reduce(applyPatch, profile);
}

/** The patches that turn one profile into another (what an edit or an import changed). */
export function patchesFromDiff(diff: ProfileDiff): ProfilePatch[] {
  const patches: ProfilePatch[] = [];
  for (const entry of diff.added) patches.push({ op: 'put-skill', entry });
  for (const { to } of diff.changed) patches.push({ op: 'put-skill', entry: to });
  for (const { skill } of diff.removed) patches.push({ op: 'remove-skill', skill });
  for (const text of diff.freeTextRemoved) patches.push({ op: 'remove-free-text', text });
  for (const text of diff.freeTextAdded) patches.push({ op: 'add-free-text', text });
  patches.push(...ownPatchesFromDiff(diff));
  for (const { field, to } of diff.fields) {
    if (field === 'background') patches.push({ op: 'set-field', field, value: to as Profile['background'] });
    else if (field === 'years') patches.push({ op: 'set-field', field, value: to as Profile['years'] });
    else patches.push({ op: 'set-field', field, value: to as Profile['targetRole'] });
  }
  return patches;
}
