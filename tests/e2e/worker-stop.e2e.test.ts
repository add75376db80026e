import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, until } from '../support/seed';
import { type Harness, launch } from './browser';

/**
 * The browser stops the extension's service worker at any moment (idle, update, memory).
 * Stopped while a posting is being analysed, the tab must still end up analysed: the content
 * script retries the request, which starts the worker again.
 */

let h: Harness;
let control: Page;
let cdp: CDPSession;

beforeAll(async () => {
  h = await launch();
  // An extension page to read the background's session storage from, whatever the worker's state.
  control = await h.openExtensionPage('popup.html?tabId=999999');
  cdp = await h.context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
});
afterAll(async () => {
  await h?.close();
});

/** Reports the background keeps, by posting URL (storage.session, as entrypoints/background/tab-state.ts). */
async function storedUrls(): Promise<string[]> {
  return control.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.values(all).flatMap((s) => {
      const url = (s as { report?: { url?: string } | null }).report?.url;
      return url ? [url] : [];
    });
  });
}

/** How many ranges the page's highlights paint (what the reader sees). */
function painted(page: Page): Promise<number> {
  return page.evaluate(() => {
    let ranges = 0;
    for (const [, highlight] of CSS.highlights) ranges += highlight.size;
    return ranges;
  });
}

// From before the content script has sent anything to well after: at least one lands while
// the background is analysing (the text is sent once the page has been quiet for 400 ms).
const DELAYS_MS = [0, 200, 350, 400, 450, 500, 550, 600, 650, 700, 900];

describe('service worker stopped during an analysis', () => {
  for (const [i, delay] of DELAYS_MS.entries()) {
    test(`stopped ${delay} ms after the posting starts loading: the tab still ends up analysed`, async () => {
      const url = `https://boards.greenhouse.io/acme/jobs/${700 + i}`;
      h.server.page(url, fixture('greenhouse-ml-engineer.html'));
      const page = await h.context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await new Promise((r) => setTimeout(r, delay));
      await cdp.send('ServiceWorker.stopAllWorkers');

      expect(
        await until(
          () => storedUrls(),
          (urls) => urls.includes(url),
          15_000,
        ),
      ).toContain(url);
      expect(
        await until(
          () => painted(page),
          (n) => n > 0,
          15_000,
        ),
      ).toBeGreaterThan(0);
      await page.close();
    });
  }

  test('stopped while it is analysing (held there on purpose): the tab still ends up analysed', async () => {
    // A listener added to the running worker holds the analysis of the next posting for 5 s
    // and says so in session storage first, so the test stops the worker exactly then. Only
    // this worker instance has it: the restarted one analyses normally.
    const worker = await h.serviceWorker();
    await worker.evaluate(() => {
      chrome.runtime.onMessage.addListener((message: { type?: string }) => {
        if (message.type !== 'analyze') return undefined;
        void chrome.storage.session.set({ 'test:analysing': true });
        const end = Date.now() + 5000;
        while (Date.now() < end) {
          // busy: the analysis is under way
        }
        return undefined;
      });
    });
    const url = 'https://boards.greenhouse.io/acme/jobs/799';
    h.server.page(url, fixture('greenhouse-ml-engineer.html'));
    const page = await h.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await until(
      () =>
        control.evaluate(async () => (await chrome.storage.session.get('test:analysing'))['test:analysing']),
      (held) => held === true,
    );
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect(
      await until(
        () => painted(page),
        (n) => n > 0,
        15_000,
      ),
    ).toBeGreaterThan(0);
    expect(await storedUrls()).toContain(url);
    await page.close();
  });
});
