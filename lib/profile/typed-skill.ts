import { addSkill } from './edit';
import type { Level } from './levels';
import { addOwnSkill, findOwnSkill } from './own-edit';
import type { SkillResolver } from './resolve-skill';
import type { Profile } from './schema';
import { cleanSkillText } from './skill-text';

/**
 * Adds typed text: a catalogue skill when the text names one (by name or alias), otherwise a
 * skill of the user's own (./own-edit.ts; normalised, refused with control characters, see
 * skill-text.ts). Returns what it became so the page can say so. `resolve` is the catalogue's
 * (./resolve-skill.ts) or, in the options page, the background's answers (./resolve-batch.ts).
 */
export function addTypedSkill(
  profile: Profile,
  text: string,
  level: Level,
  resolve: SkillResolver,
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
