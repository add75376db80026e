import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fixture, ownHosts } from '../support/site-pages';
import type { Harness } from './browser';
import { settled } from './paint';
import { launchPerFile } from './per-file';

/** With no title the reader can see, the chip still shows: in the viewport's corner, on top. */

let h: Harness;
launchPerFile((harness) => {
  h = harness;
});

const URL_GH = 'https://boards.greenhouse.io/acme/jobs/4012345';
const TITLE = /<h1 class="app-title">Machine Learning Engineer<\/h1>/;

/** Where the chip's host is, and whether the page's hit test at its centre reaches it. */
function chipSeen(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('ml-fit-chip');
    if (!host) return null;
    const r = host.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      hit: hit === host,
      rightGap: Math.round(innerWidth - r.right),
      bottomGap: Math.round(innerHeight - r.bottom),
      inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    };
  });
}

async function open(body: string): Promise<Page> {
  h.server.page(URL_GH, body);
  const page = await h.context.newPage();
  await page.goto(URL_GH);
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  await settled(page);
  return page;
}

test('a title hidden off-screen (the screen-reader-only pattern) is no anchor: the chip sits in the corner', async () => {
  const hidden =
    '<h1 class="app-title" style="position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden">Machine Learning Engineer</h1>';
  const page = await open(fixture('greenhouse').replace(TITLE, hidden));
  expect(await chipSeen(page)).toEqual({ hit: true, rightGap: 16, bottomGap: 16, inside: true });
  await h.screenshot(page, 'content-chip-corner-hidden-title');
  await page.close();
});

test('no title, and a transformed <body> taller than the window: the chip is still in the viewport', async () => {
  // A fixed box inside a transformed <body> is fixed to the body, not the viewport: at the
  // bottom of the document, out of sight, unless the chip leaves the page's stacking.
  const trap =
    '<style>body{transform:translateZ(0);min-height:4000px}#app_body{position:relative;z-index:5;background:#fff}</style></head>';
  const page = await open(fixture('greenhouse').replace(TITLE, '').replace('</head>', trap));
  expect(await chipSeen(page)).toEqual({ hit: true, rightGap: 16, bottomGap: 16, inside: true });
  await page.close();
});

test('a visible title keeps the chip beside it, not in the corner', async () => {
  const page = await open(fixture('greenhouse'));
  const seen = await chipSeen(page);
  expect(seen?.hit).toBe(true);
  expect(seen?.bottomGap).toBeGreaterThan(200);
  await page.close();
});
