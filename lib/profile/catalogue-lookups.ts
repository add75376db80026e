import { CATALOGUE, type SkillEntry } from '../analysis/catalogue/index';
import { canonicalSkillId } from '../analysis/catalogue/redirects';
import { createSkillResolver } from './resolve-skill';
import { type SkillRef, type SuggestedSkill, skillRef } from './skill-ref';
import { namesSkill, searchSkills } from './skill-search';

/**
 * The catalogue lookups the options page asks the background for (lib/messages/protocol.ts),
 * so that the page ships no catalogue: the skill picker's suggestions, the skills typed or
 * imported names are, and the names and categories of held skills. Each answer carries only
 * id, name, category and side (./skill-ref.ts).
 */
export interface CatalogueLookups {
  /** Suggestions for the picker's text (./skill-search.ts), without the skills in `exclude` (the held ones). */
  suggest(text: string, exclude: readonly string[]): SuggestedSkill[];
  /** The skill each text names (./resolve-skill.ts), or null. */
  resolve(texts: readonly string[]): Array<SkillRef | null>;
  /** The skill of each id (an id merged into another is that one), or null for one no longer known. */
  byIds(ids: readonly string[]): Array<SkillRef | null>;
}

export function createLookups(catalogue: readonly SkillEntry[]): CatalogueLookups {
  const resolver = createSkillResolver(catalogue);
  const byId = new Map(catalogue.map((s) => [s.id, s]));
  const ref = (skill: SkillEntry | undefined) => (skill ? skillRef(skill) : null);
  return {
    suggest(text, exclude) {
      const trimmed = text.trim();
      return searchSkills(trimmed, { exclude: new Set(exclude), catalogue }).map((s) => ({
        skill: skillRef(s.skill),
        ...(s.via ? { via: s.via } : {}),
        exact: namesSkill(s.skill, trimmed),
      }));
    },
    resolve: (texts) => texts.map((text) => ref(resolver(text))),
    byIds: (ids) => ids.map((id) => ref(byId.get(id) ?? byId.get(canonicalSkillId(id)))),
  };
}

let shipped: CatalogueLookups | null = null;

/** The lookups over the shipped catalogue, built on the first question. */
export function catalogueLookups(): CatalogueLookups {
  shipped ??= createLookups(CATALOGUE);
  return shipped;
}
