import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type Harness, launch } from '../tests/e2e/browser';
import { BENCH_PROFILE, generateRows } from '../tests/fixtures/history/generate';
import { median } from './bench/median';

/**
 * Browser benchmark for the history at scale: 10,000 generated postings (real
 * catalogue ids, deterministic) written into the extension's IndexedDB, then the options
 * page's Insights section loaded several times in Chromium with the production build.
 * Reads the page's own performance measures (lib/history/store.ts for the read,
 * components/insights/InsightsSection.tsx for the insights), so every part is timed inside the
 * run it belongs to, and the storage the database takes. Beside them, in the same pages, a
 * floor: one split of every posting's skill codes, the least any insight over them must do;
 * the ratio to it holds across machines and loads where milliseconds do not.
 * Run by `npm run bench:browser`, or alone after a build: `npx tsx scripts/bench-insights.ts`.
 */

export const BUDGET_MS = 100;
export const SIZE_BUDGET_BYTES = 20 * 1024 * 1024;
const RUNS = 7;

export interface InsightsBenchResult {
  rows: number;
  serialisedBytes: number;
  storageBytes: number | null;
  insertMs: number;
  loadMs: number[];
  computeMs: number[];
  paintedMs: number[];
  /** Of each run's read + parse: the IndexedDB read alone (Dexie's toArray, one getAll), then parse + sort. */
  readMs: number[];
  parseMs: number[];
  /** Each run's floor: one split of every posting's skill codes, in the same page (median of 5). */
  floorMs: number[];
  /** Per stage (columns, score, aggregate): each run's time. */
  stageMs: Record<string, number[]>;
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

const STAGES = ['columns', 'score', 'aggregate'];

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

interface RunMeasures {
  load: number;
  read: number;
  parse: number;
  compute: number;
  painted: number;
  stages: number[];
}

async function measures(page: Page): Promise<RunMeasures> {
  await page.waitForFunction(() => performance.getEntriesByName('ml-fit:insights-painted').length > 0, null, {
    timeout: 60_000,
  });
  // The page's first read (the one its load measure encloses); the insights' last measures.
  // No named helper inside: tsx would wrap it in a __name() call the page does not have.
  const first = ['ml-fit:history-load', 'ml-fit:history-read', 'ml-fit:history-parse'];
  const last = ['ml-fit:insights', 'ml-fit:insights-painted', ...STAGES.map((s) => `ml-fit:insights-${s}`)];
  const [load, read, parse, compute, painted, ...stages] = await page.evaluate(
    ({ first, last }) => [
      ...first.map((name) => performance.getEntriesByName(name)[0]?.duration ?? Number.NaN),
      ...last.map((name) => performance.getEntriesByName(name).at(-1)?.duration ?? Number.NaN),
    ],
    { first, last },
  );
  const n = (v: number | undefined) => v ?? Number.NaN;
  return { load: n(load), read: n(read), parse: n(parse), compute: n(compute), painted: n(painted), stages };
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
    loadMs: [],
    computeMs: [],
    paintedMs: [],
    readMs: [],
    parseMs: [],
    floorMs: [],
    stageMs: Object.fromEntries(STAGES.map((s) => [s, []])),
  };
  await page.close();
  // A fresh page per run: a hash change alone would not reload the options page.
  for (let i = 0; i < RUNS; i++) {
    const run = await h.openExtensionPage('options.html#insights');
    const m = await measures(run);
    result.loadMs.push(m.load);
    result.readMs.push(m.read);
    result.parseMs.push(m.parse);
    result.computeMs.push(m.compute);
    result.paintedMs.push(m.painted);
    STAGES.forEach((s, i) => {
      result.stageMs[s]?.push(m.stages[i] ?? Number.NaN);
    });
    result.floorMs.push(await timeFloor(run));
    await run.close();
  }
  return result;
}

export function printInsightsBench(r: InsightsBenchResult): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const mb = (v: number) => `${(v / 1024 / 1024).toFixed(2)} MB`;
  const runs = (values: number[]) => `(runs: ${values.map((v) => v.toFixed(0)).join(', ')})`;
  const paint = median(r.paintedMs);
  const floor = median(r.floorMs);
  console.log(
    `\nHistory insights, ${r.rows.toLocaleString('en')} generated postings (Chromium, production build, ${r.loadMs.length} fresh pages)`,
  );
  console.log(`  insert into IndexedDB:        ${ms(r.insertMs)}`);
  console.log(`  read + parse the history:     median ${ms(median(r.loadMs))}  ${runs(r.loadMs)}`);
  console.log(`    of which IndexedDB read:    median ${ms(median(r.readMs))}  ${runs(r.readMs)}`);
  console.log(`    of which parse + sort:      median ${ms(median(r.parseMs))}  ${runs(r.parseMs)}`);
  console.log(`  insights compute + DOM:       median ${ms(median(r.computeMs))}  ${runs(r.computeMs)}`);
  for (const [stage, values] of Object.entries(r.stageMs))
    console.log(`    ${`${stage}:`.padEnd(26)} median ${ms(median(values))}`);
  console.log(
    `  insights compute + painted:   median ${ms(paint)}, best ${ms(Math.min(...r.paintedMs))}  ${runs(r.paintedMs)}`,
  );
  console.log(
    `  budget ${BUDGET_MS} ms: ratio ${(paint / BUDGET_MS).toFixed(2)} ${paint <= BUDGET_MS ? '(within)' : '(OVER)'}`,
  );
  console.log(
    `  floor (split every posting's skill codes, same pages): median ${ms(floor)}  ${runs(r.floorMs)}`,
  );
  // Each run's ratio first (the two timed in one page, moments apart), then their median.
  const ratios = r.paintedMs.map((v, i) => v / (r.floorMs[i] ?? Number.NaN));
  console.log(`  insights compute + painted / floor: median x${median(ratios).toFixed(1)}  ${runs(ratios)}`);
  console.log(
    `  serialised rows:              ${mb(r.serialisedBytes)}  (ratio to 20 MB: ${(r.serialisedBytes / SIZE_BUDGET_BYTES).toFixed(2)})`,
  );
  if (r.storageBytes !== null)
    console.log(
      `  storage used (estimate):      ${mb(r.storageBytes)}  (ratio to 20 MB: ${(r.storageBytes / SIZE_BUDGET_BYTES).toFixed(2)})`,
    );
}

/** Standalone: `npx wxt build && npx tsx scripts/bench-insights.ts`. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const h = await launch();
  try {
    const result = await benchInsights(h);
    printInsightsBench(result);
    if (median(result.paintedMs) > BUDGET_MS || result.serialisedBytes > SIZE_BUDGET_BYTES)
      process.exitCode = 1;
  } finally {
    await h.close();
  }
}
