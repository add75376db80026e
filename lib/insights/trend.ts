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
  const { date, recorded } = c;
  const score = s.score;
  const buckets = new Map<number, { n: number; now: number; seenN: number; seen: number }>();
  let now = 0;
  let seen = 0;
  let seenN = 0;
  // Both slopes' least-squares sums (see slopeOf), in the same pass and in locals: x in weeks
  // from the first row's date. "t" for today's fit, "r" for the recorded one; their n and sum of
  // y are the averages' own (rows.length and now, seenN and seen).
  let tsx = 0;
  let tsxx = 0;
  let tsxy = 0;
  let rsx = 0;
  let rsxx = 0;
  let rsxy = 0;
  let tMin = Number.POSITIVE_INFINITY;
  let tMax = Number.NEGATIVE_INFINITY;
  let rMin = Number.POSITIVE_INFINITY;
  let rMax = Number.NEGATIVE_INFINITY;
  const origin = rows.length ? (date[rows[0] as number] as number) : 0;
  // Rows usually come in date order, so most share the bucket of the row before: the week's
  // bounds are kept, and the bucket is looked up only when a date falls outside them.
  let lastStart = Number.NaN;
  let lastEnd = Number.NaN;
  let b = { n: 0, now: 0, seenN: 0, seen: 0 };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const d = date[r] as number;
    if (!(d >= lastStart && d < lastEnd)) {
      const start = weekStart(d);
      const found = buckets.get(start);
      if (found) b = found;
      else {
        b = { n: 0, now: 0, seenN: 0, seen: 0 };
        buckets.set(start, b);
      }
      lastStart = start;
      lastEnd = start + WEEK;
    }
    const v = score[r] as number;
    const x = (d - origin) / WEEK;
    b.n++;
    b.now += v;
    now += v;
    tsx += x;
    tsxx += x * x;
    tsxy += x * v;
    if (d < tMin) tMin = d;
    if (d > tMax) tMax = d;
    const was = recorded[r] as number;
    if (!Number.isNaN(was)) {
      b.seenN++;
      b.seen += was;
      seenN++;
      seen += was;
      rsx += x;
      rsxx += x * x;
      rsxy += x * was;
      if (d < rMin) rMin = d;
      if (d > rMax) rMax = d;
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
    slopeThen: slopeOf(seenN, rsx, seen, rsxx, rsxy, rMax - rMin),
    slopeNow: slopeOf(rows.length, tsx, now, tsxx, tsxy, tMax - tMin),
  };
}

/**
 * Least squares of y on x (the date in weeks), from its sums over n points whose dates
 * spread over `spread` ms: points per week; null with under two points or under a week's spread.
 */
function slopeOf(n: number, sx: number, sy: number, sxx: number, sxy: number, spread: number): number | null {
  if (n < 2 || spread < WEEK) return null;
  const denom = n * sxx - sx * sx;
  return denom === 0 ? null : (n * sxy - sx * sy) / denom;
}
