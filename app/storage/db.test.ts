import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportFixture } from '../../tests/fixtures/history/reports';
import { freshDb } from '../../tests/support/db';
import { DB_NAME, getDb, openShared, resetDb } from './db';
import { savePosting } from './history';
import { loadProfile, updateProfile } from './profile';
import { getSetting, setSetting } from './settings';
import { CURRENT_VERSION, declareVersions } from './versions';

beforeEach(async () => {
  await freshDb();
});
afterEach(() => resetDb());

function rawOpen(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('openShared', () => {
  it('opens the one shared database', async () => {
    const db = await openShared();
    expect(db).toBe(getDb());
    expect(db.name).toBe('ml-fit');
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['profile', 'settings']));
  });

  it('gives up on an open blocked by an old connection, saying why', async () => {
    // An older connection that ignores "versionchange" blocks the upgrade forever.
    const old = await rawOpen(1);
    try {
      await expect(openShared(300)).rejects.toThrow(/Close other ML Fit tabs and reload this page/);
    } finally {
      old.close();
    }
  });
});

describe('settings', () => {
  it('stores and reads values by key', async () => {
    expect(await getSetting('onboarding-done')).toBeUndefined();
    await setSetting('onboarding-done', true);
    expect(await getSetting('onboarding-done')).toBe(true);
  });
});

describe('a database written by a newer release', () => {
  /** What a newer ML Fit leaves on disk: one more version, optionally changing an index of ours. */
  async function writeNewer(changeIndex: boolean): Promise<void> {
    const newer = new Dexie(DB_NAME);
    declareVersions(newer);
    newer.version(CURRENT_VERSION + 1).stores({
      future: '&id',
      ...(changeIndex ? { history: '&key, lastSeen' } : {}),
    });
    await newer.table('profile').put({ id: 'me', profile: { skills: [], future: true } });
    newer.close();
  }

  async function onDisk(): Promise<{ version: number | undefined; stores: string[]; profile: unknown }> {
    const version = (await indexedDB.databases()).find((d) => d.name === DB_NAME)?.version;
    const raw = await rawOpen(version ?? 1);
    const stores = [...raw.objectStoreNames].sort();
    const profile = await new Promise((ok) => {
      const req = raw.transaction('profile').objectStore('profile').get('me');
      req.onsuccess = () => ok(req.result);
    });
    raw.close();
    return { version, stores, profile };
  }

  for (const changeIndex of [false, true]) {
    it(`is refused with the "newer version" message and left exactly as it was${changeIndex ? ' (changed index)' : ''}`, async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      await writeNewer(changeIndex);
      const before = await onDisk();
      expect(before.version).toBe((CURRENT_VERSION + 1) * 10);

      await expect(openShared()).rejects.toThrow(/saved by a newer version of ML Fit/);
      const load = await loadProfile();
      expect(load).toMatchObject({ state: 'unavailable', error: expect.stringMatching(/newer version/) });
      fakeBrowser.reset();
      await expect(updateProfile([{ op: 'add-free-text', text: 'Ada' }])).rejects.toThrow(/newer version/);
      await expect(savePosting(reportFixture('1', 'ML Engineer'), null)).rejects.toThrow(/newer version/);
      resetDb();

      expect(await onDisk()).toEqual(before);
    });
  }

  it('written between the version check and the open: the upgrade is aborted, nothing changes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await writeNewer(true);
    const before = await onDisk();
    // The check still sees this release's version: the newer release writes just after it.
    const listed = indexedDB.databases.bind(indexedDB);
    vi.spyOn(indexedDB, 'databases').mockImplementationOnce(async () =>
      (await listed()).map((d) => (d.name === DB_NAME ? { ...d, version: CURRENT_VERSION * 10 } : d)),
    );
    await expect(openShared()).rejects.toThrow(/saved by a newer version of ML Fit/);
    resetDb();
    expect(await onDisk()).toEqual(before);
  });

  it('upgrading under an open handle: the handle closes and no later read reopens and changes it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await openShared();
    await db.profile.get('me');
    // The newer release opens the database at a higher version with a changed index: the open
    // handle is asked to close (versionchange) and does.
    await writeNewer(true);
    const before = await onDisk();
    // Dexie would reopen on the next query and add this version's index under a higher version.
    await expect(getDb().history.count()).rejects.toThrow();
    await expect(openShared()).rejects.toThrow(/saved by a newer version of ML Fit/);
    resetDb();
    expect(await onDisk()).toEqual(before);
  });
});
