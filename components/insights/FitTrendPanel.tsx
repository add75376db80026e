import { BAND_THRESHOLDS } from '../../lib/fit/weights';
import type { FitTrend } from '../../lib/insights';
import { ChartFrame } from '../charts/ChartFrame';
import { ChartLegend } from '../charts/ChartLegend';
import { LineChart } from '../charts/LineChart';

const WEEK_LABEL = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const fmtWeek = (t: number) => WEEK_LABEL.format(t);

/** Average fit per week: with today's profile, and as recorded when the postings were viewed. */
export function FitTrendPanel({ trend }: { trend: FitTrend }) {
  const description =
    trend.weeks.length === 0
      ? 'No postings in this range.'
      : `Weekly average fit over ${trend.weeks.length} weeks, from the week of ${fmtWeek(trend.weeks[0]?.start ?? 0)} to the week of ${fmtWeek(trend.weeks.at(-1)?.start ?? 0)}. Solid line: your profile today. Dashed line: the fit recorded when you viewed each posting.`;
  return (
    <ChartFrame
      id="fit-trend"
      title="Fit over time"
      description="Weeks start on Monday (UTC). Dashed lines mark where the partial and strong bands begin."
      chart={
        trend.weeks.length === 0 ? (
          <p class="empty-note">No postings in this range.</p>
        ) : (
          <>
            <LineChart
              id="fit-trend"
              title="Average fit per week"
              description={description}
              formatX={fmtWeek}
              rules={BAND_THRESHOLDS.filter(([, min]) => min > 0).map(([band, min]) => ({
                y: min,
                label: band,
              }))}
              series={[
                {
                  key: 'now',
                  label: 'Your profile today',
                  dashed: false,
                  points: trend.weeks.map((w) => ({ x: w.start, y: w.avgNow })),
                },
                {
                  key: 'then',
                  label: 'When viewed',
                  dashed: true,
                  points: trend.weeks.map((w) => ({ x: w.start, y: w.avgThen })),
                },
              ]}
            />
            <ChartLegend
              items={[
                { swatch: 'now', label: 'Your profile today' },
                { swatch: 'then', label: 'When you viewed them' },
              ]}
            />
          </>
        )
      }
      table={() => (
        <table class="data-table">
          <thead>
            <tr>
              <th>Week of</th>
              <th class="num">Postings</th>
              <th class="num">Average fit today</th>
              <th class="num">Average fit when viewed</th>
            </tr>
          </thead>
          <tbody>
            {trend.weeks.map((w) => (
              <tr key={w.start}>
                <td>{fmtWeek(w.start)}</td>
                <td class="num">{w.postings}</td>
                <td class="num">{Math.round(w.avgNow)}</td>
                <td class="num">{w.avgThen === null ? '—' : Math.round(w.avgThen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
