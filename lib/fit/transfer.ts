import { catalogueView } from '../profile/catalogue-view';
import type { Level } from '../profile/levels';
import type { Profile } from '../profile/schema';
import { heldLevels } from './held-levels';
import { relativesOf } from './related';
import { LEVEL_CREDIT, TRANSFER_SHARE } from './weights';

/** The held relative a missing skill is credited through. */
export interface Via {
  skill: string;
  name: string;
  level: Level;
}

export interface Credits {
  /** Skill id → the user's own level, for the skills asked about that the profile holds. */
  held: Record<string, Level>;
  /** Skill id → the best held relative, for skills asked about that the profile lacks. */
  via: Record<string, Via>;
}

/**
 * What the profile brings to each of `skills`: its own level when held, otherwise its best
 * held relative (data/related.json). A relative earns TRANSFER_SHARE of what its level would
 * earn, so an exact skill at any level beats a relative at the same level.
 */
export function creditsFor(skills: ReadonlyArray<{ id: string; name: string }>, profile: Profile): Credits {
  const held = heldLevels(skills, profile);
  const via: Record<string, Via> = {};
  const missing = skills.filter((s) => !held[s.id] && relativesOf(s.id).length > 0);
  if (missing.length === 0) return { held, via };
  const ids = new Set(missing.flatMap((s) => relativesOf(s.id)));
  const view = catalogueView();
  const candidates = [...ids].flatMap((id) => {
    const name = view.nameOf(id);
    return name === undefined ? [] : [{ id, name }];
  });
  const relHeld = heldLevels(candidates, profile);
  const nameOf = new Map(candidates.map((c) => [c.id, c.name]));
  for (const s of missing) {
    let best: Via | undefined;
    for (const id of relativesOf(s.id)) {
      const level = relHeld[id];
      if (!level) continue;
      const name = nameOf.get(id) ?? id;
      if (
        !best ||
        LEVEL_CREDIT[level] > LEVEL_CREDIT[best.level] ||
        (LEVEL_CREDIT[level] === LEVEL_CREDIT[best.level] && name.localeCompare(best.name) < 0)
      )
        best = { skill: id, name, level };
    }
    if (best) via[s.id] = best;
  }
  return { held, via };
}

/** Share of a skill's weight the profile earns through `credits`: 0 when neither held nor related. */
export function creditOf(id: string, credits: Credits): number {
  const level = credits.held[id];
  if (level) return LEVEL_CREDIT[level];
  const via = credits.via[id];
  return via ? TRANSFER_SHARE * LEVEL_CREDIT[via.level] : 0;
}
