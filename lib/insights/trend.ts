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
  // Both slopes' least-squares sums, in the same pass: x in weeks from the first row's date.
  const then = new Fit();
  const today = new Fit();
  const origin = rows.length ? (date[rows[0] as number] as number) : 0;
  // Rows usually come in date order, so most share the bucket of the row before.
  let lastStart = Number.NaN;
  let b = { n: 0, now: 0, seenN: 0, seen: 0 };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const d = date[r] as number;
    const start = weekStart(d);
    if (start !== lastStart) {
      const found = buckets.get(start);
      if (found) b = found;
      else {
        b = { n: 0, now: 0, seenN: 0, seen: 0 };
        buckets.set(start, b);
      }
      lastStart = start;
    }
    const v = score[r] as number;
    const x = (d - origin) / WEEK;
    b.n++;
    b.now += v;
    now += v;
    today.add(x, v, d);
    const was = recorded[r] as number;
    if (!Number.isNaN(was)) {
      b.seenN++;
      b.seen += was;
      seenN++;
      seen += was;
      then.add(x, was, d);
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
    slopeThen: then.slope(),
    slopeNow: today.slope(),
  };
}

/** Least squares of y on x (the date in weeks), fed one point at a time. */
class Fit {
  private n = 0;
  private sx = 0;
  private sy = 0;
  private sxx = 0;
  private sxy = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;

  add(x: number, y: number, date: number): void {
    this.n++;
    this.sx += x;
    this.sy += y;
    this.sxx += x * x;
    this.sxy += x * y;
    if (date < this.min) this.min = date;
    if (date > this.max) this.max = date;
  }

  /** Points per week; null with under two points or under a week's spread. */
  slope(): number | null {
    const { n, sx, sy, sxx, sxy } = this;
    if (n < 2 || this.max - this.min < WEEK) return null;
    const denom = n * sxx - sx * sx;
    return denom === 0 ? null : (n * sxy - sx * sy) / denom;
  }
}
