import * as z from 'zod/mini';
import type { FitResult } from '../fit/types';
import type { PostingReport } from '../messages/schema';
import { type MlFitDb, openShared } from '../storage/db';
import { historyKey } from './canonical-url';
import { MAX_ROWS } from './limits';
import { recordPosting } from './record';
import { parseStoredRows, type StoredRow } from './schema';

/**
 * The history table (database version 2) and its settings. Only the background writes
 * postings; the options page lists, deletes and changes settings.
 */

export const DAY_MS = 86_400_000;

const SETTINGS_KEY = 'history';

export const HistorySettingsSchema = z.object({
  paused: z.boolean(),
  /** Postings not viewed for this many days are deleted; null keeps them for ever. */
  keepDays: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  /** When the last prune ran (epoch ms), so pruning happens at most daily. */
  lastPrune: z.number(),
});
export type HistorySettings = z.infer<typeof HistorySettingsSchema>;

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = { paused: false, keepDays: 180, lastPrune: 0 };

export async function getHistorySettings(): Promise<HistorySettings> {
  const row = await (await openShared()).settings.get(SETTINGS_KEY);
  const parsed = HistorySettingsSchema.safeParse({ ...DEFAULT_HISTORY_SETTINGS, ...asObject(row?.value) });
  return parsed.success ? parsed.data : DEFAULT_HISTORY_SETTINGS;
}

export async function setHistorySettings(change: Partial<HistorySettings>): Promise<HistorySettings> {
  const next = HistorySettingsSchema.parse({ ...(await getHistorySettings()), ...change });
  await (await openShared()).settings.put({ key: SETTINGS_KEY, value: next });
  return next;
}

export interface SaveOptions {
  /** Asked only when the posting is not saved yet: false leaves it unsaved (rate limit). */
  allowNew?: () => boolean;
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
  const { allowNew, maxRows = MAX_ROWS } = options;
  return db.transaction('rw', db.history, async () => {
    const key = historyKey(report.site, report.jobId, report.url);
    const stored = await db.history.get(key);
    if (stored === undefined && allowNew && !allowNew()) return null;
    const [previous] = parseStoredRows([stored]);
    const row = recordPosting(report, fit, now, previous);
    await db.history.put(row);
    if (stored === undefined) await trimTo(db, maxRows);
    return row;
  });
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
export async function readHistory(db: MlFitDb): Promise<StoredRow[]> {
  const started = performance.now();
  // getAll on the table, then sorted here: faster than walking the lastSeen index backwards.
  const raw = await db.history.toArray();
  const read = performance.now();
  const rows = parseStoredRows(raw).sort((a, b) => b.lastSeen - a.lastSeen);
  performance.measure(MEASURE_READ, { start: started, end: read });
  performance.measure(MEASURE_PARSE, { start: read, end: performance.now() });
  return rows;
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

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
