import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

/**
 * Every schema version of the "ml-fit" database, oldest first. Entry N-1 is version N.
 *
 * Rules (a database on a user's disk may have been created by any of these):
 * - never edit or remove an entry once released; add a new one instead;
 * - a new entry lists only the tables it adds or changes (Dexie carries the others over);
 * - data that must change shape goes in that entry's `upgrade`, which Dexie runs once when
 *   a database older than that version is opened.
 * app/storage/upgrade.test.ts opens a database filled at each older version with the
 * current declaration and checks that nothing is lost.
 */
export interface SchemaVersion {
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const VERSIONS: readonly SchemaVersion[] = [
  // version 1: the profile (a single row, id 'me') and key/value settings.
  { stores: { profile: '&id', settings: '&key' } },
  // version 2: the history of analysed postings (app/storage/history.ts), one row per posting.
  { stores: { history: '&key, lastSeen, site, firstSeen' } },
];

export const CURRENT_VERSION = VERSIONS.length;

/** Declares versions 1..upTo on `db` (all of them by default). Tests pass a lower `upTo`. */
export function declareVersions(db: Dexie, upTo: number = CURRENT_VERSION): void {
  if (upTo < 1 || upTo > VERSIONS.length) throw new RangeError(`no schema version ${upTo}`);
  VERSIONS.slice(0, upTo).forEach((entry, index) => {
    const version = db.version(index + 1).stores(entry.stores);
    if (entry.upgrade) version.upgrade(entry.upgrade);
  });
}
