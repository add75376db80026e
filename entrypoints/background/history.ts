import {
  getHistorySettings,
  pruneHistory,
  type SaveOptions,
  savePosting,
  setHistorySettings,
} from '../../app/storage/history';
import type { FitResult } from '../../lib/fit/types';
import { RATE_MAX, RATE_WINDOW_MS } from '../../lib/history/limits';
import { createRateLimit } from '../../lib/history/rate-limit';
import { DAY_MS, type HistorySettings } from '../../lib/history/settings';
import type { PostingReport } from '../../lib/messages/protocol';

/**
 * The background's two calls into the history. Both swallow and log their errors: a history
 * that cannot be written must never stop the badge or the chip.
 */

/**
 * New postings per tab, in memory: a page that floods the history keeps the worker awake. The
 * per-site limit is counted from the table (savePosting's siteLimit), so a worker restart
 * between bursts does not reset it.
 */
const newPerTab = createRateLimit(RATE_MAX, RATE_WINDOW_MS);

/**
 * Saves an ML engineer posting the user looked at (viewing.ts decides that)
 * with the fit it has now, unless history is paused. A posting not saved yet also needs room
 * under the per-site and per-tab rate limit; the oldest rows make way beyond MAX_ROWS.
 */
export async function recordInHistory(
  report: PostingReport,
  fit: FitResult | null,
  now: number = Date.now(),
  tabId: number | null = null,
  options: Pick<SaveOptions, 'maxRows'> = {},
): Promise<boolean> {
  if (!report.isMlEngineer) return false;
  try {
    const settings = await getHistorySettings();
    if (settings.paused) return false;
    const row = await savePosting(report, fit, now, {
      ...options,
      siteLimit: { max: RATE_MAX, windowMs: RATE_WINDOW_MS },
      allowNew: () => tabId === null || newPerTab.allow([`tab:${tabId}`], now),
    });
    await pruneIfDue(now, settings);
    return row !== null;
  } catch (error) {
    warn('posting not saved', error);
    return false;
  }
}

/** Deletes postings older than the kept number of days, at most once a day (start-up and on use). */
export async function pruneIfDue(now: number = Date.now(), read?: HistorySettings): Promise<number> {
  try {
    // recordInHistory has just read the settings: no second read per posting.
    const settings = read ?? (await getHistorySettings());
    if (now - settings.lastPrune < DAY_MS) return 0;
    const removed = await pruneHistory(settings.keepDays, now);
    await setHistorySettings({ lastPrune: now });
    return removed;
  } catch (error) {
    warn('prune failed', error);
    return 0;
  }
}

function warn(what: string, error: unknown): void {
  // A database closed under us (deleted, or reset between tests) leaves nothing to report.
  if ((error as { name?: unknown } | null)?.name === 'DatabaseClosedError') return;
  console.warn(`ml-fit history: ${what}`, error);
}
