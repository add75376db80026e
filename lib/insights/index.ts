import { countSkills } from './counts';
import { type Demand, demandByCategory } from './demand';
import { applyFilter, type InsightsFilter } from './filter';
import { type GainRow, rankGains } from './gains';
import type { Ranked } from './rank';
import type { Scored } from './score';
import { type SidesSummary, sidesSummary } from './sides';
import { type FitTrend, fitTrend } from './trend';

export interface Insights {
  postings: number;
  /**
   * demand (per category) and gains are ranked lists of up to thousands of skills: their first
   * rows are read with top(n), all of them with all().
   */
  demand: Demand;
  trend: FitTrend;
  gains: Ranked<GainRow>;
  sides: SidesSummary;
}

/**
 * All the insights over the postings the filter keeps. The pipeline: toColumns(rows) once per
 * list of rows, scoreColumns(columns, profile) once per profile, this once per filter.
 */
export function computeInsights(scored: Scored, filter: InsightsFilter): Insights {
  const rows = applyFilter(scored.columns, filter);
  const counts = countSkills(scored, rows);
  const gains = rankGains(scored, counts);
  return {
    postings: rows.length,
    demand: demandByCategory(scored, counts),
    trend: fitTrend(scored, rows),
    gains,
    sides: sidesSummary(scored, rows, (side, n) => rankGains(scored, counts, side).top(n)),
  };
}

export { type Columns, toColumns } from './columns';
export { type Demand, type DemandRow, topDemand } from './demand';
export { type InsightsFilter, NO_FILTER } from './filter';
export type { GainRow } from './gains';
export type { Ranked } from './rank';
export { ROLE_FAMILIES, ROLE_FAMILY_LABEL, type RoleFamily } from './role-family';
export { type Scored, scoreColumns } from './score';
export type { SidesSummary } from './sides';
export type { FitTrend, WeekBucket } from './trend';
