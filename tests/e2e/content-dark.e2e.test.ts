import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureProfile, storeProfile } from '../support/seed';
import { fixture, ownHosts, waitForHighlights } from '../support/site-pages';
import { type Harness, launch } from './browser';
import { settled } from './paint';

/** A dark site in a dark browser: highlights, held skills, chip and card must still read. */

let h: Harness;
beforeAll(async () => {
  h = await launch({ colorScheme: 'dark' });
});
afterAll(async () => {
  await h?.close();
});

const DARK = '<style>body{background:#1b1f23;color:#e6e6e6}a{color:#71b7fb}</style></head>';

test('on a dark page the highlights, the chip and the hover card stay legible', async () => {
  const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678';
  h.server.page(url, fixture('linkedin-classic').replace('</head>', DARK));
  await storeProfile(h, fixtureProfile());
  const page = await h.context.newPage();
  await page.goto(url);
  await waitForHighlights(page, (d) => d.some(([n]) => n === 'ml-fit-core'));
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  const at = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('ml-fit-underemphasized') ?? [])].find(
      (r) => r.toString() === 'BigQuery',
    ) as Range;
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 1 });
  await settled(page);
  await h.screenshot(page, 'content-dark-hover');
  await page.mouse.move(5, 880);
  for (
    let i = 0;
    i < 40 && (await page.evaluate(() => document.activeElement?.localName)) !== 'ml-fit-chip';
    i++
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await settled(page);
  await h.screenshot(page, 'content-dark-chip-open');
  await page.close();
});
