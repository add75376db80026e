import { browser } from 'wxt/browser';
import { type MlFitDb, openShared, type ProfileRow } from '../storage/db';
import { describeStorageError, hasIndexedDb, StorageError } from '../storage/errors';
import { describeIssues } from './issues';
import { applyPatches, type ProfilePatch } from './patch';
import { emptyProfile, type Profile, ProfileSchema } from './schema';

/**
 * The profile's only reader and writer. Every extension page that changes the profile goes
 * through updateProfile, which tells the background so that open tabs and badges follow.
 */

export type ProfileLoad =
  | { state: 'ready' | 'empty'; profile: Profile }
  | {
      state: 'unavailable';
      error: string;
      profile: Profile;
      /** The row is there but does not parse: starting a new profile over it is the way out. */
      unreadableRow?: true;
    };

const PROFILE_ID = 'me';

/** 'empty' means no skills of any kind yet; background and other fields may be set. */
export function hasSkills(profile: Profile): boolean {
  return profile.skills.length > 0 || profile.freeText.length > 0 || (profile.ownSkills?.length ?? 0) > 0;
}

export async function loadProfile(): Promise<ProfileLoad> {
  if (!hasIndexedDb())
    return unavailable(new StorageError(describeStorageError({ name: 'MissingAPIError' })));
  try {
    return await readProfile(await openShared());
  } catch (error) {
    return unavailable(error);
  }
}

/**
 * Reads the row from an opened database with Dexie calls only, so that Dexie's liveQuery can
 * watch it (a page follows the store by subscribing to this). Read errors propagate.
 */
export async function readProfile(db: MlFitDb): Promise<ProfileLoad> {
  const row = await db.profile.get(PROFILE_ID);
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

/**
 * Applies `patches` to the profile as stored now, inside one read-write transaction, so that
 * a change made meanwhile by another page or the popup is kept rather than overwritten with
 * a stale copy. Validates the result, stamps updatedAt (always later than the stored one, so
 * pages can tell a newer row from an older one), then notifies the background.
 * Returns the profile written. Throws a StorageError fit to show the user when anything fails.
 */
export async function updateProfile(patches: readonly ProfilePatch[]): Promise<Profile> {
  if (!hasIndexedDb()) throw new StorageError(describeStorageError({ name: 'MissingAPIError' }));
  let written: Profile;
  try {
    const db = await openShared();
    written = await db.transaction('rw', db.profile, async () => {
      const row = await db.profile.get(PROFILE_ID);
      const base = storedBase(row, patches);
      const next = applyPatches(base, patches);
      const parsed = ProfileSchema.safeParse({
        ...next,
        updatedAt: Math.max(Date.now(), base.updatedAt + 1),
      });
      if (!parsed.success) {
        throw new StorageError(`The profile was not saved: ${describeIssues(parsed.error.issues, next)}.`);
      }
      await db.profile.put({ id: PROFILE_ID, profile: parsed.data });
      return parsed.data;
    });
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(describeStorageError(error));
  }
  await notifyProfileChanged();
  return written;
}

/** The stored profile the patches apply to; an unreadable row is only ever replaced whole. */
function storedBase(row: ProfileRow | undefined, patches: readonly ProfilePatch[]): Profile {
  if (!row) return emptyProfile();
  const parsed = ProfileSchema.safeParse(row.profile);
  if (parsed.success) return parsed.data;
  if (patches[0]?.op === 'replace') return emptyProfile();
  throw new StorageError(
    'Your stored profile could not be read, so this change was not saved. Import a saved profile or start a new one.',
  );
}

/** Writes a whole profile over whatever is stored (starting over, tests). Pages edit with patches. */
export async function saveProfile(profile: Profile): Promise<void> {
  await updateProfile([{ op: 'replace', profile }]);
}

async function notifyProfileChanged(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'profile-changed' });
  } catch (error) {
    // No background listening (it is starting, or this is a test page) is not a failure:
    // the profile is saved and the background reads it on its next start.
    if (!isNoReceiver(error)) console.warn('ml-fit: profile-changed notification failed', error);
  }
}

function isNoReceiver(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|could not establish connection|no listener/i.test(message);
}
