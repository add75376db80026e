import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type Harness, launch } from '../tests/e2e/browser';
import { BENCH_PROFILE, generateRows } from '../tests/fixtures/history/generate';
import { median } from './bench/median';

/**
 * Browser benchmark for the history at scale (issue 6): 10,000 generated postings (real
 * catalogue ids, deterministic) written into the extension's IndexedDB, then the options
 * page's Insights section loaded several times in Chromium with the production build.
 * Reads the page's own performance measures (components/insights/InsightsSection.tsx) and
 * the storage the database takes. Run by `npm run bench:browser`, or alone after a build:
 * `npx tsx scripts/bench-insights.ts`.
 */

export const BUDGET_MS = 300;
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
  /** IndexedDB getAll of the history table alone (no parsing), each run's time. */
  getAllMs: number[];
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

/** How much of the history's load is IndexedDB itself: a bare getAll, no parsing. */
async function timeGetAll(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('ml-fit');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const started = performance.now();
    await new Promise((ok, fail) => {
      const req = db.transaction('history').objectStore('history').getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const ms = performance.now() - started;
    db.close();
    return ms;
  });
}

async function measures(
  page: Page,
): Promise<{ load: number; compute: number; painted: number; stages: number[] }> {
  await page.waitForFunction(() => performance.getEntriesByName('ml-fit:insights-painted').length > 0, null, {
    timeout: 60_000,
  });
  // No named helper inside: tsx would wrap it in a __name() call the page does not have.
  const names = [
    'ml-fit:history-load',
    'ml-fit:insights',
    'ml-fit:insights-painted',
    ...STAGES.map((s) => `ml-fit:insights-${s}`),
  ];
  const [load, compute, painted, ...stages] = await page.evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name).at(-1)?.duration ?? Number.NaN),
    names,
  );
  return { load: load ?? Number.NaN, compute: compute ?? Number.NaN, painted: painted ?? Number.NaN, stages };
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
    stageMs: Object.fromEntries(STAGES.map((s) => [s, []])),
    getAllMs: [],
  };
  for (let i = 0; i < 3; i++) result.getAllMs.push(await timeGetAll(page));
  await page.close();
  // A fresh page per run: a hash change alone would not reload the options page.
  for (let i = 0; i < RUNS; i++) {
    const run = await h.openExtensionPage('options.html#insights');
    const m = await measures(run);
    result.loadMs.push(m.load);
    result.computeMs.push(m.compute);
    result.paintedMs.push(m.painted);
    STAGES.forEach((s, i) => {
      result.stageMs[s]?.push(m.stages[i] ?? Number.NaN);
    });
    await run.close();
  }
  return result;
}

export function printInsightsBench(r: InsightsBenchResult): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const mb = (v: number) => `${(v / 1024 / 1024).toFixed(2)} MB`;
  const paint = median(r.paintedMs);
  console.log(
    `\nHistory insights, ${r.rows.toLocaleString('en')} generated postings (Chromium, production build)`,
  );
  console.log(`  insert into IndexedDB:        ${ms(r.insertMs)}`);
  console.log(
    `  read + parse the history:     median ${ms(median(r.loadMs))}  (runs: ${r.loadMs.map((v) => v.toFixed(0)).join(', ')})`,
  );
  console.log(`    of which IndexedDB getAll:  median ${ms(median(r.getAllMs))}`);
  console.log(
    `  insights compute + DOM:       median ${ms(median(r.computeMs))}  (runs: ${r.computeMs.map((v) => v.toFixed(0)).join(', ')})`,
  );
  for (const [stage, runs] of Object.entries(r.stageMs))
    console.log(`    ${`${stage}:`.padEnd(26)} median ${ms(median(runs))}`);
  console.log(
    `  insights compute + painted:   median ${ms(paint)}  (runs: ${r.paintedMs.map((v) => v.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  budget ${BUDGET_MS} ms: ratio ${(paint / BUDGET_MS).toFixed(2)} ${paint <= BUDGET_MS ? '(within)' : '(OVER)'}`,
  );
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
