import { type Demand, demandByCategory } from './demand';
import { applyFilter, type InsightsFilter } from './filter';
import { type GainRow, rankGains } from './gains';
import type { Prepared } from './prepare';
import { type SidesSummary, sidesSummary } from './sides';
import { type FitTrend, fitTrend } from './trend';

export interface Insights {
  postings: number;
  demand: Demand;
  trend: FitTrend;
  gains: GainRow[];
  sides: SidesSummary;
}

/** All the insights over the postings the filter keeps; `prepared` is computed once per profile. */
export function computeInsights(prepared: Prepared, filter: InsightsFilter): Insights {
  const rows = applyFilter(prepared.rows, filter);
  const gains = rankGains(rows, prepared.engine);
  return {
    postings: rows.length,
    demand: demandByCategory(rows, prepared.levels),
    trend: fitTrend(rows),
    gains,
    sides: sidesSummary(rows, prepared.profile.background, prepared.engine, gains),
  };
}

export type { Demand, DemandRow } from './demand';
export type { InsightsFilter } from './filter';
export { NO_FILTER } from './filter';
export type { GainRow } from './gains';
export type { FitEngine, Prepared, PreparedRow } from './prepare';
export { prepare } from './prepare';
export type { SidesSummary } from './sides';
export type { FitTrend, WeekBucket } from './trend';
