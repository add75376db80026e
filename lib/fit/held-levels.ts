import { canonicalSkillId } from '../analysis/catalogue/redirects';
import type { SkillSummary } from '../analysis/types';
import { catalogueView } from '../profile/catalogue-view';
import { LEVELS, type Level } from '../profile/levels';
import type { Profile } from '../profile/schema';
import { FREE_TEXT_LEVEL } from './weights';

/**
 * Which of a posting's skills the profile holds, and at what level. Catalogue ids (an id merged
 * into another as that one: ../analysis/catalogue/redirects.ts) and the user's own skills
 * ("own:…") match directly; an own skill's name or alias, and legacy
 * free-text entries ("pytorch", "Postgres"), also match a skill's name or a catalogue alias,
 * so a skill typed before the catalogue knew it still counts (until the user merges it).
 */

/** Case, accents, separators and a trailing plural "s" do not matter ("CI / CD" = "ci-cd"). */
export function normaliseName(name: string): string {
  const flat = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9+#]/g, '');
  return flat.length > 3 && flat.endsWith('s') ? flat.slice(0, -1) : flat;
}

function stronger(a: Level | undefined, b: Level): Level {
  return a && LEVELS.indexOf(a) > LEVELS.indexOf(b) ? a : b;
}

/** Skill id → level, restricted to the given posting skills. */
export function heldLevels(
  skills: ReadonlyArray<Pick<SkillSummary, 'id' | 'name'>>,
  profile: Profile,
): Record<string, Level> {
  const wanted = new Set(skills.map((s) => s.id));
  const held: Record<string, Level> = {};
  for (const ps of profile.skills) {
    // A parsed profile holds today's ids; a profile built by hand may still name a merged one.
    const id = canonicalSkillId(ps.skill);
    if (wanted.has(id)) held[id] = stronger(held[id], ps.level);
  }
  const named: Array<{ text: string; level: Level }> = profile.freeText.map((text) => ({
    text,
    level: FREE_TEXT_LEVEL,
  }));
  for (const own of profile.ownSkills ?? []) {
    if (wanted.has(own.id)) held[own.id] = stronger(held[own.id], own.level);
    for (const text of [own.name, ...own.aliases]) named.push({ text, level: own.level });
  }
  if (named.length === 0) return held;
  const byPostingName = new Map(skills.map((s) => [normaliseName(s.name), s.id]));
  const view = catalogueView();
  for (const { text, level } of named) {
    const key = normaliseName(text);
    if (!key) continue;
    const id = byPostingName.get(key) ?? view.idOfName(key);
    if (id && wanted.has(id)) held[id] = stronger(held[id], level);
  }
  return held;
}
