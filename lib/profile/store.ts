import { browser } from 'wxt/browser';
import { openShared } from '../storage/db';
import { describeStorageError, hasIndexedDb, StorageError } from '../storage/errors';
import { describeIssues } from './issues';
import { emptyProfile, type Profile, ProfileSchema } from './schema';

/**
 * The profile's only reader and writer. Every extension page that changes the profile goes
 * through saveProfile, which tells the background so that open tabs and badges follow.
 */

export type ProfileLoad =
  | { state: 'ready' | 'empty'; profile: Profile }
  | { state: 'unavailable'; error: string; profile: Profile };

const PROFILE_ID = 'me';

/** 'empty' means no skills of any kind yet; background and other fields may be set. */
export function hasSkills(profile: Profile): boolean {
  return profile.skills.length > 0 || profile.freeText.length > 0;
}

export async function loadProfile(): Promise<ProfileLoad> {
  if (!hasIndexedDb())
    return unavailable(new StorageError(describeStorageError({ name: 'MissingAPIError' })));
  let row: { profile: unknown } | undefined;
  try {
    row = await (await openShared()).profile.get(PROFILE_ID);
  } catch (error) {
    return unavailable(error);
  }
  if (!row) return { state: 'empty', profile: emptyProfile() };
  const parsed = ProfileSchema.safeParse(row.profile);
  if (!parsed.success) {
    // Leave the row alone: the user may still recover it from a newer version or by export.
    return {
      state: 'unavailable',
      error: `Your stored profile could not be read (${describeIssues(parsed.error.issues, row.profile, 2)}). It was left untouched; import a saved profile or start a new one.`,
      profile: emptyProfile(),
    };
  }
  return { state: hasSkills(parsed.data) ? 'ready' : 'empty', profile: parsed.data };
}

function unavailable(error: unknown): ProfileLoad {
  return { state: 'unavailable', error: describeStorageError(error), profile: emptyProfile() };
}

/**
 * Validates and writes the profile (stamping updatedAt), then notifies the background.
 * Throws a StorageError whose message is fit to show the user when anything fails.
 */
export async function saveProfile(profile: Profile): Promise<void> {
  const parsed = ProfileSchema.safeParse({ ...profile, updatedAt: Date.now() });
  if (!parsed.success) {
    throw new StorageError(`The profile was not saved: ${describeIssues(parsed.error.issues, profile)}.`);
  }
  if (!hasIndexedDb()) throw new StorageError(describeStorageError({ name: 'MissingAPIError' }));
  try {
    await (await openShared()).profile.put({ id: PROFILE_ID, profile: parsed.data });
  } catch (error) {
    throw new StorageError(describeStorageError(error));
  }
  await notifyProfileChanged();
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
