import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fixtureProfile, storedReport, storeProfile } from '../support/seed';
import { fixture, openFixture, ownHosts, readHighlights, waitForHighlights } from '../support/site-pages';
import type { Harness } from './browser';
import {
  countChipsEverMounted,
  recordBackgroundCalls,
  recordContentMessages,
  waitForCall,
  waitUntilSaid,
} from './decided';
import { chipHitCells, settled } from './paint';
import { launchPerFile } from './per-file';

/** The chip, the hover card, held skills and the background's answers, in real Chromium. */

let h: Harness;
launchPerFile((harness) => {
  h = harness;
});

const CLASSIC = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678';
const NON_ML = 'https://www.linkedin.com/jobs/view/4077777777/';

async function sendToTab(page: Page, message: unknown): Promise<unknown> {
  const tabId = await h.tabId(page);
  const sw = await h.serviceWorker();
  return sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m), [tabId, message] as const);
}

/**
 * Opens the non-ML posting and waits for the content script's decision: the background holds
 * its report (not an ML engineer role) and the skills are highlighted, which happens in the
 * same step as the chip decision. Then no chip and an empty badge; asked, exactly one chip,
 * so none was on its way before the ask.
 */
async function expectNoChipUntilAsked(): Promise<Page> {
  h.server.page(NON_ML, fixture('linkedin-non-ml'));
  const page = await h.context.newPage();
  const chipsMounted = await countChipsEverMounted(page);
  await page.goto(NON_ML);
  const tabId = await h.tabId(page);
  const sw = await h.serviceWorker();
  await expect
    .poll(async () => ((await storedReport(sw, tabId)) as { isMlEngineer?: boolean } | null)?.isMlEngineer)
    .toBe(false);
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('Tableau')));
  expect(await ownHosts(page)).toEqual({ chips: 0, cards: 0 });
  expect(await h.badgeText(tabId)).toBe('');
  expect(await sendToTab(page, { type: 'show-anyway' })).toEqual({ ok: true });
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  expect(await chipsMounted()).toBe(1);
  return page;
}

test('a posting that is not an ML engineer role: skills highlighted, no chip, empty badge; shown when asked', async () => {
  const page = await expectNoChipUntilAsked();
  await h.screenshot(page, 'content-non-ml-shown-anyway');
  await page.close();
});

test('show-anyway on a page no adapter recognises reads the page itself and shows the chip', async () => {
  await recordContentMessages(h);
  const page = await openFixture(h, 'https://www.linkedin.com/feed/', 'linkedin-feed');
  await waitUntilSaid(h, page, 'no-posting');
  expect(await readHighlights(page)).toEqual([]);
  await sendToTab(page, { type: 'show-anyway' });
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('PyTorch')));
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  await page.close();
});

test('pointing at a highlighted skill shows the hover card', async () => {
  const page = await openFixture(h, CLASSIC, 'linkedin-classic');
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('PyTorch')));
  const box = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('ml-fit-core') ?? [])].find(
      (r) => r.toString() === 'PyTorch',
    ) as Range;
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 1 });
  await settled(page);
  await h.screenshot(page, 'content-hover-card');
  await page.close();
});

test('the chip is a keyboard button: Enter opens the explanation, Escape closes it', async () => {
  const page = await openFixture(h, CLASSIC, 'linkedin-classic');
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  let focused = '';
  for (let i = 0; i < 40 && focused !== 'ml-fit-chip'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.localName ?? '');
  }
  expect(focused).toBe('ml-fit-chip');
  const closed = await chipHitCells(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => chipHitCells(page)).toBeGreaterThan(closed * 5);
  await h.screenshot(page, 'content-chip-open');
  // Focus into the panel (its close button), then Escape from there.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect.poll(() => chipHitCells(page)).toBe(closed);
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('ml-fit-chip');
  await page.close();
});

test('with no title to anchor to, the chip sits in a corner and its panel opens into the page', async () => {
  const url = 'https://boards.greenhouse.io/acme/jobs/4012345';
  h.server.page(url, fixture('greenhouse').replace(/<h1[^>]*>.*?<\/h1>/, ''));
  const page = await h.context.newPage();
  await page.goto(url);
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  let focused = '';
  for (let i = 0; i < 40 && focused !== 'ml-fit-chip'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.localName ?? '');
  }
  const closed = await chipHitCells(page);
  expect(closed).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect.poll(() => chipHitCells(page)).toBeGreaterThan(closed * 5);
  await h.screenshot(page, 'content-chip-corner-open');
  await page.close();
});

test('with a profile: the badge shows the fit, and the highlights stay exactly as they were', async () => {
  const page = await openFixture(h, CLASSIC, 'linkedin-classic');
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('PyTorch')));
  const before = await readHighlights(page);
  const tabId = await h.tabId(page);
  expect(await h.badgeText(tabId)).toBe('');
  await recordBackgroundCalls(h);
  await storeProfile(h, fixtureProfile());
  await expect.poll(() => h.badgeText(tabId)).toMatch(/^\d{1,3}$/);
  // The content script has taken the new fit: it answered the background's fit-updated.
  await waitForCall(
    h,
    (c) =>
      c.api === 'tabs.sendMessage' && c.id === tabId && c.type === 'fit-updated' && c.answer !== undefined,
  );
  // Held skills (Python, SQL...) are told apart only inside the chip and the hover card.
  expect(await readHighlights(page)).toEqual(before);
  expect(before.map(([name]) => name)).toEqual([
    'ml-fit-core',
    'ml-fit-underemphasized',
    'ml-fit-nice-to-have',
  ]);
  await h.screenshot(page, 'content-with-profile');

  const other = await expectNoChipUntilAsked();
  await other.close();
  await page.close();
});
