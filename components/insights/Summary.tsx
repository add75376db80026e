import { BAND_LABELS } from '../../lib/fit/types';
import { bandFor } from '../../lib/fit/weights';
import type { FitTrend } from '../../lib/insights';

/** Headline figures: postings, average fit today and when viewed, and the weekly trend. */
export function Summary({ trend, profileEmpty }: { trend: FitTrend; profileEmpty: boolean }) {
  const now = trend.avgNow === null ? null : Math.round(trend.avgNow);
  return (
    <dl class="insights-summary">
      <div>
        <dt>Postings</dt>
        <dd>{trend.postings.toLocaleString()}</dd>
      </div>
      <div>
        <dt>Average fit today</dt>
        <dd>
          {now === null || profileEmpty ? '—' : now}
          {now !== null && !profileEmpty && (
            <span class="insights-summary__band"> {BAND_LABELS[bandFor(now)]}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Fit when viewed</dt>
        <dd>{trend.avgThen === null ? '—' : Math.round(trend.avgThen)}</dd>
      </div>
      <div>
        <dt>Trend per week</dt>
        <dd title="Least-squares slope of the fit recorded when you viewed each posting">
          {trend.slopeThen === null ? (
            <span class="insights-summary__na">needs two weeks or more</span>
          ) : (
            signed(trend.slopeThen)
          )}
        </dd>
      </div>
    </dl>
  );
}

function signed(v: number): string {
  const r = Math.round(v * 10) / 10;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r)} pts`;
}
