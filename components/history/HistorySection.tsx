import { useMemo, useState } from 'preact/hooks';
import { historyCsv, historyJson } from '../../lib/history/export';
import type { StoredRow } from '../../lib/history/schema';
import { describeStorageError } from '../../lib/storage/errors';
import { dateStamp, downloadText } from './download';
import { plural } from './format';
import { HistorySettingsCard } from './HistorySettingsCard';
import { HistoryTable } from './HistoryTable';
import { type Sort, type SortKey, searchRows, sortRows } from './sort';
import { useHistory, useHistorySettings, useHistoryStore } from './use-history';
import './history.css';

const PAGE = 50;

/** Options page section: every ML engineer posting the extension analysed. */
export function HistorySection() {
  const store = useHistoryStore();
  const { rows, error: loadError } = useHistory();
  const { settings, change, error: settingsError } = useHistorySettings();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'lastSeen', descending: true });
  const [shown, setShown] = useState(PAGE);
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const visible = useMemo(() => sortRows(searchRows(rows ?? [], query), sort), [rows, query, sort]);

  async function act(run: () => Promise<unknown>) {
    try {
      await run();
      setActionError(null);
      void store.notifyChanged();
    } catch (e) {
      setActionError(describeStorageError(e));
    }
  }

  function onSort(key: SortKey) {
    setSort((s) =>
      s.key === key
        ? { key, descending: !s.descending }
        : { key, descending: key !== 'title' && key !== 'company' },
    );
  }

  const error = loadError ?? settingsError ?? actionError;
  const all = rows ?? [];
  return (
    <section class="card history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <p class="hint">
        Every machine-learning-engineer posting you open is saved here, on this computer only, with the fit it
        had then.
      </p>
      <HistorySettingsCard
        settings={settings}
        onChange={(next) =>
          void change(next).then(() =>
            next.keepDays !== undefined ? act(() => store.prune(next.keepDays ?? null)) : undefined,
          )
        }
      />
      {error && (
        <div class="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {rows === null ? (
        <p class="loading">Loading the history…</p>
      ) : all.length === 0 ? (
        <p class="empty-note history__empty">
          No postings saved yet. Open a machine-learning-engineer posting on a job site and it appears here.
        </p>
      ) : (
        <>
          <div class="history__toolbar">
            <label class="history__search">
              <span class="visually-hidden">Search the history</span>
              <input
                type="search"
                placeholder="Search title, company, location"
                value={query}
                onInput={(e) => {
                  setQuery(e.currentTarget.value);
                  setShown(PAGE);
                }}
              />
            </label>
            <button
              type="button"
              onClick={() =>
                downloadText(`ml-fit-history-${dateStamp(Date.now())}.csv`, historyCsv(all), 'text/csv')
              }
            >
              Export CSV
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `ml-fit-history-${dateStamp(Date.now())}.json`,
                  historyJson(all, Date.now()),
                  'application/json',
                )
              }
            >
              Export JSON
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => setConfirming(true)}
              aria-expanded={confirming}
            >
              Delete all…
            </button>
          </div>
          {confirming && (
            <div
              class="notice notice--error history__confirm"
              role="alertdialog"
              aria-labelledby="history-confirm"
            >
              <p id="history-confirm">
                Delete all {plural(all.length, 'saved posting')}? This cannot be undone.
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="danger"
                  onClick={() => void act(() => store.deleteAll()).then(() => setConfirming(false))}
                >
                  Delete all
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          <p class="history__count" aria-live="polite">
            {query
              ? `${plural(visible.length, 'posting')} match of ${all.length.toLocaleString()}`
              : plural(all.length, 'posting')}
          </p>
          <HistoryTable
            rows={visible.slice(0, shown)}
            sort={sort}
            onSort={onSort}
            onDelete={(r: StoredRow) => void act(() => store.deletePosting(r.key))}
          />
          {visible.length > shown && (
            <button type="button" class="history__more" onClick={() => setShown(shown + PAGE)}>
              Show {Math.min(PAGE, visible.length - shown)} more of{' '}
              {(visible.length - shown).toLocaleString()}
            </button>
          )}
        </>
      )}
    </section>
  );
}
