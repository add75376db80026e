import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DAY_MS, DEFAULT_HISTORY_SETTINGS } from '../../lib/history/settings';
import { reportFixture } from '../../tests/fixtures/history/reports';
import { freshDb } from '../../tests/support/db';
import { getDb, resetDb } from './db';
import {
  deleteAllHistory,
  deletePosting,
  getHistorySettings,
  listHistory,
  pruneHistory,
  savePosting,
  setHistorySettings,
} from './history';

beforeEach(async () => {
  await freshDb();
});
afterEach(() => resetDb());

const T0 = Date.parse('2026-11-01T12:00:00Z');
const fit = { score: 55, band: 'partial' as const };

describe('history store', () => {
  test('saves one row per posting; seeing it again keeps first-seen and refreshes the rest', async () => {
    await savePosting(reportFixture('1', 'ML Engineer'), fit, T0);
    await savePosting(reportFixture('2', 'MLOps Engineer'), fit, T0 + 1000);
    await savePosting(reportFixture('1', 'Senior ML Engineer'), { score: 80, band: 'strong' }, T0 + 5000);
    const rows = await listHistory();
    expect(rows.map((r) => [r.key, r.title, r.firstSeen, r.lastSeen, r.fit?.score])).toEqual([
      ['greenhouse:1', 'Senior ML Engineer', T0, T0 + 5000, 80],
      ['greenhouse:2', 'MLOps Engineer', T0 + 1000, T0 + 1000, 55],
    ]);
  });

  test('listHistory leaves out rows that do not parse', async () => {
    await savePosting(reportFixture('1', 'ML Engineer'), fit, T0);
    await getDb().history.put({ key: 'junk', title: 42 } as never);
    expect((await listHistory()).map((r) => r.key)).toEqual(['greenhouse:1']);
  });

  test('delete one, delete all', async () => {
    for (const id of ['1', '2', '3']) await savePosting(reportFixture(id, 'ML Engineer'), fit, T0);
    await deletePosting('greenhouse:2');
    expect((await listHistory()).map((r) => r.key).sort()).toEqual(['greenhouse:1', 'greenhouse:3']);
    await deleteAllHistory();
    expect(await getDb().history.count()).toBe(0);
  });

  test('prune deletes postings last viewed before the kept days, and nothing when kept for ever', async () => {
    await savePosting(reportFixture('old', 'ML Engineer'), fit, T0 - 31 * DAY_MS);
    await savePosting(reportFixture('edge', 'ML Engineer'), fit, T0 - 30 * DAY_MS);
    await savePosting(reportFixture('new', 'ML Engineer'), fit, T0);
    expect(await pruneHistory(null, T0)).toBe(0);
    expect(await pruneHistory(30, T0)).toBe(1);
    expect((await listHistory()).map((r) => r.jobId)).toEqual(['new', 'edge']);
  });

  test('settings default, persist, and reject nonsense', async () => {
    expect(await getHistorySettings()).toEqual(DEFAULT_HISTORY_SETTINGS);
    await setHistorySettings({ paused: true, keepDays: 30 });
    expect(await getHistorySettings()).toMatchObject({ paused: true, keepDays: 30 });
    await expect(setHistorySettings({ keepDays: 0 })).rejects.toThrow();
    await getDb().settings.put({ key: 'history', value: { paused: 'yes' } });
    expect(await getHistorySettings()).toEqual(DEFAULT_HISTORY_SETTINGS);
  });

  test('the profile written at version 1 is still there next to the history', async () => {
    await getDb().profile.put({ id: 'me', profile: { kept: true } });
    await savePosting(reportFixture('1', 'ML Engineer'), fit, T0);
    expect(getDb().verno).toBe(2);
    expect(await getDb().profile.get('me')).toEqual({ id: 'me', profile: { kept: true } });
  });
});
