import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from './browser';

/**
 * After a downgrade the extension finds a database written by a newer release (a higher
 * version, a schema of its own). It must say so and leave it exactly as it is, not open it
 * and add its own tables under a bumped version.
 */

let h: Harness;

beforeAll(async () => {
  h = await launch();
  await h.serviceWorker();
});
afterAll(async () => {
  await h?.close();
});

test('a database from a newer release: the options page says so and nothing is written', async () => {
  const control = await h.openExtensionPage('popup.html?tabId=999999');
  // The background has opened the database once it answers about a tab (it reads the profile):
  // a release that replaces this one finds its database already on disk, never mid-open.
  await control.evaluate(() => chrome.runtime.sendMessage({ type: 'get-tab', tabId: 999999 }));
  // What a newer release leaves: version 3 (native 30) with a history table of other indexes.
  await control.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('ml-fit', 30);
      req.onupgradeneeded = () => {
        const d = req.result;
        for (const name of [...d.objectStoreNames]) d.deleteObjectStore(name);
        d.createObjectStore('profile', { keyPath: 'id' });
        d.createObjectStore('settings', { keyPath: 'key' });
        d.createObjectStore('history', { keyPath: 'key' }).createIndex('seenAt', 'seenAt');
        d.createObjectStore('future', { keyPath: 'id' });
        req.transaction?.objectStore('settings').put({ key: 'onboarding-done', value: true });
      };
      // The background may hold the current version open: Dexie closes it on versionchange.
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
  });
  const onDisk = () =>
    control.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'ml-fit')?.version);
  expect(await onDisk()).toBe(30);

  const options = await h.openExtensionPage('options.html');
  const alert = options.getByRole('alert').filter({ hasText: /newer version of ML Fit/ });
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(
    /saved by a newer version of ML Fit than this one\. Update the extension/,
  );
  expect(await options.getByRole('button', { name: /Start a new profile/ }).count()).toBe(0);
  await h.screenshot(options, 'options-newer-database');
  expect(await onDisk()).toBe(30);
  await options.close();
  await control.close();
});
