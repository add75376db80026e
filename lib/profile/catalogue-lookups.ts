import { CATALOGUE, type SkillEntry } from '../analysis/catalogue/index';
import { createSkillResolver } from './resolve-skill';
import { type SkillRef, type SuggestedSkill, skillRef } from './skill-ref';
import { namesSkill, searchSkills } from './skill-search';

/**
 * The catalogue lookups the options page asks the background for (lib/messages/protocol.ts),
 * so that the page ships no catalogue: the skill picker's suggestions and the skills typed or
 * imported names are. Each answer carries only id, name, category and side (./skill-ref.ts);
 * the names and categories of held skills come from the view the page installs at start
 * (./catalogue-view.ts).
 */
export interface CatalogueLookups {
  /** Suggestions for the picker's text (./skill-search.ts), without the skills in `exclude` (the held ones). */
  suggest(text: string, exclude: readonly string[]): SuggestedSkill[];
  /** The skill each text names (./resolve-skill.ts), or null. */
  resolve(texts: readonly string[]): Array<SkillRef | null>;
}

export function createLookups(catalogue: readonly SkillEntry[]): CatalogueLookups {
  const resolver = createSkillResolver(catalogue);
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
  };
}

let shipped: CatalogueLookups | null = null;

/** The lookups over the shipped catalogue, built on the first question. */
export function catalogueLookups(): CatalogueLookups {
  shipped ??= createLookups(CATALOGUE);
  return shipped;
}
