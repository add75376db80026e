import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDb } from '../../app/storage/db';
import { listHistory } from '../../app/storage/history';
import { DWELL_MS, RATE_MAX, RATE_WINDOW_MS } from '../../lib/history/limits';
import { analyzeMessage, contentSender } from '../../tests/support/background';
import { freshDb } from '../../tests/support/db';
import { registerBackground } from './lifecycle';
import { routeMessage } from './router';

/**
 * The history records what the user looked at, so that no page can fill it by flicking
 * through postings. Time is faked; IndexedDB (fake-indexeddb, on setImmediate) runs for real.
 */

/** Which tabs are the active tab of a visible window. */
let visible: Set<number>;

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  visible = new Set([7]);
  // fake-browser has no commands API (registerBackground adds the shortcut's listener).
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(
    async (tabId: number) => ({ id: tabId, active: visible.has(tabId), windowId: 1 }) as never,
  );
  vi.spyOn(fakeBrowser.windows, 'get').mockResolvedValue({ id: 1, state: 'normal' } as never);
});
afterEach(() => {
  vi.useRealTimers();
  resetDb();
});

/** The page shows job `id` in tab `tabId` (an analyze message from its content script). */
async function show(id: string, tabId = 7): Promise<void> {
  await routeMessage(
    analyzeMessage({ jobId: id, url: `https://boards.greenhouse.io/acme/jobs/${id}` }),
    contentSender(tabId),
  );
}

const titles = async () => (await listHistory()).map((r) => r.jobId).sort();

describe('history: only what the user looked at', () => {
  test('a page switching job ids every 0.7 s for a minute saves nothing; a posting left on screen is saved', async () => {
    for (let i = 0; i < 86; i++) {
      await show(`flood-${i}`);
      await vi.advanceTimersByTimeAsync(700);
    }
    await show('read');
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    await vi.waitFor(async () => expect(await titles()).toEqual(['read']));
  });

  test('a posting re-read while on screen keeps its first wait; leaving it before the dwell saves nothing', async () => {
    await show('a');
    await vi.advanceTimersByTimeAsync(DWELL_MS - 500);
    await show('a'); // the same posting, its text grown
    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(async () => expect(await titles()).toEqual(['a']));
    await show('b');
    await vi.advanceTimersByTimeAsync(DWELL_MS - 100);
    await routeMessage({ type: 'no-posting' }, contentSender(7));
    await show('c');
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    await vi.waitFor(async () => expect(await titles()).toEqual(['a', 'c']));
  });

  test('a posting in a background tab is saved only once the user has been on that tab a moment', async () => {
    registerBackground();
    await show('background', 8);
    await vi.advanceTimersByTimeAsync(DWELL_MS * 4);
    await show('front', 7);
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    await vi.waitFor(async () => expect(await titles()).toEqual(['front']));
    visible = new Set([8]);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: 1 });
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    await vi.waitFor(async () => expect(await titles()).toEqual(['background', 'front']));
  });

  test(`at most ${RATE_MAX} new postings per site and per tab in ${RATE_WINDOW_MS / 60_000} minutes`, async () => {
    const dwellEach = async (id: string, tabId: number) => {
      visible = new Set([tabId]);
      await show(id, tabId);
      await vi.advanceTimersByTimeAsync(DWELL_MS + 500);
    };
    await vi.advanceTimersByTimeAsync(RATE_WINDOW_MS); // past the earlier tests' postings
    for (let i = 0; i < RATE_MAX + 10; i++) await dwellEach(`p${i}`, 7);
    await vi.waitFor(async () => expect(await titles()).toHaveLength(RATE_MAX));
    // Another tab on the same site is under the same limit; seeing a saved posting again is fine.
    await dwellEach('other-tab', 9);
    await dwellEach('p0', 7);
    await vi.advanceTimersByTimeAsync(RATE_WINDOW_MS);
    await dwellEach('later', 7);
    await vi.waitFor(async () => expect(await titles()).toContain('later'));
    expect(await titles()).not.toContain('other-tab');
    expect(await titles()).toHaveLength(RATE_MAX + 1);
  });
});
