import type { Harness } from './browser';

/**
 * The history table, read straight from the extension's IndexedDB in the service worker (not
 * from a new tab: that would take the posting's tab off screen, and the history saves only
 * postings that stay on screen a moment). Empty before the table exists.
 */
export async function historyRows<Row>(h: Harness): Promise<Row[]> {
  return (await h.serviceWorker()).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('ml-fit');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    if (!db.objectStoreNames.contains('history')) return [];
    const rows = await new Promise<unknown[]>((ok, fail) => {
      const req = db.transaction('history').objectStore('history').getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
    return rows;
  }) as Promise<Row[]>;
}
