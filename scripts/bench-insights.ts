import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type Harness, launch } from '../tests/e2e/browser';
import { BENCH_PROFILE, generateRows } from '../tests/fixtures/history/generate';
import { median } from './bench/median';

/**
 * Browser benchmark for the history at scale: 10,000 generated postings (real catalogue ids,
 * deterministic) written into the extension's IndexedDB, then the options page's Insights
 * section loaded in several fresh pages in Chromium with the production build. Each page's own
 * performance measures (use-history.ts for the load, app/storage/history.ts for the read and
 * parse, InsightsSection.tsx for the insights) are taken from one pipeline and turned into
 * consecutive phases from navigation start to the insights painted, so they add up (the
 * script fails when they do not). The budget is on rows in hand → painted. Beside it, in the
 * same pages, a floor: one split of every posting's skill codes, the least any insight over
 * them must do; the ratio to it holds across machines and loads where milliseconds do not.
 * Run by `npm run bench:browser`, or alone after a build: `npx tsx scripts/bench-insights.ts`.
 */

export const BUDGET_MS = 100;
export const SIZE_BUDGET_BYTES = 20 * 1024 * 1024;
const RUNS = 7;

/**
 * One page's timeline, every phase in ms, consecutive so that they add up: from navigation
 * start to the first rows in hand (page start + history load), then from rows in hand to the
 * insights painted (the budget's measure).
 */
export interface RunPhases {
  /** Navigation start → the page asks the background for the catalogue: its scripts loaded and run. */
  scripts: number;
  /** The catalogue view's round trip (entrypoints/options/start.tsx): the page renders nothing before it. */
  catalogue: number;
  /** Catalogue in hand → the history hook starts reading: the view built, Preact's first render, the profile. */
  boot: number;
  /** The history hook's read, split below: open the database and set up liveQuery, ... */
  open: number;
  /** ... IndexedDB getAll alone (Dexie's toArray), ... */
  read: number;
  /** ... validate each row (zod) and sort, ... */
  parse: number;
  /** ... and liveQuery handing the rows to the page. */
  deliver: number;
  /** Rows in hand → the insights' first stage starts (Preact re-renders with the rows). */
  handover: number;
  /** The insights' stages: rows → columns, fit per posting, aggregates. */
  columns: number;
  score: number;
  aggregate: number;
  /** Everything else up to the DOM committed: components' render, Preact's diff, DOM writes. */
  render: number;
  /** DOM committed → the next frame painted: style, layout, paint. */
  paint: number;
  /** columns + score + aggregate + render + paint: rows in hand → painted (the budget's measure). */
  insights: number;
  /** The sum of all phases: navigation start → insights painted, what a user waits. */
  total: number;
}

export const PHASES = [
  'scripts',
  'catalogue',
  'boot',
  'open',
  'read',
  'parse',
  'deliver',
  'handover',
  'columns',
  'score',
  'aggregate',
  'render',
  'paint',
] as const;

export interface InsightsBenchResult {
  rows: number;
  serialisedBytes: number;
  storageBytes: number | null;
  insertMs: number;
  runs: RunPhases[];
  /** Each run's floor: one split of every posting's skill codes, in the same page (median of 5). */
  floorMs: number[];
}

async function writeRows(page: Page, rows: unknown[], profile: unknown): Promise<number> {
  return page.evaluate(
    async ({ rows, profile }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('ml-fit');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const started = performance.now();
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['history', 'profile'], 'readwrite');
        const history = tx.objectStore('history');
        history.clear();
        for (const row of rows) history.put(row);
        tx.objectStore('profile').put({ id: 'me', profile });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      return performance.now() - started;
    },
    { rows, profile },
  );
}

/**
 * The floor, in the page just measured: every posting's skill codes split once (median of 5),
 * over rows read back beforehand (the read is not timed).
 */
async function timeFloor(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('ml-fit');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const rows = await new Promise<{ skills: string }[]>((ok, fail) => {
      const req = db.transaction('history').objectStore('history').getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
    const times: number[] = [];
    let codes = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      for (const row of rows) codes += row.skills.split(' ').length;
      times.push(performance.now() - started);
    }
    // Used, so the loop is not optimised away.
    if (codes === 0) throw new Error('bench-insights: no skill codes in the history');
    return times.sort((a, b) => a - b)[2] ?? Number.NaN;
  });
}

interface Measure {
  name: string;
  start: number;
  end: number;
}

/**
 * The page's measures (app/storage/history.ts, components/history/use-history.ts,
 * components/insights/InsightsSection.tsx), taken from one pipeline: the first history load,
 * the read and parse that delivered its rows (a liveQuery may read more than once), and the
 * insights' first computation after it. Each phase starts where the one before ends.
 */
async function measures(page: Page): Promise<RunPhases> {
  await page.waitForFunction(() => performance.getEntriesByName('ml-fit:insights-painted').length > 0, null, {
    timeout: 60_000,
  });
  const all: Measure[] = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('ml-fit:'))
      .map((m) => ({ name: m.name, start: m.startTime, end: m.startTime + m.duration })),
  );
  const named = (name: string) => all.filter((m) => m.name === `ml-fit:${name}`);
  const need = (m: Measure | undefined, what: string): Measure => {
    if (!m) throw new Error(`bench-insights: no ${what} measure in the page`);
    return m;
  };
  const load = need(named('history-load')[0], 'history-load');
  const catalogue = need(named('catalogue-view')[0], 'catalogue-view');
  // The read whose parse ended last before the rows were delivered: the one that delivered them.
  const parse = need(
    named('history-parse')
      .filter((m) => m.start >= load.start && m.end <= load.end)
      .at(-1),
    'history-parse within the load',
  );
  const read = need(
    named('history-read')
      .filter((m) => m.start >= load.start && m.end <= parse.start + 0.001)
      .at(-1),
    'history-read before its parse',
  );
  const painted = need(
    named('insights-painted').find((m) => m.start >= load.end),
    'insights-painted after the load',
  );
  const committed = need(
    named('insights').find((m) => m.start === painted.start),
    'insights of the painted pipeline',
  );
  const stage = (s: string) =>
    need(
      named(`insights-${s}`).find((m) => m.start >= painted.start && m.end <= committed.end),
      `insights-${s} of the painted pipeline`,
    );
  const columns = stage('columns');
  const score = stage('score');
  const aggregate = stage('aggregate');
  const d = (m: Measure) => m.end - m.start;
  const phases: RunPhases = {
    scripts: catalogue.start,
    catalogue: d(catalogue),
    boot: load.start - catalogue.end,
    open: read.start - load.start,
    read: d(read),
    parse: d(parse),
    deliver: load.end - parse.end,
    handover: painted.start - load.end,
    columns: d(columns),
    score: d(score),
    aggregate: d(aggregate),
    render: d(committed) - d(columns) - d(score) - d(aggregate),
    paint: painted.end - committed.end,
    insights: d(painted),
    total: painted.end,
  };
  // The phases must tile the timeline: a measure from another read or render would break this.
  const sum = PHASES.reduce((t, p) => t + phases[p], 0);
  if (Math.abs(sum - phases.total) > 0.01 || PHASES.some((p) => phases[p] < -0.01))
    throw new Error(`bench-insights: phases do not add up: ${JSON.stringify(phases)}`);
  return phases;
}

export async function benchInsights(h: Harness, count = 10_000): Promise<InsightsBenchResult> {
  const rows = generateRows(count);
  const page = await h.openExtensionPage('options.html#history');
  // The page opens (and so creates or upgrades) the database before rows are written to it.
  await page
    .getByRole('heading', { name: 'History' })
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForTimeout(500);
  const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const insertMs = await writeRows(page, rows, BENCH_PROFILE);
  const after = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? null);
  const result: InsightsBenchResult = {
    rows: count,
    serialisedBytes: Buffer.byteLength(JSON.stringify(rows)),
    storageBytes: after === null ? null : after - before,
    insertMs,
    runs: [],
    floorMs: [],
  };
  await page.close();
  // A fresh page per run: a hash change alone would not reload the options page.
  for (let i = 0; i < RUNS; i++) {
    const run = await h.openExtensionPage('options.html#insights');
    result.runs.push(await measures(run));
    result.floorMs.push(await timeFloor(run));
    await run.close();
  }
  return result;
}

const PHASE_LABEL: Record<(typeof PHASES)[number], string> = {
  scripts: 'page scripts, catalogue asked',
  catalogue: 'catalogue from the background',
  boot: 'catalogue read in, first render',
  open: 'open database, start liveQuery',
  read: 'IndexedDB getAll',
  parse: 'validate + sort rows',
  deliver: 'liveQuery delivers the rows',
  handover: 'Preact re-renders with them',
  columns: 'columns (rows to typed arrays)',
  score: 'fit per posting',
  aggregate: 'aggregates',
  render: 'render + DOM',
  paint: 'style, layout, paint',
};

export function printInsightsBench(r: InsightsBenchResult): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
  const mb = (v: number) => `${(v / 1024 / 1024).toFixed(2)} MB`;
  const runs = (values: number[]) => `(runs: ${values.map((v) => v.toFixed(0)).join(', ')})`;
  const insights = r.runs.map((p) => p.insights);
  const paint = median(insights);
  const floor = median(r.floorMs);
  // The run with the median budget measure, shown whole: its phases add up to its total.
  const typical = [...r.runs].sort((a, b) => a.insights - b.insights)[Math.floor(r.runs.length / 2)];
  console.log(
    `\nHistory insights, ${r.rows.toLocaleString('en')} generated postings (Chromium, production build, ${r.runs.length} fresh pages)`,
  );
  console.log(`  insert into IndexedDB: ${ms(r.insertMs)}`);
  console.log('  One page, navigation start to insights painted (the run with the median budget measure;');
  console.log('  phases are consecutive and add up; beside each, its median over all runs):');
  if (typical) {
    let at = 0;
    for (const phase of PHASES) {
      if (phase === 'columns') {
        console.log(`    ${'rows in hand'.padEnd(36)} at ${ms(at)}`);
      }
      at += typical[phase];
      console.log(
        `    ${PHASE_LABEL[phase].padEnd(36)} ${ms(typical[phase])}  (median ${ms(median(r.runs.map((p) => p[phase])))})`,
      );
    }
    console.log(`    ${'insights painted'.padEnd(36)} at ${ms(typical.total)}`);
  }
  console.log(
    `  rows in hand → painted:   median ${ms(paint)}, best ${ms(Math.min(...insights))}  ${runs(insights)}`,
  );
  console.log(
    `  budget ${BUDGET_MS} ms: ratio ${(paint / BUDGET_MS).toFixed(2)} ${paint <= BUDGET_MS ? '(within)' : '(OVER)'}`,
  );
  console.log(
    `  navigation → painted:     median ${ms(median(r.runs.map((p) => p.total)))}  ${runs(r.runs.map((p) => p.total))}`,
  );
  console.log(
    `  floor (split every posting's skill codes, same pages): median ${ms(floor)}  ${runs(r.floorMs)}`,
  );
  // Each run's ratio first (the two timed in one page, moments apart), then their median.
  const ratios = insights.map((v, i) => v / (r.floorMs[i] ?? Number.NaN));
  console.log(`  rows in hand → painted / floor: median x${median(ratios).toFixed(1)}  ${runs(ratios)}`);
  console.log(
    `  serialised rows:          ${mb(r.serialisedBytes)}  (ratio to 20 MB: ${(r.serialisedBytes / SIZE_BUDGET_BYTES).toFixed(2)})`,
  );
  if (r.storageBytes !== null)
    console.log(
      `  storage used (estimate):  ${mb(r.storageBytes)}  (ratio to 20 MB: ${(r.storageBytes / SIZE_BUDGET_BYTES).toFixed(2)})`,
    );
}

/** Standalone: `npx wxt build && npx tsx scripts/bench-insights.ts`. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const h = await launch();
  try {
    const result = await benchInsights(h);
    printInsightsBench(result);
    if (median(result.runs.map((p) => p.insights)) > BUDGET_MS || result.serialisedBytes > SIZE_BUDGET_BYTES)
      process.exitCode = 1;
  } finally {
    await h.close();
  }
}
