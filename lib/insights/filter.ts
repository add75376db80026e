import { type Columns, familyAt } from './columns';
import type { RoleFamily } from './role-family';

export interface InsightsFilter {
  /** Inclusive bounds in epoch ms on the posting's last-viewed date; null = open. */
  from: number | null;
  to: number | null;
  family: RoleFamily | null;
}

export const NO_FILTER: InsightsFilter = { from: null, to: null, family: null };

/** Indexes of the rows the filter keeps. */
export function applyFilter(c: Columns, f: InsightsFilter): number[] {
  const kept: number[] = [];
  const from = f.from ?? Number.NEGATIVE_INFINITY;
  const to = f.to ?? Number.POSITIVE_INFINITY;
  for (let r = 0; r < c.rows.length; r++) {
    const d = c.date[r] as number;
    if (d >= from && d <= to && (f.family === null || familyAt(c, r) === f.family)) kept.push(r);
  }
  return kept;
}
