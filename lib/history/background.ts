import type { FitResult } from '../fit/types';
import type { PostingReport } from '../messages/schema';
import {
  DAY_MS,
  getHistorySettings,
  type HistorySettings,
  pruneHistory,
  savePosting,
  setHistorySettings,
} from './store';

/**
 * The background's two calls into the history. Both swallow and log their errors: a history
 * that cannot be written must never stop the badge or the chip.
 */

/** Saves an ML engineer posting with the fit it has now, unless history is paused. */
export async function recordInHistory(
  report: PostingReport,
  fit: FitResult | null,
  now: number = Date.now(),
): Promise<boolean> {
  if (!report.isMlEngineer) return false;
  try {
    const settings = await getHistorySettings();
    if (settings.paused) return false;
    await savePosting(report, fit, now);
    await pruneIfDue(now, settings);
    return true;
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
