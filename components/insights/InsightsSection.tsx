import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type Columns,
  computeInsights,
  type InsightsFilter,
  NO_FILTER,
  ROLE_FAMILIES,
  type RoleFamily,
  type Scored,
  scoreColumns,
  toColumns,
} from '../../lib/insights';
import { hasSkills } from '../../lib/profile/load';
import type { Profile } from '../../lib/profile/schema';
import { useHistory } from '../history/use-history';
import { CategoryTables } from './CategoryTables';
import { DemandPanel } from './DemandPanel';
import { FitTrendPanel } from './FitTrendPanel';
import { GainsTable } from './GainsTable';
import { InsightsFilters } from './InsightsFilters';
import { SidesPanel } from './SidesPanel';
import { Summary } from './Summary';
import './insights.css';

/**
 * Measures read by the browser benchmark (scripts/bench-insights.ts): from rows in hand to the
 * insights computed and in the DOM, and to the next frame painted.
 */
export const MEASURE_INSIGHTS = 'ml-fit:insights';
export const MEASURE_INSIGHTS_PAINTED = 'ml-fit:insights-painted';

/** The page's last build, kept while the page lives so that an update reuses what did not change. */
const last: { columns: Columns | null; scored: Scored | null } = { columns: null, scored: null };

/** Options page section: what the saved postings say about the market and about your gaps. */
export function InsightsSection({ profile }: { profile: Profile }) {
  const { rows, error } = useHistory();
  const [filter, setFilter] = useState<InsightsFilter>(NO_FILTER);
  const started = useRef(0);

  // Three stages, each redone only when its input changes: rows → columns → fit per posting
  // for this profile → aggregates for this filter. When the history changes (or the section is
  // opened again), the rows and fits that did not change are copied from the last build.
  const columns = useMemo(() => {
    started.current = performance.now();
    if (!rows) return null;
    const built = timed('columns', () => toColumns(rows, last.columns));
    last.columns = built;
    return built;
  }, [rows]);
  const scored = useMemo(() => {
    if (!columns) return null;
    const built = timed('score', () => scoreColumns(columns, profile, last.scored));
    last.scored = built;
    return built;
  }, [columns, profile]);
  const insights = useMemo(
    () => (scored ? timed('aggregate', () => computeInsights(scored, filter)) : null),
    [scored, filter],
  );
  const families = useMemo(() => {
    // Counted by index (10,000 rows), then one map entry per family met.
    const byIndex = new Int32Array(ROLE_FAMILIES.length);
    const family = columns?.family ?? [];
    for (let r = 0; r < family.length; r++) {
      const f = family[r] as number;
      byIndex[f] = (byIndex[f] as number) + 1;
    }
    const counts = new Map<RoleFamily, number>();
    for (let f = 0; f < ROLE_FAMILIES.length; f++)
      if (byIndex[f]) counts.set(ROLE_FAMILIES[f] as RoleFamily, byIndex[f] as number);
    return counts;
  }, [columns]);

  useLayoutEffect(() => {
    const start = started.current;
    if (insights && start) {
      performance.measure(MEASURE_INSIGHTS, { start, end: performance.now() });
      // rAF runs before the frame's style and layout; the task after it runs once it is painted.
      requestAnimationFrame(() =>
        setTimeout(() => performance.measure(MEASURE_INSIGHTS_PAINTED, { start, end: performance.now() }), 0),
      );
      started.current = 0;
    }
  }, [insights]);

  const profileEmpty = !hasSkills(profile);
  return (
    <div class="insights">
      <section class="card" aria-labelledby="insights-title">
        <h2 id="insights-title">Insights</h2>
        <p class="hint">
          What the postings you looked at ask for, and which skills would open the most of them. Dates are the
          day you last viewed each posting.
        </p>
        {error && (
          <div class="notice notice--error" role="alert">
            <p>{error}</p>
          </div>
        )}
        {rows === null || !insights ? (
          <p class="loading">Loading the history…</p>
        ) : rows.length === 0 ? (
          <p class="empty-note">
            No saved postings yet. Insights appear once you have opened a few machine-learning-engineer
            postings.
          </p>
        ) : (
          <>
            <InsightsFilters filter={filter} families={families} onChange={setFilter} />
            {profileEmpty && (
              <div class="notice notice--warning">
                <p>
                  Your profile has no skills yet, so every fit is 0. Add your skills to see what you would
                  gain.
                </p>
              </div>
            )}
            <Summary trend={insights.trend} profileEmpty={profileEmpty} />
          </>
        )}
      </section>
      {rows &&
        rows.length > 0 &&
        insights &&
        (insights.postings === 0 ? (
          <p class="card empty-note">No postings match these filters.</p>
        ) : (
          <>
            <section class="card">
              <FitTrendPanel trend={insights.trend} />
            </section>
            <section class="card">
              <DemandPanel demand={insights.demand} postings={insights.postings} />
            </section>
            <GainsTable gains={insights.gains} postings={insights.postings} />
            <SidesPanel sides={insights.sides} />
            <CategoryTables demand={insights.demand} postings={insights.postings} />
          </>
        ))}
    </div>
  );
}

/** Runs one stage of the pipeline under a performance measure (ml-fit:insights-<stage>). */
function timed<T>(stage: string, run: () => T): T {
  const start = performance.now();
  const out = run();
  performance.measure(`${MEASURE_INSIGHTS}-${stage}`, { start, end: performance.now() });
  return out;
}
