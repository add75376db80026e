import type { Profile } from '../../lib/profile/schema';
import { inAddon } from './addon-api';
import type { FirefoxHarness } from './firefox';

/**
 * Writes the profile row the way app/storage/profile.ts does (Dexie table `profile`, key 'me')
 * from the harness's extension page, then tells the background as saveProfile would: the
 * Firefox twin of storeProfile in tests/support/seed.ts. The options page's own saving
 * is tested in install-options.firefox.test.ts.
 */
export function storeProfile(h: FirefoxHarness, profile: Profile): Promise<void> {
  return inAddon(
    h.probe,
    async (api, row) => {
      // The background opens (and so creates) the database on its get-tab answer.
      await api.runtime.sendMessage({ type: 'get-tab', tabId: 999999 });
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('ml-fit');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('profile', 'readwrite');
        tx.objectStore('profile').put({ id: 'me', profile: row });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      await api.runtime.sendMessage({ type: 'profile-changed' });
    },
    profile,
  );
}
