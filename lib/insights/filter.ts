import type { PreparedRow } from './prepare';
import type { RoleFamily } from './role-family';

export interface InsightsFilter {
  /** Inclusive bounds in epoch ms on the posting's last-viewed date; null = open. */
  from: number | null;
  to: number | null;
  family: RoleFamily | null;
}

export const NO_FILTER: InsightsFilter = { from: null, to: null, family: null };

export function applyFilter(rows: readonly PreparedRow[], f: InsightsFilter): PreparedRow[] {
  return rows.filter(
    (r) =>
      (f.from === null || r.date >= f.from) &&
      (f.to === null || r.date <= f.to) &&
      (f.family === null || r.family === f.family),
  );
}
