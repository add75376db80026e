import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureProfile, storeProfile } from '../support/seed';
import { fixture, LAYOUT_URLS, waitForHighlights } from '../support/site-pages';
import { type Harness, launch } from './browser';
import type { RecordedRequest } from './https-server';

/**
 * Offline by construction: every host name resolves to the local fixture server, so any
 * request the extension made (from a page, the popup, the options page or the service
 * worker) would reach that server and be logged, whatever host it aimed at. Browse every
 * layout, open the popup and use the options page; then nothing may have gone anywhere but
 * the fixture pages' own hosts, and the browser itself may have loaded only those pages and
 * the extension's own files.
 */

/**
 * Chromium's own background traffic, which reaches the server too because every host maps to
 * it. Each is recognised by a marker only the browser sends, never by host alone, so a request
 * of the extension to the same hosts would still fail the test.
 */
function isBrowserOwn(r: RecordedRequest): boolean {
  const url = new URL(r.url);
  const gaiaCheck =
    url.host === 'accounts.google.com' &&
    url.pathname === '/ListAccounts' &&
    url.searchParams.get('source') === 'ChromiumBrowser';
  const componentUpdater =
    url.host === 'update.googleapis.com' &&
    url.pathname.startsWith('/service/update2') &&
    typeof r.headers['x-goog-update-updater'] === 'string';
  return gaiaCheck || componentUpdater;
}

let h: Harness;
const seen: string[] = [];

beforeAll(async () => {
  h = await launch();
  h.context.on('request', (request) => seen.push(request.url()));
  await storeProfile(h, fixtureProfile());
});
afterAll(async () => {
  await h?.close();
});

test('browsing postings, the popup and the options page requests nothing beyond the fixture pages', async () => {
  const fixtureHosts = new Set<string>();
  let lastPage = null;
  for (const [name, url] of Object.entries(LAYOUT_URLS)) {
    h.server.page(url, fixture(name));
    fixtureHosts.add(new URL(url).host);
    const page = await h.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    lastPage = page;
  }
  if (!lastPage) throw new Error('no layouts');

  const popup = await h.openExtensionPage(`popup.html?tabId=${await h.tabId(lastPage)}`);
  await popup
    .getByText(/fit score/i)
    .first()
    .waitFor();

  const options = await h.openExtensionPage('options.html');
  for (const section of ['Profile', 'Import / export', 'History', 'Insights']) {
    await options.getByRole('link', { name: section, exact: true }).click();
    // Shown and done loading: whatever the section fetches, it has fetched.
    await options.getByRole('main', { name: section, exact: true }).waitFor();
    await options.locator('.loading').waitFor({ state: 'detached' });
  }
  await options.reload();
  await options.getByRole('main', { name: 'Insights', exact: true }).waitFor();
  await options.locator('.loading').waitFor({ state: 'detached' });

  const serverHosts = new Set(h.server.requests.filter((r) => !isBrowserOwn(r)).map((r) => r.host));
  expect([...serverHosts].filter((host) => !fixtureHosts.has(host))).toEqual([]);

  const origin = `chrome-extension://${h.extensionId}/`;
  const elsewhere = seen.filter((href) => {
    if (href.startsWith(origin) || href.startsWith('data:') || href.startsWith('blob:')) return false;
    const url = new URL(href);
    return !(url.protocol === 'https:' && fixtureHosts.has(url.host));
  });
  expect(elsewhere).toEqual([]);
  // The test saw real traffic: every fixture page, and extension files.
  expect(serverHosts.size).toBe(fixtureHosts.size);
  expect(seen.some((href) => href.startsWith(origin))).toBe(true);
});
