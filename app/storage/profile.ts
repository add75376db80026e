import { liveQuery } from 'dexie';
import { describeIssues } from '../../lib/profile/issues';
import { type ProfileLoad, profileLoadOf, unavailable } from '../../lib/profile/load';
import { applyPatches, type ProfilePatch } from '../../lib/profile/patch';
import { emptyProfile, type Profile, ProfileSchema } from '../../lib/profile/schema';
import { describeStorageError, hasIndexedDb, StorageError } from '../../lib/storage/errors';
import { notifyProfileChanged } from '../browser';
import { getDb, type MlFitDb, openShared, type ProfileRow } from './db';

/**
 * The profile's only reader and writer. Every extension page that changes the profile goes
 * through updateProfile, which tells the background so that open tabs and badges follow.
 */

const PROFILE_ID = 'me';

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
 * watch it (followProfile). Read errors propagate.
 */
export async function readProfile(db: MlFitDb): Promise<ProfileLoad> {
  return profileLoadOf(await db.profile.get(PROFILE_ID));
}

/**
 * Loads the profile, then follows the stored row: Dexie's liveQuery sees writes from any
 * page, the popup or the worker. `onLoad` gets the first reading and each one after a change.
 * Returns what stops following.
 */
export function followProfile(onLoad: (load: ProfileLoad) => void): () => void {
  // Opened first (openShared refuses a database from a newer version), then watched.
  let sub: { unsubscribe(): void } | null = null;
  let gone = false;
  loadProfile().then((first) => {
    if (gone) return;
    onLoad(first);
    if (first.state === 'unavailable' && !getDb().isOpen()) return;
    sub = liveQuery(() => readProfile(getDb())).subscribe({
      next: onLoad,
      error: (e) => onLoad(unavailable(e)),
    });
  });
  return () => {
    gone = true;
    sub?.unsubscribe();
  };
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
