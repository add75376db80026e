import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import type { StoredRow } from '../../lib/history/schema';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from '../../lib/history/settings';
import { describeStorageError } from '../../lib/storage/errors';

/** Performance marks the browser benchmark reads (scripts/bench-insights.ts). */
export const MARK_LOAD = 'ml-fit:history-load';

/**
 * The stored history as the sections see it. The options page provides the store's
 * (entrypoints/options/history-store.ts) through HistoryStoreContext.
 */
export interface HistoryStore {
  /** Calls `next` with every saved posting, most recently viewed first, now and after each change. Returns what stops it. */
  follow(next: (rows: StoredRow[]) => void, failed: (error: unknown) => void): () => void;
  getSettings(): Promise<HistorySettings>;
  setSettings(change: Partial<HistorySettings>): Promise<HistorySettings>;
  deletePosting(key: string): Promise<void>;
  deleteAll(): Promise<void>;
  /** Deletes postings last viewed more than `keepDays` days ago. */
  prune(keepDays: number | null): Promise<number>;
  /** Tells the open tabs that the history changed (their seen markers re-ask). */
  notifyChanged(): Promise<void>;
}

export const HistoryStoreContext = createContext<HistoryStore | null>(null);

export function useHistoryStore(): HistoryStore {
  const store = useContext(HistoryStoreContext);
  if (!store) throw new Error('No HistoryStore provided (HistoryStoreContext)');
  return store;
}

export interface HistoryState {
  /** null until the first read finishes. */
  rows: StoredRow[] | null;
  error: string | null;
}

/** Every saved posting, kept current: the background writes while this page is open. */
export function useHistory(): HistoryState {
  const store = useHistoryStore();
  const [state, setState] = useState<HistoryState>({ rows: null, error: null });
  useEffect(() => {
    let first = true;
    const started = performance.now();
    return store.follow(
      (rows) => {
        if (first) {
          performance.measure(MARK_LOAD, { start: started, end: performance.now() });
          first = false;
        }
        setState({ rows, error: null });
      },
      (error) => setState((s) => ({ rows: s.rows ?? [], error: describeStorageError(error) })),
    );
  }, [store]);
  return state;
}

export function useHistorySettings(): {
  settings: HistorySettings;
  change(next: Partial<HistorySettings>): Promise<void>;
  error: string | null;
} {
  const store = useHistoryStore();
  const [settings, setSettings] = useState(DEFAULT_HISTORY_SETTINGS);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    store.getSettings().then(setSettings, (e) => setError(describeStorageError(e)));
  }, [store]);
  const change = useCallback(
    async (next: Partial<HistorySettings>) => {
      try {
        setSettings(await store.setSettings(next));
        setError(null);
        void store.notifyChanged();
      } catch (e) {
        setError(describeStorageError(e));
      }
    },
    [store],
  );
  return { settings, change, error };
}
