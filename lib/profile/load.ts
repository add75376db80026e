import { describeStorageError } from '../storage/errors';
import { describeIssues } from './issues';
import { emptyProfile, type Profile, ProfileSchema } from './schema';

/** What reading the stored profile gave (app/storage/profile.ts reads it). */
export type ProfileLoad =
  | { state: 'ready' | 'empty'; profile: Profile }
  | {
      state: 'unavailable';
      error: string;
      profile: Profile;
      /** The row is there but does not parse: starting a new profile over it is the way out. */
      unreadableRow?: true;
    };

/** 'empty' means no skills of any kind yet; background and other fields may be set. */
export function hasSkills(profile: Profile): boolean {
  return profile.skills.length > 0 || profile.freeText.length > 0 || (profile.ownSkills?.length ?? 0) > 0;
}

/** The load a stored row gives: its profile is parsed, never trusted. */
export function profileLoadOf(row: { profile: unknown } | undefined): ProfileLoad {
  if (!row) return { state: 'empty', profile: emptyProfile() };
  const parsed = ProfileSchema.safeParse(row.profile);
  if (!parsed.success) {
    // Leave the row alone: the user may still recover it from a newer version or by export.
    return {
      state: 'unavailable',
      error: `Your stored profile could not be read (${describeIssues(parsed.error.issues, row.profile, 2)}). It was left untouched; import a saved profile or start a new one.`,
      profile: emptyProfile(),
      unreadableRow: true,
    };
  }
  return { state: hasSkills(parsed.data) ? 'ready' : 'empty', profile: parsed.data };
}

export function unavailable(error: unknown): ProfileLoad {
  return { state: 'unavailable', error: describeStorageError(error), profile: emptyProfile() };
}
