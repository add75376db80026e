import type { Page } from 'puppeteer-core';

/**
 * The few WebExtension APIs the Firefox tests call from an extension page, where Firefox's own
 * promise-based `browser` global exists (typed here, since the tests run in Node).
 */
export interface AddonApi {
  runtime: {
    /** The MV2 background page (same process and origin as the extension's tabs). */
    getBackgroundPage(): Promise<{ browser: AddonApi; location: { href: string } }>;
    sendMessage(message: unknown): Promise<unknown>;
  };
  tabs: {
    query(filter: {
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/**
 * Runs `fn(browser, arg)` in an extension page and returns its result. `fn` travels as source
 * text, so it may use nothing from its closure: pass what it needs as `arg` (JSON).
 */
export function inAddon<A, R>(page: Page, fn: (api: AddonApi, arg: A) => Promise<R> | R, arg: A): Promise<R> {
  return page.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg)})`) as Promise<R>;
}
