import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fixture, ownHosts, waitForHighlights } from '../support/site-pages';
import type { Harness } from './browser';
import { settled } from './paint';
import { launchPerFile } from './per-file';

/**
 * A career page whose JSON-LD description ends in 300 KB of unclosed nested lists (<ul><li>
 * repeated) froze the tab for ~25 s: the description's reader was quadratic in the nesting.
 * The page's longest main-thread pause is measured against the same page whose description
 * ends in 300 KB of plain text, loaded in the same run, so a slow machine moves both alike.
 */

let h: Harness;
launchPerFile((harness) => {
  h = harness;
});

const TAIL_BYTES = 300 * 1024;

/** The Greenhouse fixture with its JSON-LD description replaced by the visible one plus `tail`. */
function pageWithDescriptionTail(tail: string): string {
  const html = fixture('greenhouse');
  const visible = /<div id="content">([\s\S]*?)<\/div>/.exec(html)?.[1];
  if (!visible) throw new Error('greenhouse fixture: no #content');
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Machine Learning Engineer',
    description: visible + tail,
    hiringOrganization: { '@type': 'Organization', name: 'Acme Robotics' },
  });
  return html.replace(
    /<script type="application\/ld\+json">[\s\S]*?<\/script>/,
    `<script type="application/ld+json">${ld.replaceAll('</', '<\\/')}</script>`,
  );
}

/** Longest gap between 10 ms ticks on the page's main thread, from load until highlights show. */
async function longestPause(url: string, body: string): Promise<number> {
  h.server.page(url, body);
  const page: Page = await h.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longestPause: number };
    w.longestPause = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestPause = Math.max(w.longestPause, now - last);
      last = now;
    }, 10);
  });
  await page.goto(url);
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('PyTorch')), 20_000);
  // The chip comes with the highlights; once it is placed and painted, the work is done.
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  await settled(page);
  const pause = await page.evaluate(() => (window as unknown as { longestPause: number }).longestPause);
  await page.close();
  return pause;
}

test('a JSON-LD description of 300 KB unclosed nested lists costs what 300 KB of plain text does', async () => {
  const plain = await longestPause(
    'https://boards.greenhouse.io/acme/jobs/4012301',
    pageWithDescriptionTail(`<p>${'x '.repeat(TAIL_BYTES / 2)}</p>`),
  );
  const nested = await longestPause(
    'https://boards.greenhouse.io/acme/jobs/4012302',
    pageWithDescriptionTail('<ul><li>x'.repeat(TAIL_BYTES / 9)),
  );
  // Before the fix: ~25 s against ~0.1 s. The floor keeps two tiny pauses from making a ratio.
  expect(nested).toBeLessThan(5 * Math.max(plain, 100));
}, 60_000);
