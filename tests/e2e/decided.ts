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

/** One call the background made, as recordBackgroundCalls saw it. */
export interface BackgroundCall {
  api: 'tabs.sendMessage' | 'tabs.get' | 'windows.get';
  /** The tab (tabs.*) or window (windows.get) asked about. */
  id: number | null;
  /** The message's type (tabs.sendMessage). */
  type: string | null;
  /** The call has returned, and what it returned (the content script's answer, for a message). */
  done: boolean;
  answer: unknown;
}
type CallLog = { __mlFitCalls?: BackgroundCall[] };

/**
 * Records, in the service worker, the background's calls that end one of its decisions about a
 * tab: every message it sends to a tab with the content script's answer (fit-updated is
 * answered once the chip has the new view), and the tab and window it looks up when a
 * posting's dwell ends (entrypoints/background/viewing.ts decides there whether to save it). Call
 * once per service worker, before the action; the product's calls go through unchanged.
 */
export async function recordBackgroundCalls(h: Harness): Promise<void> {
  const sw = await h.serviceWorker();
  await sw.evaluate(() => {
    const g = globalThis as CallLog;
    if (g.__mlFitCalls) return;
    const calls: BackgroundCall[] = [];
    g.__mlFitCalls = calls;
    const wrap = (owner: object, name: string, api: BackgroundCall['api']) => {
      const target = owner as Record<string, (...args: unknown[]) => unknown>;
      const original = target[name] as (...args: unknown[]) => unknown;
      target[name] = function (this: unknown, ...args: unknown[]) {
        const call: BackgroundCall = {
          api,
          id: typeof args[0] === 'number' ? args[0] : null,
          type:
            api === 'tabs.sendMessage' ? String((args[1] as { type?: unknown } | null)?.type ?? '') : null,
          done: false,
          answer: undefined,
        };
        calls.push(call);
        const last = args.at(-1);
        if (typeof last === 'function') {
          // Callback style (webextension-polyfill): chrome.runtime.lastError is read inside it.
          return original.call(this, ...args.slice(0, -1), (answer: unknown) => {
            call.done = true;
            call.answer = answer;
            (last as (a: unknown) => void)(answer);
          });
        }
        const result = original.apply(this, args) as Promise<unknown>;
        return result.then(
          (answer) => {
            call.done = true;
            call.answer = answer;
            return answer;
          },
          (error: unknown) => {
            call.done = true;
            throw error;
          },
        );
      };
    };
    wrap(chrome.tabs, 'sendMessage', 'tabs.sendMessage');
    wrap(chrome.tabs, 'get', 'tabs.get');
    wrap(chrome.windows, 'get', 'windows.get');
  });
}

/** The background's calls recorded so far (recordBackgroundCalls), oldest first. */
export async function backgroundCalls(h: Harness): Promise<BackgroundCall[]> {
  const sw = await h.serviceWorker();
  return sw.evaluate(() => (globalThis as CallLog).__mlFitCalls ?? []);
}

/**
 * Waits until the background has made, and finished, a call matching `match` (at an index
 * after `after`, when given); returns its index in the record.
 */
export async function waitForCall(
  h: Harness,
  match: (call: BackgroundCall) => boolean,
  { after = -1, timeoutMs = 10_000 }: { after?: number; timeoutMs?: number } = {},
): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const calls = await backgroundCalls(h);
    const at = calls.findIndex((c, i) => i > after && c.done && match(c));
    if (at >= 0) return at;
    if (Date.now() > until)
      throw new Error(`the background never made the call awaited (calls: ${JSON.stringify(calls)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
