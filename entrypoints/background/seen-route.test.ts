import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDb } from '../../app/storage/db';
import { savePosting, setHistorySettings } from '../../app/storage/history';
import { MAX_SEEN_IDS } from '../../lib/messages/seen';
import { contentSender, pageSender, report } from '../../tests/support/background';
import { freshDb } from '../../tests/support/db';
import { routeMessage } from './router';

/** The seen-markers exchange through the background's router. */

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
});
afterEach(() => resetDb());

const seen = (ids: string[], site = 'greenhouse') => ({ type: 'seen', site, ids });

test('a list asking about ids gets the fit and date of those saved, nothing while paused', async () => {
  const row = await savePosting(report(), { score: 64, band: 'partial' });
  expect(row).not.toBeNull();
  expect(await routeMessage(seen(['123', '456']), contentSender(9))).toEqual({
    seen: [{ id: '123', score: 64, lastSeen: row?.lastSeen }],
  });
  expect(await routeMessage(seen(['123'], 'lever'), contentSender(9))).toEqual({ seen: [] });
  await setHistorySettings({ paused: true });
  expect(await routeMessage(seen(['123']), contentSender(9))).toEqual({ seen: [] });
});

test('only content scripts may ask, about a bounded number of ids', () => {
  expect(routeMessage(seen(['1']), pageSender())).toBeUndefined();
  expect(routeMessage(seen(['1']), contentSender(1, { frameId: 2 }))).toBeUndefined();
  expect(routeMessage(seen(Array(MAX_SEEN_IDS + 1).fill('1')), contentSender(1))).toBeUndefined();
  expect(routeMessage({ type: 'seen', site: 'greenhouse', ids: [1] }, contentSender(1))).toBeUndefined();
});

test('history-changed from an extension page reaches every tab; from a content script, nothing', async () => {
  await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/jobs/search/' });
  await fakeBrowser.tabs.create({ url: 'https://www.indeed.com/jobs?q=ml' });
  const tabs = (await fakeBrowser.tabs.query({})).map((t) => t.id);
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('no receiver'));
  expect(await routeMessage({ type: 'history-changed' }, pageSender())).toEqual({ tabs: tabs.length });
  expect(send.mock.calls.map(([id]) => id).sort()).toEqual([...tabs].sort());
  expect(routeMessage({ type: 'history-changed' }, contentSender(1))).toBeUndefined();
});
