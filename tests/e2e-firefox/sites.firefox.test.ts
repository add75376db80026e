import { describe, expect, test } from 'vitest';
import { until } from '../support/seed';
import { DESCRIPTION_SELECTOR, LAYOUT_URLS } from '../support/site-pages';
import type { FirefoxHarness } from './firefox';
import { chipPresence, waitForHighlighted } from './page-reads';
import { firefoxPerFile } from './per-file';

/** LinkedIn and Indeed postings at their real host names, with the production Firefox build. */

let h: FirefoxHarness;
firefoxPerFile((harness) => {
  h = harness;
});

/** Skills every layout fixture names in its description, across all three categories. */
const SKILLS = [
  'PyTorch',
  'Python',
  'Docker',
  'Kubernetes',
  'SQL',
  'PostgreSQL',
  'AWS',
  'Spark',
  'Kafka',
  'MLflow',
];

describe.each(['linkedin-classic', 'indeed-viewjob'] as const)('Firefox: %s', (layout) => {
  test('the skills in the description are highlighted, nothing outside it, and the chip is shown', async () => {
    const page = await h.openFixture(LAYOUT_URLS[layout], layout);
    const ranges = await waitForHighlighted(page, DESCRIPTION_SELECTOR[layout], SKILLS);
    // Decoys in the nav, other job cards and the site's skills widget stay untouched.
    expect(ranges.filter((r) => !r.inside).map((r) => r.text)).toEqual([]);
    const chip = await until(
      () => chipPresence(page),
      (c) => c.area > 0,
      15_000,
    );
    expect(chip.hosts).toBe(1);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain('moz-extension://');
    expect(html).not.toContain(h.uuid);
    // No request left for another host, nor for anything but the page on this one.
    expect(h.strayRequests()).toEqual([]);
    await page.close();
  });
});
