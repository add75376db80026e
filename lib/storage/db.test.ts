import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, getDb, openShared, resetDb } from './db';
import { getSetting, setSetting } from './settings';

beforeEach(async () => {
  resetDb();
  await Dexie.delete(DB_NAME);
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
