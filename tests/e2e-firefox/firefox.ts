import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type FixtureServer, startFixtureServer } from '../e2e/https-server';
import { until } from '../support/seed';
import { fixture } from '../support/site-pages';
import { inAddon } from './addon-api';
import { type ConnectProxy, startConnectProxy } from './connect-proxy';

/**
 * Debian's Firefox ESR with the production Firefox build installed as an add-on, driven over
 * WebDriver BiDi. Job-site host names reach the local HTTPS fixture server through a local
 * proxy (Firefox has no host-resolver rules). One per test file; close() in afterAll.
 */

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/**
 * Firefox ESR's own remote-settings sync, which its release builds keep polling whatever the
 * profile's prefs say. The add-on has no reason to reach Mozilla's settings server.
 */
const FIREFOX_OWN = new Set(['firefox.settings.services.mozilla.com:443']);

export interface FirefoxHarness {
  browser: Browser;
  server: FixtureServer;
  proxy: ConnectProxy;
  /** The add-on's UUID, pinned by pref: its pages live at moz-extension://<uuid>/. */
  uuid: string;
  /** An extension page kept open to reach the add-on's APIs and its background page. */
  probe: Page;
  /** Serves `body` at `url` (its host then passes the proxy). */
  serve(url: string, body: string): void;
  /** Serves `body` at `url` and opens it in a new tab. */
  openPage(url: string, body: string): Promise<Page>;
  /** Serves fixture `name` of tests/fixtures/sites at `url` and opens it in a new tab. */
  openFixture(url: string, name: string): Promise<Page>;
  /** Opens an extension page (options.html, popup.html?tabId=N) in a new tab, once it has rendered `ready`. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  /** Reloads an extension page and waits until it has rendered `ready` again. */
  reloadExtensionPage(page: Page, ready: string): Promise<void>;
  /** Requests that went anywhere but a served page (or the browser's favicon fetch for it). */
  strayRequests(): string[];
  /** Id of the tab showing `page`, as the add-on sees it. */
  tabId(page: Page): Promise<number>;
  /** Toolbar badge text of a tab, read in the background page. */
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

function addonId(): string {
  const file = `${FIREFOX_EXTENSION_DIR}/manifest.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return JSON.parse(readFileSync(file, 'utf8')).browser_specific_settings.gecko.id;
}

/**
 * BiDi reports no load event for moz-extension:// pages, so navigation does not wait for one
 * (an empty waitUntil); the page counts as shown once it is complete and `ready` matches.
 */
async function rendered(page: Page, href: string, ready: string): Promise<void> {
  const shown = () =>
    page
      .evaluate(
        (url, selector) =>
          location.href === url && document.readyState === 'complete' && !!document.querySelector(selector),
        href,
        ready,
      )
      // The document is being replaced while the page navigates: not there yet.
      .catch(() => false);
  await until(shown, (ok) => ok, 15_000).catch(() => {
    throw new Error(`${href} never showed ${ready}`);
  });
}

/** Firefox with a fresh profile, the add-on's UUID pinned, and every request sent to the proxy. */
function startFirefox(addon: string, uuid: string, proxyPort: number): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Start-up takes 10 s or more on a busy 2-core machine: leave room.
    timeout: 60_000,
    acceptInsecureCerts: true,
    // Lets BiDi navigate tabs to the add-on's moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addon]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  const id = addonId();
  const server = await startFixtureServer();
  const proxy = await startConnectProxy(server.port);
  const uuid = randomUUID();
  const served = new Set<string>();
  const stop = async (browser: Browser | null) => {
    await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
    await proxy.close();
    await server.close();
  };
  let started: Browser | null = null;
  try {
    const browser = await startFirefox(id, uuid, proxy.port);
    started = browser;
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const base = `moz-extension://${uuid}/`;
    // The popup for a tab that does not exist: a quiet page whose scripts may call every API.
    const probePath = 'popup.html?tabId=999999';
    const probe = await browser.newPage();
    await probe.goto(base + probePath, { waitUntil: [] });
    await rendered(probe, base + probePath, 'main');

    const harness: FirefoxHarness = {
      browser,
      server,
      proxy,
      uuid,
      probe,
      serve(url, body) {
        const { host, pathname } = new URL(url);
        served.add(host + pathname).add(`${host}/favicon.ico`);
        proxy.allow(host);
        server.page(url, body);
      },
      async openPage(url, body) {
        harness.serve(url, body);
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      openFixture: (url, name) => harness.openPage(url, fixture(name)),
      async openExtensionPage(path, ready) {
        const page = await browser.newPage();
        await page.goto(base + path, { waitUntil: [] });
        await rendered(page, base + path, ready);
        return page;
      },
      async reloadExtensionPage(page, ready) {
        const href = await page.evaluate(() => {
          // A marker on the old document: the reload is done when a document without it shows.
          (window as unknown as { beforeReload?: true }).beforeReload = true;
          return location.href;
        });
        await page.reload({ waitUntil: [] });
        await until(
          () =>
            page
              .evaluate(() => !(window as unknown as { beforeReload?: true }).beforeReload)
              .catch(() => false),
          (fresh) => fresh,
          15_000,
        );
        await rendered(page, href, ready);
      },
      strayRequests() {
        const offPage = server.requests.filter((r) => {
          const { host, pathname } = new URL(r.url);
          return !served.has(host + pathname);
        });
        return [...proxy.refused.filter((target) => !FIREFOX_OWN.has(target)), ...offPage.map((r) => r.url)];
      },
      async tabId(page) {
        // Without the "tabs" permission the add-on cannot read tab URLs: identify the tab as
        // the active one after bringing it to the front.
        await page.bringToFront();
        const id = await inAddon(
          probe,
          async (api) => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
          null,
        );
        if (id < 0) throw new Error('no active tab');
        return id;
      },
      badgeText(tabId) {
        return inAddon(
          probe,
          async (api, id) => {
            const background = await api.runtime.getBackgroundPage();
            return background.browser.browserAction.getBadgeText({ tabId: id });
          },
          tabId,
        );
      },
      close: () => stop(browser),
    };
    return harness;
  } catch (error) {
    await stop(started);
    throw error;
  }
}
