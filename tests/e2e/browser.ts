import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type FixtureServer, startFixtureServer } from './https-server';

/**
 * Real Chromium (Debian's) with the production build loaded, every host name resolved to
 * the local fixture server. One per test file; close() in afterAll.
 */

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve('test-output/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  worker: Worker;
  /** The service worker, re-resolved (it may have been stopped and restarted). */
  serviceWorker(): Promise<Worker>;
  /** Id of the tab showing `page`, as the extension sees it. */
  tabId(page: Page): Promise<number>;
  /** Toolbar badge text of a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Opens an extension page (popup.html, options.html...) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Another build to load instead of the production one (e.g. a patched copy). */
  extensionDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const server = await startFixtureServer();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profileDir = mkdtempSync(join(tmpdir(), 'ml-fit-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a fresh install, and the extension opens its options page (onboarding).
  // Wait for that tab here, so it cannot take focus in the middle of a test's h.tabId().
  const installTabBy = Date.now() + 15_000;
  while (!context.pages().some((p) => p.url().endsWith('/options.html')) && Date.now() < installTabBy) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  async function serviceWorker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    return live ?? (await context.waitForEvent('serviceworker'));
  }

  return {
    context,
    server,
    extensionId,
    worker,
    serviceWorker,
    async tabId(page) {
      // Without the "tabs" permission the extension cannot read tab URLs: identify the
      // tab as the active one after bringing it to the front.
      await page.bringToFront();
      const sw = await serviceWorker();
      const id = await sw.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error(`no tab shows ${page.url()}`);
      return id;
    },
    async badgeText(tabId) {
      const sw = await serviceWorker();
      return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
