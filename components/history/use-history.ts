import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoredRow } from '../../lib/history/schema';
import {
  DEFAULT_HISTORY_SETTINGS,
  getHistorySettings,
  type HistorySettings,
  listHistory,
  setHistorySettings,
} from '../../lib/history/store';
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
    const started = performance.now();
    const sub = liveQuery(() => listHistory()).subscribe({
      next: (rows) => {
        if (first) {
          performance.measure(MARK_LOAD, { start: started, end: performance.now() });
          first = false;
        }
        setState({ rows, error: null });
      },
      error: (error) => setState((s) => ({ rows: s.rows ?? [], error: describeStorageError(error) })),
    });
    return () => sub.unsubscribe();
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
    } catch (e) {
      setError(describeStorageError(e));
    }
  }, []);
  return { settings, change, error };
}
