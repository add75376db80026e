import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Level } from '../../lib/profile/levels';
import { catalogueTwin } from '../../lib/profile/own-edit';
import { formsOf, type OwnSkill } from '../../lib/profile/own-skills';
import { resolveThen } from '../../lib/profile/resolve-batch';
import type { Profile } from '../../lib/profile/schema';
import type { SkillCatalogue, SkillRef } from '../../lib/profile/skill-ref';
import { addTypedSkill } from '../../lib/profile/typed-skill';

/**
 * The catalogue as the profile's components reach it: answers from the background
 * (entrypoints/options/catalogue.ts), provided by the options page through CatalogueContext.
 */
export const CatalogueContext = createContext<SkillCatalogue | null>(null);

export function useCatalogue(): SkillCatalogue {
  const catalogue = useContext(CatalogueContext);
  if (!catalogue) throw new Error('No SkillCatalogue provided (CatalogueContext)');
  return catalogue;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Own skill id → the catalogue skill it turns out to be (lib/profile/own-edit.ts catalogueTwin),
 * for the own skills whose names the background resolved. Empty until it answers, and when it
 * cannot: the merge is only an offer.
 */
export function useTwins(ownSkills: readonly OwnSkill[]): ReadonlyMap<string, SkillRef> {
  const catalogue = useCatalogue();
  const key = ownSkills.map((s) => `${s.id}\t${formsOf(s).join('\t')}`).join('\n');
  const [twins, setTwins] = useState<{ key: string; twins: ReadonlyMap<string, SkillRef> }>({
    key: '',
    twins: new Map(),
  });
  useEffect(() => {
    let live = true;
    resolveThen(
      (resolve) => ownSkills.map((s) => [s.id, catalogueTwin(s, resolve)] as const),
      catalogue.resolve,
    ).then(
      ({ result }) => {
        const found = new Map<string, SkillRef>();
        for (const [id, twin] of result) if (twin) found.set(id, twin);
        if (live) setTwins({ key, twins: found });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [catalogue, key]);
  return twins.key === key ? twins.twins : EMPTY;
}

const EMPTY: ReadonlyMap<string, SkillRef> = new Map();

/**
 * Adds typed text to the profile: the catalogue skill it names (asked of the background
 * first), else an own skill (lib/profile/typed-skill.ts). Rejects, changing nothing, when the
 * background does not answer.
 */
export function useAddTypedSkill(
  profile: Profile,
  update: (edit: (profile: Profile) => Profile) => void,
): (text: string, level: Level) => Promise<void> {
  const catalogue = useCatalogue();
  return async (text, level) => {
    const { resolve } = await resolveThen((r) => addTypedSkill(profile, text, level, r), catalogue.resolve);
    update((p) => addTypedSkill(p, text, level, resolve).profile);
  };
}
