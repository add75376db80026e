import type { StoredRow } from '../../lib/history/schema';

export const SORT_KEYS = ['lastSeen', 'fit', 'title', 'company'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Rows without a fit or a company sort last in either direction. */
export function sortRows(rows: readonly StoredRow[], sort: Sort): StoredRow[] {
  const dir = sort.descending ? -1 : 1;
  const value = (r: StoredRow): string | number | null =>
    sort.key === 'lastSeen'
      ? r.lastSeen
      : sort.key === 'fit'
        ? (r.fit?.score ?? null)
        : sort.key === 'title'
          ? r.title
          : r.company;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const c =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return c * dir || b.lastSeen - a.lastSeen;
  });
}

/** Case- and accent-insensitive match on title, company, location and site, every word. */
export function searchRows(rows: readonly StoredRow[], query: string): StoredRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((r) => {
    const text = fold(`${r.title} ${r.company ?? ''} ${r.location ?? ''} ${r.site}`);
    return words.every((w) => text.includes(w));
  });
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
