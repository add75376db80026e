import Dexie, { type Table } from 'dexie';
import type { StoredRow } from '../../lib/history/schema';
import { describeStorageError, StorageError } from '../../lib/storage/errors';
import { CURRENT_VERSION, declareVersions } from './versions';

/**
 * The extension's one IndexedDB database. It lives in the extension's origin, so only the
 * background and extension pages may open it: a content script would get the site's
 * IndexedDB instead, and asks the background by message. Each table has one module beside
 * this one that alone reads and writes it: profile.ts, settings.ts, history.ts.
 */

export const DB_NAME = 'ml-fit';

/** The profile is a single row; the stored object is parsed on every read, never trusted. */
export interface ProfileRow {
  id: 'me';
  profile: unknown;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type MlFitDb = Dexie & {
  profile: Table<ProfileRow, string>;
  settings: Table<SettingRow, string>;
  /** Since version 2. Rows are parsed on read (history.ts), never trusted. */
  history: Table<StoredRow, string>;
};

/** A database handle declaring versions 1..upTo (tests use older versions and other names). */
export function openDb(name: string = DB_NAME, upTo?: number): MlFitDb {
  const db = (
    typeof indexedDB === 'undefined' ? new Dexie(name) : new Dexie(name, { indexedDB: guarded(indexedDB) })
  ) as MlFitDb;
  declareVersions(db, upTo);
  // When another connection upgrades the database (a newer release, after a downgrade), Dexie
  // closes this handle but lets the next query reopen it, and that reopen would add this
  // version's tables and indexes to the newer database under a higher version. Closed for good
  // instead: only openShared reopens, and it refuses a newer database first. Returning false
  // stops Dexie's own handler (subscribers run newest first), which would allow the reopen.
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    return false;
  });
  return db;
}

/**
 * The browser's IndexedDB with one guard on every open: an upgrade of a database that a newer
 * release wrote is aborted inside its own versionchange transaction, so nothing is written.
 * refuseNewer checks the version before opening, but another page or a newer release may write
 * between that check and the open; the upgrade's oldVersion is read atomically. Dexie 4 would
 * otherwise open the newer database and add this release's indexes under a higher version.
 */
export function guarded(factory: IDBFactory): IDBFactory {
  const open = (name: string, version?: number): IDBOpenDBRequest => {
    const req = version === undefined ? factory.open(name) : factory.open(name, version);
    // Registered before Dexie's own onupgradeneeded, so it runs first.
    req.addEventListener('upgradeneeded', (event) => {
      if (Math.floor(event.oldVersion / 10) > CURRENT_VERSION) req.transaction?.abort();
    });
    return req;
  };
  return new Proxy(factory, {
    get(target, prop) {
      if (prop === 'open') return open;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

let shared: MlFitDb | null = null;

/** The page's shared handle, created on first use (Dexie opens it lazily). */
export function getDb(): MlFitDb {
  shared ??= openDb();
  return shared;
}

/** How long an open may wait (for example on another tab holding an old version open). */
export const OPEN_TIMEOUT_MS = 8000;

/**
 * The shared handle, opened. IndexedDB never fails a blocked open, it waits: give up after
 * a while with a message that says why (another ML Fit page holding an older version open).
 */
export async function openShared(timeoutMs: number = OPEN_TIMEOUT_MS): Promise<MlFitDb> {
  const db = getDb();
  if (db.isOpen()) return db;
  let blocked = false;
  const onBlocked = () => {
    blocked = true;
  };
  db.on('blocked', onBlocked);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new StorageError(describeStorageError({ name: blocked ? 'BlockedError' : 'TimeoutError' })));
      }, timeoutMs);
    });
    // An open that fails because a newer release wrote meanwhile (guarded) says so too.
    const opening = refuseNewer(db.name).then(() =>
      db.open().catch(async (error: unknown) => {
        await refuseNewer(db.name);
        throw error;
      }),
    );
    await Promise.race([opening, timeout]);
    return db;
  } finally {
    clearTimeout(timer);
    db.on('blocked').unsubscribe(onBlocked);
  }
}

/**
 * Refuses a database written by a newer release of the extension, before opening it. Dexie
 * would open it anyway and, where the newer schema differs from this one's, silently add this
 * version's tables and indexes under a higher version number: the newer release's data would
 * be changed by an older one. Nothing is opened or written; the user is told to update.
 */
export async function refuseNewer(name: string): Promise<void> {
  const installed = await installedVersion(name);
  if (installed !== null && installed > CURRENT_VERSION) {
    throw new StorageError(describeStorageError({ name: 'VersionError' }));
  }
}

/**
 * The schema version of the database on disk (Dexie stores version N as native version 10N,
 * and a same-version schema patch as 10N + 1), or null when it does not exist or the browser
 * cannot list databases.
 */
async function installedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB?.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  return found?.version ? Math.floor(found.version / 10) : null;
}

/** Closes and forgets the shared handle (tests; and after a fatal error, to retry cleanly). */
export function resetDb(): void {
  shared?.close();
  shared = null;
}
