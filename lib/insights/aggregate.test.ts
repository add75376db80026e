import { describe, expect, test } from 'vitest';
import { BENCH_PROFILE, generateRows } from '../../tests/fixtures/history/generate';
import { CATEGORIES, LISTED_AS, SIDES } from '../analysis/types';
import { bandFor } from '../fit/weights';
import { emptyProfile } from '../profile/schema';
import { toColumns } from './columns';
import { byDemand, topDemand } from './demand';
import { computeInsights, type InsightsFilter, NO_FILTER } from './index';
import { roleFamily } from './role-family';
import { type Scored, scoreColumns } from './score';
import { WEEK, weekStart } from './trend';

/**
 * The aggregates (one counting pass over the mentions, typed arrays) against a plain
 * reference over the same fit per posting: objects and maps, one posting at a time.
 */
function reference(s: Scored, f: InsightsFilter) {
  const c = s.columns;
  const kept = c.rows
    .map((row, r) => ({ row, r }))
    .filter(
      ({ row }) =>
        row.lastSeen >= (f.from ?? -Infinity) &&
        row.lastSeen <= (f.to ?? Infinity) &&
        (f.family === null || roleFamily(row.title) === f.family),
    );
  const per = new Map<
    number,
    {
      postings: number;
      required: number;
      preferred: number;
      points: number;
      raised: number;
      toStrong: number;
    }
  >();
  const weeks = new Map<number, { n: number; now: number; seen: number[] }>();
  const sides = { ml: { points: 0, max: 0, weakerIn: 0 }, engineering: { points: 0, max: 0, weakerIn: 0 } };
  for (const { row, r } of kept) {
    const score = s.score[r] as number;
    for (let e = c.start[r] as number; e < (c.start[r + 1] as number); e++) {
      const k = c.skill[e] as number;
      const t = per.get(k) ?? { postings: 0, required: 0, preferred: 0, points: 0, raised: 0, toStrong: 0 };
      per.set(k, t);
      t.postings++;
      if (LISTED_AS[c.listed[e] as number] === 'required') t.required++;
      if (LISTED_AS[c.listed[e] as number] === 'preferred') t.preferred++;
      const g = s.gain[e] as number;
      if (g > 0) {
        t.points += g;
        t.raised++;
        if (bandFor(score) !== 'strong' && bandFor(score + g) === 'strong') t.toStrong++;
      }
    }
    const w = weeks.get(weekStart(row.lastSeen)) ?? { n: 0, now: 0, seen: [] };
    weeks.set(weekStart(row.lastSeen), w);
    w.n++;
    w.now += score;
    if (row.fit) w.seen.push(row.fit.score);
    const [mlP, mlM, enP, enM] = Array.from(s.sides.subarray(r * 4, r * 4 + 4));
    sides.ml.points += mlP as number;
    sides.ml.max += mlM as number;
    sides.engineering.points += enP as number;
    sides.engineering.max += enM as number;
    if ((mlM as number) > 0 && (enM as number) > 0) {
      const a = (mlP as number) / (mlM as number);
      const b = (enP as number) / (enM as number);
      if (Math.abs(a - b) >= 1e-9) sides[a < b ? 'ml' : 'engineering'].weakerIn++;
    }
  }
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  const rows = [...per].map(([k, t]) => ({ meta: c.skills[k], level: s.levels[k] ?? null, ...t }));
  const demand = Object.fromEntries(
    CATEGORIES.map((cat) => [
      cat,
      rows
        .filter((x) => x.meta?.category === cat)
        .map((x) => ({
          ...x.meta,
          postings: x.postings,
          required: x.required,
          preferred: x.preferred,
          level: x.level,
        }))
        .sort(
          (a, b) =>
            b.postings - a.postings ||
            b.required - a.required ||
            byName(a as { name: string }, b as { name: string }),
        ),
    ]),
  );
  const gains = rows
    .filter((x) => x.raised > 0)
    .map((x) => ({ ...x.meta, level: x.level, points: x.points, postings: x.raised, toStrong: x.toStrong }))
    .sort(
      (a, b) =>
        b.points - a.points ||
        b.toStrong - a.toStrong ||
        byName(a as { name: string }, b as { name: string }),
    );
  const trendWeeks = [...weeks]
    .sort((a, b) => a[0] - b[0])
    .map(([start, w]) => ({
      start,
      postings: w.n,
      avgNow: w.now / w.n,
      avgThen: w.seen.length ? w.seen.reduce((x, y) => x + y, 0) / w.seen.length : null,
    }));
  // Least squares of the fit on the date in weeks (from the first kept posting), per series.
  const slope = (points: { d: number; y: number }[]) => {
    const origin = kept[0]?.row.lastSeen ?? 0;
    const xs = points.map((p) => (p.d - origin) / WEEK);
    const n = points.length;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    points.forEach((p, i) => {
      const x = xs[i] as number;
      sx += x;
      sy += p.y;
      sxx += x * x;
      sxy += x * p.y;
    });
    const dates = points.map((p) => p.d);
    if (n < 2 || Math.max(...dates) - Math.min(...dates) < WEEK) return null;
    const denom = n * sxx - sx * sx;
    return denom === 0 ? null : (n * sxy - sx * sy) / denom;
  };
  const slopeNow = slope(kept.map(({ row, r }) => ({ d: row.lastSeen, y: s.score[r] as number })));
  const slopeThen = slope(
    kept.flatMap(({ row }) => (row.fit ? [{ d: row.lastSeen, y: row.fit.score }] : [])),
  );
  return { postings: kept.length, demand, gains, weeks: trendWeeks, sides, slopeNow, slopeThen };
}

const rows = generateRows(2000, 13);
const columns = toColumns(rows);
const first = Math.min(...rows.map((r) => r.lastSeen));
const FILTERS: InsightsFilter[] = [
  NO_FILTER,
  { from: first + 90 * 86_400_000, to: first + 200 * 86_400_000, family: null },
  { ...NO_FILTER, family: 'mlops' },
  { from: first + 30 * 86_400_000, to: null, family: 'vision' },
  { from: 0, to: 1, family: null },
];

describe('aggregates agree with a plain reference', () => {
  for (const [name, profile] of [
    ['bench', BENCH_PROFILE],
    ['empty', emptyProfile()],
  ] as const) {
    test(`${name} profile, under several filters`, () => {
      const s = scoreColumns(columns, profile);
      for (const filter of FILTERS) {
        const fast = computeInsights(s, filter);
        const ref = reference(s, filter);
        expect(fast.postings).toBe(ref.postings);
        for (const cat of CATEGORIES) {
          const all = fast.demand[cat].all();
          expect(all).toEqual(ref.demand[cat]);
          expect(fast.demand[cat].length).toBe(all.length);
        }
        expect(fast.gains.all()).toEqual(ref.gains);
        expect(fast.gains.length).toBe(ref.gains.length);
        expect(fast.trend.weeks).toEqual(ref.weeks);
        expect([fast.trend.slopeNow, fast.trend.slopeThen]).toEqual([ref.slopeNow, ref.slopeThen]);
        for (const side of SIDES) expect(fast.sides.sides[side]).toMatchObject(ref.sides[side]);
      }
    });
  }

  test('the first rows of a ranked list, picked without ranking it all, are its first rows', () => {
    for (const profile of [BENCH_PROFILE, emptyProfile()]) {
      const s = scoreColumns(columns, profile);
      for (const filter of FILTERS) {
        // Fresh insights for each read: top(n) before all() picks; after it, slices.
        const lists = () => {
          const fresh = computeInsights(s, filter);
          return [fresh.gains, ...CATEGORIES.map((c) => fresh.demand[c])];
        };
        const full = lists().map((list) => list.all());
        for (const n of [0, 1, 3, 8, 10, 15, 64, 65, 500]) {
          lists().forEach((list, i) => {
            expect(list.top(n)).toEqual(full[i]?.slice(0, n));
          });
        }
      }
    }
  });

  test('topDemand: the first of all categories together, as a full sort gives them', () => {
    const { demand } = computeInsights(scoreColumns(columns, BENCH_PROFILE), NO_FILTER);
    const all = CATEGORIES.flatMap((c) => demand[c].all()).sort(byDemand);
    for (const n of [0, 1, 15, 200]) expect(topDemand(demand, n)).toEqual(all.slice(0, n));
    expect(topDemand(demand, all.length + 5)).toEqual(all);
  });

  test('the filters exercise something: kept counts differ, and weeks span more than one', () => {
    const s = scoreColumns(columns, BENCH_PROFILE);
    const counts = FILTERS.map((f) => computeInsights(s, f).postings);
    expect(new Set(counts).size).toBe(FILTERS.length);
    expect(computeInsights(s, NO_FILTER).trend.weeks.length).toBeGreaterThan(40);
  });
});
