import type { Page } from 'playwright-core';
import type { Harness } from './browser';

/**
 * Positive signals for tests that assert something did NOT happen (no highlight, no chip):
 * rather than sleep and look for absence, they wait until the content script has read the
 * page and told the background what it found, then look.
 */

type Said = { tab: number | null; type: string };
type Recorder = { __mlFitSaid?: Said[] };

/**
 * Records, in the service worker, every message content scripts send (beside the product's
 * own listener, which still answers). Call once per harness, before opening the pages.
 */
export async function recordContentMessages(h: Harness): Promise<void> {
  const sw = await h.serviceWorker();
  await sw.evaluate(() => {
    const g = globalThis as Recorder;
    if (g.__mlFitSaid) return;
    const said: Said[] = [];
    g.__mlFitSaid = said;
    chrome.runtime.onMessage.addListener((message, sender) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (sender.tab && typeof type === 'string') said.push({ tab: sender.tab.id ?? null, type });
      return undefined;
    });
  });
}

/** The types of the messages the tab's content script has sent so far, in order. */
export async function contentSaid(h: Harness, tabId: number): Promise<string[]> {
  const sw = await h.serviceWorker();
  return sw.evaluate(
    (id) => ((globalThis as Recorder).__mlFitSaid ?? []).filter((m) => m.tab === id).map((m) => m.type),
    tabId,
  );
}

/** Waits until the page's content script has said `type` (e.g. 'no-posting'); returns the tab id. */
export async function waitUntilSaid(
  h: Harness,
  page: Page,
  type: string,
  timeoutMs = 10_000,
): Promise<number> {
  const tabId = await h.tabId(page);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const said = await contentSaid(h, tabId);
    if (said.includes(type)) return tabId;
    if (Date.now() > until)
      throw new Error(`the content script never said ${type} (said: ${said.join(', ')})`);
    await page.waitForTimeout(50);
  }
}

/**
 * Counts every chip host ever put into the page, from before its first script: a chip mounted
 * and taken down again, or mounted late, still counts. Call before page.goto().
 */
export async function countChipsEverMounted(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __chipsMounted: number };
    w.__chipsMounted = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if ((n as Element).localName === 'ml-fit-chip') w.__chipsMounted++;
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __chipsMounted: number }).__chipsMounted);
}
