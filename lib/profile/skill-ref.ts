import type { SkillEntry } from '../analysis/catalogue/schema';

/**
 * What the options page knows of a catalogue skill: id, name, category and side. The page
 * holds no catalogue; the background answers with these (lib/messages/protocol.ts), and a
 * full catalogue entry is one too.
 */
export type SkillRef = Pick<SkillEntry, 'id' | 'name' | 'category' | 'side'>;

/** Only a skill reference's own fields: an entry's aliases and kind stay in the background. */
export function skillRef(skill: SkillRef): SkillRef {
  return { id: skill.id, name: skill.name, category: skill.category, side: skill.side };
}

/** Texts → the skill each names (null for none), in order. */
export type SkillLookup = (texts: readonly string[]) => Promise<ReadonlyArray<SkillRef | null>>;

/** One skill picker suggestion, as the background sends it (./catalogue-lookups.ts). */
export interface SuggestedSkill {
  skill: SkillRef;
  /** The alias that matched, when the name itself did not (shown as "k8s → Kubernetes"). */
  via?: string;
  /** The text names this skill exactly (name, alias or id): Enter adds it without a choice. */
  exact: boolean;
}

/**
 * The catalogue as the options page reaches it: every answer comes from the background
 * (entrypoints/options/catalogue.ts): suggestions and names by message, held skills from the
 * view it sent at start (./catalogue-view.ts), at once; tests give one over a small
 * catalogue. `search` and `resolve` reject when the background does not answer.
 */
export interface SkillCatalogue {
  /** Suggestions for the typed text, best first, without the held skills in `exclude`. */
  search(text: string, exclude: readonly string[]): Promise<SuggestedSkill[]>;
  /** The skill each text names, or null. */
  resolve: SkillLookup;
  /** The skill of a held id (an id merged into another: that one), or null for one no longer known. */
  skillOf(id: string): SkillRef | null;
}
