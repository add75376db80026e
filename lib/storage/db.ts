import Dexie, { type Table } from 'dexie';
import type { StoredRow } from '../history/schema';
import { declareVersions } from './versions';

/**
 * The extension's one IndexedDB database. It lives in the extension's origin, so only the
 * background and extension pages may open it: a content script would get the site's
 * IndexedDB instead, and asks the background by message.
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
  /** Since version 2. Rows are parsed on read (lib/history/store.ts), never trusted. */
  history: Table<StoredRow, string>;
};

/** A database handle declaring versions 1..upTo (tests use older versions and other names). */
export function openDb(name: string = DB_NAME, upTo?: number): MlFitDb {
  const db = new Dexie(name) as MlFitDb;
  declareVersions(db, upTo);
  return db;
}

let shared: MlFitDb | null = null;

/** The page's shared handle, created on first use (Dexie opens it lazily). */
export function getDb(): MlFitDb {
  shared ??= openDb();
  return shared;
}

/** Closes and forgets the shared handle (tests; and after a fatal error, to retry cleanly). */
export function resetDb(): void {
  shared?.close();
  shared = null;
}
