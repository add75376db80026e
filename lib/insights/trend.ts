import type { PreparedRow } from './prepare';

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

export function fitTrend(rows: readonly PreparedRow[]): FitTrend {
  const buckets = new Map<number, { n: number; now: number; seenN: number; seen: number }>();
  let now = 0;
  let then = 0;
  let seenN = 0;
  for (const r of rows) {
    const start = weekStart(r.date);
    let b = buckets.get(start);
    if (!b) {
      b = { n: 0, now: 0, seenN: 0, seen: 0 };
      buckets.set(start, b);
    }
    b.n++;
    b.now += r.score;
    now += r.score;
    const recorded = r.entry.fit;
    if (recorded) {
      b.seenN++;
      b.seen += recorded.score;
      seenN++;
      then += recorded.score;
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
    avgThen: seenN ? then / seenN : null,
    weeks,
    slopeThen: slope(rows, (r) => r.entry.fit?.score ?? null),
    slopeNow: slope(rows, (r) => r.score),
  };
}

function slope(rows: readonly PreparedRow[], y: (r: PreparedRow) => number | null): number | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Weeks counted from the first row keep the sums small enough for exact-ish arithmetic.
  const origin = rows[0]?.date ?? 0;
  for (const r of rows) {
    const v = y(r);
    if (v === null) continue;
    const x = (r.date - origin) / WEEK;
    n++;
    sx += x;
    sy += v;
    sxx += x * x;
    sxy += x * v;
    if (r.date < min) min = r.date;
    if (r.date > max) max = r.date;
  }
  if (n < 2 || max - min < WEEK) return null;
  const denom = n * sxx - sx * sx;
  return denom === 0 ? null : (n * sxy - sx * sy) / denom;
}
