import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { reportFixture } from '../../tests/fixtures/history/reports';
import { freshDb } from '../../tests/support/db';
import { resetDb } from './db';
import { deletePosting, savePosting, seenEntries, setHistorySettings } from './history';

beforeEach(async () => {
  await freshDb();
});
afterEach(() => resetDb());

const T0 = Date.parse('2026-11-01T12:00:00Z');

test('answers for the asked ids the history holds, with fit and last-viewed date only', async () => {
  await savePosting(reportFixture('11', 'ML Engineer'), { score: 72, band: 'partial' }, T0);
  await savePosting(reportFixture('12', 'MLOps'), null, T0 + 1000);
  await savePosting(reportFixture('13', 'Not asked about'), { score: 90, band: 'strong' }, T0);
  const seen = await seenEntries('greenhouse', ['11', '12', '14', '11']);
  expect(seen.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
    { id: '11', score: 72, lastSeen: T0 },
    { id: '12', score: null, lastSeen: T0 + 1000 },
  ]);
  // Keyed by site: the same id on another site is another posting.
  expect(await seenEntries('lever', ['11'])).toEqual([]);
});

test('nothing while history is paused, and nothing for a deleted posting', async () => {
  await savePosting(reportFixture('11', 'ML Engineer'), { score: 72, band: 'partial' }, T0);
  await savePosting(reportFixture('12', 'MLOps'), { score: 50, band: 'partial' }, T0);
  await setHistorySettings({ paused: true });
  expect(await seenEntries('greenhouse', ['11', '12'])).toEqual([]);
  await setHistorySettings({ paused: false });
  await deletePosting('greenhouse:11');
  expect((await seenEntries('greenhouse', ['11', '12'])).map((e) => e.id)).toEqual(['12']);
});
