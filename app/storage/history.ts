import { liveQuery } from 'dexie';
import type { FitResult } from '../../lib/fit/types';
import { historyKey } from '../../lib/history/canonical-url';
import { MAX_ROWS } from '../../lib/history/limits';
import { recordPosting } from '../../lib/history/record';
import { parseStoredRows, type StoredRow } from '../../lib/history/schema';
import {
  DAY_MS,
  type HistorySettings,
  HistorySettingsSchema,
  parseHistorySettings,
} from '../../lib/history/settings';
import type { PostingReport } from '../../lib/messages/protocol';
import type { SeenEntry } from '../../lib/messages/seen';
import { type MlFitDb, openShared } from './db';
import { getSetting, setSetting } from './settings';

/**
 * The history table (database version 2), its only reader and writer, and its settings
 * (kept in the settings table). Only the background writes postings; the options page
 * lists, deletes and changes settings.
 */

export async function getHistorySettings(): Promise<HistorySettings> {
  return parseHistorySettings(await getSetting('history'));
}

export async function setHistorySettings(change: Partial<HistorySettings>): Promise<HistorySettings> {
  const next = HistorySettingsSchema.parse({ ...(await getHistorySettings()), ...change });
  await setSetting('history', next);
  return next;
}

export interface SaveOptions {
  /** Asked only when the posting is not saved yet: false leaves it unsaved (rate limit). */
  allowNew?: () => boolean;
  /**
   * At most `max` new postings per site within `windowMs`, counted from the rows' first-seen
   * dates in the table itself, so the limit survives the background worker's restarts.
   */
  siteLimit?: { max: number; windowMs: number };
  /** The ceiling on rows: a new posting beyond it removes the least recently viewed. */
  maxRows?: number;
}

/**
 * Saves or refreshes the posting's row; the first-seen date survives. Returns the row written,
 * or null when a new posting was not allowed.
 */
export async function savePosting(
  report: PostingReport,
  fit: Pick<FitResult, 'score' | 'band'> | null,
  now: number = Date.now(),
  options: SaveOptions = {},
): Promise<StoredRow | null> {
  const db = await openShared();
  const { allowNew, siteLimit, maxRows = MAX_ROWS } = options;
  return db.transaction('rw', db.history, async () => {
    const key = historyKey(report.site, report.jobId, report.url);
    const stored = await db.history.get(key);
    if (stored === undefined) {
      if (siteLimit && (await newSince(db, report.site, now - siteLimit.windowMs)) >= siteLimit.max)
        return null;
      if (allowNew && !allowNew()) return null;
    }
    const [previous] = parseStoredRows([stored]);
    const row = recordPosting(report, fit, now, previous);
    await db.history.put(row);
    if (stored === undefined) await trimTo(db, maxRows);
    return row;
  });
}

/** How many of the site's rows were first saved at or after `since`. */
function newSince(db: MlFitDb, site: string, since: number): Promise<number> {
  return db.history
    .where('firstSeen')
    .aboveOrEqual(since)
    .filter((row) => row.site === site)
    .count();
}

/** Deletes the least recently viewed rows beyond `maxRows`. */
async function trimTo(db: MlFitDb, maxRows: number): Promise<void> {
  const excess = (await db.history.count()) - maxRows;
  if (excess <= 0) return;
  await db.history.bulkDelete(await db.history.orderBy('lastSeen').limit(excess).primaryKeys());
}

/**
 * Performance measures of each read, in the page that reads (scripts/bench-insights.ts): the
 * IndexedDB read alone, then parsing and sorting. Timed here rather than by a separate read in
 * the benchmark, so they are parts of the page's own load and not a read at another moment.
 */
export const MEASURE_READ = 'ml-fit:history-read';
export const MEASURE_PARSE = 'ml-fit:history-parse';

/** Every saved posting, most recently viewed first; rows that fail to parse are left out. */
export async function listHistory(): Promise<StoredRow[]> {
  return readHistory(await openShared());
}

/** listHistory on an opened database, with Dexie calls only so that liveQuery can watch it. */
async function readHistory(db: MlFitDb): Promise<StoredRow[]> {
  const started = performance.now();
  // getAll on the table, then sorted here: faster than walking the lastSeen index backwards.
  const raw = await db.history.toArray();
  const read = performance.now();
  const rows = parseStoredRows(raw).sort((a, b) => b.lastSeen - a.lastSeen);
  performance.measure(MEASURE_READ, { start: started, end: read });
  performance.measure(MEASURE_PARSE, { start: read, end: performance.now() });
  return rows;
}

/**
 * Every saved posting, kept current: the background writes while a page is open, and Dexie's
 * liveQuery re-reads after any change to the table, from any page or the worker. Returns what
 * stops following.
 */
export function followHistory(
  next: (rows: StoredRow[]) => void,
  failed: (error: unknown) => void,
): () => void {
  let gone = false;
  let sub: { unsubscribe(): void } | null = null;
  // Opened first (openShared refuses a newer version's database); the query itself makes
  // Dexie calls only, so that liveQuery sees what it reads.
  openShared().then((db) => {
    if (gone) return;
    sub = liveQuery(() => readHistory(db)).subscribe({ next, error: failed });
  }, failed);
  return () => {
    gone = true;
    sub?.unsubscribe();
  };
}

export async function deletePosting(key: string): Promise<void> {
  await (await openShared()).history.delete(key);
}

export async function deleteAllHistory(): Promise<void> {
  await (await openShared()).history.clear();
}

/** Deletes postings last viewed more than `keepDays` days before `now`. Returns how many. */
export async function pruneHistory(keepDays: number | null, now: number = Date.now()): Promise<number> {
  if (keepDays === null) return 0;
  return (await openShared()).history
    .where('lastSeen')
    .below(now - keepDays * DAY_MS)
    .delete();
}

/**
 * What a result list may show of the history: for the job ids it names, those saved, with
 * the fit they had and when they were last viewed. Nothing while history is paused (the
 * user asked it to keep nothing, so it shows nothing either).
 */
export async function seenEntries(site: string, ids: readonly string[]): Promise<SeenEntry[]> {
  if (ids.length === 0 || (await getHistorySettings()).paused) return [];
  const unique = [...new Set(ids)];
  const rows = parseStoredRows(
    (await (await openShared()).history.bulkGet(unique.map((id) => historyKey(site, id, '')))).filter(
      Boolean,
    ),
  );
  return rows
    .filter((r) => r.site === site && r.jobId !== null)
    .map((r) => ({ id: r.jobId as string, score: r.fit?.score ?? null, lastSeen: r.lastSeen }));
}
