import type { Scored } from './score';

const DAY = 86_400_000;
export const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday: weeks start on Monday, four days later (UTC). */
const MONDAY_OFFSET = 4 * DAY;

export function weekStart(t: number): number {
  return t - ((((t - MONDAY_OFFSET) % WEEK) + WEEK) % WEEK);
}

export interface WeekBucket {
  /** Monday 00:00 UTC, epoch ms. */
  start: number;
  postings: number;
  /** Average fit with today's profile. */
  avgNow: number;
  /** Average fit recorded when the postings were viewed; null when none was recorded. */
  avgThen: number | null;
}

export interface FitTrend {
  postings: number;
  avgNow: number | null;
  avgThen: number | null;
  weeks: WeekBucket[];
  /** Least-squares slope of the recorded fit, in points per week; null with under two weeks' spread. */
  slopeThen: number | null;
  /** The same for today's fit: does the market drift towards or away from the profile? */
  slopeNow: number | null;
}

export function fitTrend(s: Scored, rows: readonly number[]): FitTrend {
  const c = s.columns;
  const buckets = new Map<number, { n: number; now: number; seenN: number; seen: number }>();
  let now = 0;
  let seen = 0;
  let seenN = 0;
  // Rows usually come in date order, so most share the bucket of the row before.
  let lastStart = Number.NaN;
  let b = { n: 0, now: 0, seenN: 0, seen: 0 };
  for (const r of rows) {
    const start = weekStart(c.date[r] as number);
    if (start !== lastStart) {
      const found = buckets.get(start);
      if (found) b = found;
      else {
        b = { n: 0, now: 0, seenN: 0, seen: 0 };
        buckets.set(start, b);
      }
      lastStart = start;
    }
    b.n++;
    b.now += s.score[r] as number;
    now += s.score[r] as number;
    const recorded = c.recorded[r] as number;
    if (!Number.isNaN(recorded)) {
      b.seenN++;
      b.seen += recorded;
      seenN++;
      seen += recorded;
    }
  }
  const weeks = [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, b]) => ({
      start,
      postings: b.n,
      avgNow: b.now / b.n,
      avgThen: b.seenN ? b.seen / b.seenN : null,
    }));
  return {
    postings: rows.length,
    avgNow: rows.length ? now / rows.length : null,
    avgThen: seenN ? seen / seenN : null,
    weeks,
    slopeThen: slope(c.date, c.recorded, rows),
    slopeNow: slope(c.date, s.score, rows),
  };
}

/** Least squares of y on the date in weeks, skipping NaN values. */
function slope(date: Float64Array, y: Float64Array, rows: readonly number[]): number | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Weeks counted from the first row keep the sums small.
  const origin = rows.length ? (date[rows[0] as number] as number) : 0;
  for (const r of rows) {
    const v = y[r] as number;
    if (Number.isNaN(v)) continue;
    const d = date[r] as number;
    const x = (d - origin) / WEEK;
    n++;
    sx += x;
    sy += v;
    sxx += x * x;
    sxy += x * v;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (n < 2 || max - min < WEEK) return null;
  const denom = n * sxx - sx * sx;
  return denom === 0 ? null : (n * sxy - sx * sy) / denom;
}
