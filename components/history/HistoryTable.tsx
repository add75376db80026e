import { BAND_LABELS } from '../../lib/fit/types';
import type { StoredRow } from '../../lib/history/schema';
import { formatDate } from './format';
import type { Sort, SortKey } from './sort';

const COLUMNS: { key: SortKey | null; label: string; num?: boolean }[] = [
  { key: 'title', label: 'Posting' },
  { key: 'company', label: 'Company' },
  { key: 'fit', label: 'Fit', num: true },
  { key: 'lastSeen', label: 'Last viewed' },
  { key: null, label: 'Actions' },
];

/** The saved postings, each linking to its page; headers sort. */
export function HistoryTable(props: {
  rows: readonly StoredRow[];
  sort: Sort;
  onSort(key: SortKey): void;
  onDelete(row: StoredRow): void;
}) {
  return (
    <table class="data-table history-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => {
            const active = c.key !== null && props.sort.key === c.key;
            return (
              <th
                key={c.label}
                class={c.num ? 'num' : undefined}
                aria-sort={active ? (props.sort.descending ? 'descending' : 'ascending') : undefined}
              >
                {c.key === null ? (
                  <span class="visually-hidden">{c.label}</span>
                ) : (
                  <button type="button" class="sort-button" onClick={() => c.key && props.onSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true">{active ? (props.sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <td>
              <a href={r.url} target="_blank" rel="noopener noreferrer" class="history-table__title">
                {r.title || r.url}
              </a>
              <span class="history-table__where">{[r.location, r.site].filter(Boolean).join(' · ')}</span>
            </td>
            <td>{r.company ?? '—'}</td>
            <td class="num">
              {r.fit ? (
                <span class={`band-chip band-chip--${r.fit.band}`} title={BAND_LABELS[r.fit.band]}>
                  {r.fit.score}
                  <span class="visually-hidden"> ({BAND_LABELS[r.fit.band]})</span>
                </span>
              ) : (
                <span class="hint" title="No profile when viewed">
                  —
                </span>
              )}
            </td>
            <td>
              <time dateTime={new Date(r.lastSeen).toISOString()}>{formatDate(r.lastSeen)}</time>
            </td>
            <td>
              <button
                type="button"
                class="icon-button"
                onClick={() => props.onDelete(r)}
                aria-label={`Delete “${r.title}” from the history`}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
