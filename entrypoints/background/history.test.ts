import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { resetDb } from '../../app/storage/db';
import { listHistory, savePosting, setHistorySettings } from '../../app/storage/history';
import { RATE_MAX, RATE_WINDOW_MS } from '../../lib/history/limits';
import { DAY_MS } from '../../lib/history/settings';
import { reportFixture } from '../../tests/fixtures/history/reports';
import { freshDb } from '../../tests/support/db';
import { pruneIfDue, recordInHistory } from './history';

beforeEach(async () => {
  await freshDb();
});
afterEach(() => resetDb());

const T0 = Date.parse('2026-11-01T12:00:00Z');
const fit = { score: 55, band: 'partial' as const };

describe('background hook', () => {
  test('records ML engineer postings only, and nothing while paused', async () => {
    expect(await recordInHistory(reportFixture('1', 'ML Engineer'), null, T0)).toBe(true);
    expect(
      await recordInHistory({ ...reportFixture('2', 'Data Scientist'), isMlEngineer: false }, null, T0),
    ).toBe(false);
    await setHistorySettings({ paused: true });
    expect(await recordInHistory(reportFixture('3', 'ML Engineer'), null, T0)).toBe(false);
    expect((await listHistory()).map((r) => r.key)).toEqual(['greenhouse:1']);
  });

  test('keeps at most the row ceiling, removing the least recently viewed first', async () => {
    const record = (id: string, at: number) =>
      recordInHistory(reportFixture(id, 'ML Engineer'), null, at, null, { maxRows: 5 });
    for (let i = 0; i < 5; i++) await record(`c${i}`, T0 + i * 1000);
    await record('c0', T0 + 10_000); // seen again: no longer the oldest
    await record('c5', T0 + 11_000);
    await record('c6', T0 + 12_000);
    expect((await listHistory()).map((r) => r.jobId)).toEqual(['c6', 'c5', 'c0', 'c4', 'c3']);
  });

  test('the per-site limit holds across a restart of the background worker', async () => {
    const flood = async (hook: typeof recordInHistory, from: number, tabId: number) => {
      const saved: boolean[] = [];
      for (let i = from; i < from + RATE_MAX; i++) {
        saved.push(await hook(reportFixture(`f${i}`, 'ML Engineer'), null, T0 + i * 1000, tabId));
      }
      return saved.filter(Boolean).length;
    };
    expect(await flood(recordInHistory, 0, 7)).toBe(RATE_MAX);
    // A stopped worker starts with fresh module state: the tab's counter is gone.
    vi.resetModules();
    // As the worker's start does (./index.ts), the catalogue is installed again.
    (await import('../../lib/fit/shipped-catalogue')).installShippedCatalogue();
    const restarted = (await import('./history')).recordInHistory;
    expect(await flood(restarted, RATE_MAX, 8)).toBe(0);
    // Another site, and the same site once the window has passed, are saved.
    const elsewhere = { ...reportFixture('w1', 'ML Engineer'), site: 'workday' };
    expect(await restarted(elsewhere, null, T0 + RATE_MAX * 2000, 8)).toBe(true);
    expect(
      await restarted(reportFixture('late', 'ML Engineer'), null, T0 + RATE_WINDOW_MS + RATE_MAX * 1000, 8),
    ).toBe(true);
    expect(await listHistory()).toHaveLength(RATE_MAX + 2);
  });

  test('prunes at most once a day', async () => {
    await setHistorySettings({ keepDays: 7 });
    await savePosting(reportFixture('old', 'ML Engineer'), fit, T0 - 8 * DAY_MS);
    expect(await pruneIfDue(T0)).toBe(1);
    await savePosting(reportFixture('old2', 'ML Engineer'), fit, T0 - 8 * DAY_MS);
    expect(await pruneIfDue(T0 + DAY_MS / 2)).toBe(0);
    expect(await pruneIfDue(T0 + DAY_MS)).toBe(1);
  });
});
