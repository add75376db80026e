import { describe, expect, test } from 'vitest';
import { storedReport } from '../support/seed';
import {
  collectErrors,
  DESCRIPTION_SELECTOR,
  fixture,
  highlightedTexts,
  LAYOUT_PLACE,
  LAYOUT_URLS,
  openFixture,
  ownHosts,
  readHighlights,
  strayRanges,
  waitForHighlights,
} from '../support/site-pages';
import type { Harness } from './browser';
import { contentSaid, recordContentMessages, waitUntilSaid } from './decided';
import { launchPerFile } from './per-file';

/** Every layout of docs/job-sites.md, served at its real host name with the production manifest. */

let h: Harness;
launchPerFile((harness) => {
  h = harness;
});

const LAYOUTS = Object.keys(LAYOUT_URLS) as (keyof typeof LAYOUT_URLS)[];

describe.each(LAYOUTS)('%s', (layout) => {
  test('skills in the description are highlighted by category, nothing outside it, and a chip is shown', async () => {
    const url = LAYOUT_URLS[layout];
    h.server.page(url, fixture(layout));
    const page = await h.context.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    const dump = await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('MLflow')));
    const byName = Object.fromEntries(dump);
    // Category ids in the names; held/missing split (no profile yet: all missing).
    expect(byName['ml-fit-core']).toEqual(
      expect.arrayContaining(['PyTorch', 'Python', 'Docker', 'Kubernetes']),
    );
    expect(byName['ml-fit-underemphasized']).toEqual(
      expect.arrayContaining(['SQL', 'PostgreSQL', 'BigQuery', 'AWS']),
    );
    expect(byName['ml-fit-nice-to-have']).toEqual(expect.arrayContaining(['Spark', 'Kafka']));
    // Decoys in the nav, other job cards and the site's skills widget stay untouched.
    expect(await strayRanges(page, DESCRIPTION_SELECTOR[layout])).toEqual([]);
    await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
    // What the background heard: the page's own title, company and place, never CSS or a list header.
    const tabId = await h.tabId(page);
    const header = await (await h.serviceWorker()).evaluate(async (id) => {
      const key = `tab:${id}`;
      const state = (await chrome.storage.session.get(key))[key] as
        | { report: { title: string; company: string | null; location: string | null } | null }
        | undefined;
      const r = state?.report;
      return r ? { title: r.title, company: r.company, location: r.location } : null;
    }, tabId);
    expect(header).toEqual({
      title: 'Machine Learning Engineer',
      company: 'Acme Robotics',
      location: LAYOUT_PLACE[layout],
    });
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain('chrome-extension://');
    expect(html).not.toContain(h.extensionId);
    expect(errors).toEqual([]);
    await h.screenshot(page, `site-${layout}`);
    await page.close();
  });
});

test('a page on a job site that shows no posting is left alone', async () => {
  const url = 'https://www.linkedin.com/feed/';
  await recordContentMessages(h);
  const page = await openFixture(h, url, 'linkedin-feed');
  // The content script read the page and found no posting: only then look for absence.
  expect(await contentSaid(h, await waitUntilSaid(h, page, 'no-posting'))).toEqual(['no-posting']);
  expect(await highlightedTexts(page)).toEqual([]);
  expect(await readHighlights(page)).toEqual([]);
  expect(await ownHosts(page)).toEqual({ chips: 0, cards: 0 });
  // The background holds no report and no badge for the tab.
  const tabId = await h.tabId(page);
  expect(await storedReport(await h.serviceWorker(), tabId)).toBeNull();
  expect(await h.badgeText(tabId)).toBe('');
  await page.close();
});
