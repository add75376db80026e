import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { notifyHistoryChanged } from '../../lib/history/notify';
import type { StoredRow } from '../../lib/history/schema';
import {
  DEFAULT_HISTORY_SETTINGS,
  getHistorySettings,
  type HistorySettings,
  readHistory,
  setHistorySettings,
} from '../../lib/history/store';
import { openShared } from '../../lib/storage/db';
import { describeStorageError } from '../../lib/storage/errors';

/** Performance marks the browser benchmark reads (scripts/bench-insights.ts). */
export const MARK_LOAD = 'ml-fit:history-load';

export interface HistoryState {
  /** null until the first read finishes. */
  rows: StoredRow[] | null;
  error: string | null;
}

/**
 * Every saved posting, kept current: the background writes while this page is open, and
 * Dexie's liveQuery re-reads after any change to the table, from any page or the worker.
 */
export function useHistory(): HistoryState {
  const [state, setState] = useState<HistoryState>({ rows: null, error: null });
  useEffect(() => {
    let first = true;
    let gone = false;
    let sub: { unsubscribe(): void } | null = null;
    const started = performance.now();
    const failed = (error: unknown) =>
      setState((s) => ({ rows: s.rows ?? [], error: describeStorageError(error) }));
    // Opened first (openShared refuses a newer version's database); the query itself makes
    // Dexie calls only, so that liveQuery sees what it reads.
    openShared().then((db) => {
      if (gone) return;
      sub = liveQuery(() => readHistory(db)).subscribe({
        next: (rows) => {
          if (first) {
            performance.measure(MARK_LOAD, { start: started, end: performance.now() });
            first = false;
          }
          setState({ rows, error: null });
        },
        error: failed,
      });
    }, failed);
    return () => {
      gone = true;
      sub?.unsubscribe();
    };
  }, []);
  return state;
}

export function useHistorySettings(): {
  settings: HistorySettings;
  change(next: Partial<HistorySettings>): Promise<void>;
  error: string | null;
} {
  const [settings, setSettings] = useState(DEFAULT_HISTORY_SETTINGS);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getHistorySettings().then(setSettings, (e) => setError(describeStorageError(e)));
  }, []);
  const change = useCallback(async (next: Partial<HistorySettings>) => {
    try {
      setSettings(await setHistorySettings(next));
      setError(null);
      void notifyHistoryChanged();
    } catch (e) {
      setError(describeStorageError(e));
    }
  }, []);
  return { settings, change, error };
}
