import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  badgeOf,
  cliFit,
  fixtureProfile,
  openPopup,
  openPosting,
  stopServiceWorker,
  storeProfile,
  until,
} from '../support/seed';
import { EXTENSION_DIR, type Harness, launch } from './browser';
import { layoutShifts } from './paint';

/**
 * The popup and the toolbar badge against the real content script and background, in
 * Chromium with the production build. Expected scores come from the CLI on the same files.
 */

const ML_URL = 'https://boards.greenhouse.io/acme/jobs/123';
const NON_ML_URL = 'https://boards.greenhouse.io/acme/jobs/456';

let h: Harness;
let worker: Worker;
let mlTab: number;
let mlPage: Page;

async function shownScore(popup: Page): Promise<number> {
  return Number(await popup.getByTestId('fit-score').first().textContent());
}

beforeAll(async () => {
  h = await launch({ colorScheme: 'light' });
  worker = await h.serviceWorker();
});
afterAll(async () => {
  await h?.close();
});

describe('popup and badge', () => {
  test('without a profile: an invitation, and no badge', async () => {
    ({ page: mlPage, tabId: mlTab } = await openPosting(h, worker, ML_URL, 'greenhouse-ml-engineer.html'));
    const popup = await openPopup(h, mlTab);
    await popup.getByRole('button', { name: 'Set up profile' }).waitFor();
    expect(await popup.textContent('main')).toContain('Machine Learning Engineer');
    expect(await badgeOf(worker, mlTab)).toBe('');
    await h.screenshot(popup, 'popup-no-profile-light');
    await popup.close();
  });

  test('the badge and the popup show the score the CLI computes for the same posting and profile', async () => {
    const expected = cliFit('greenhouse-ml-engineer.html', fixtureProfile());
    await storeProfile(h, fixtureProfile());
    // profile-changed recomputes the open tab: its badge follows without a reload.
    expect(
      await until(
        () => badgeOf(worker, mlTab),
        (t) => t !== '',
      ),
    ).toBe(String(expected.score));
    const popup = await openPopup(h, mlTab);
    await popup.getByTestId('fit-score').waitFor();
    expect(await shownScore(popup)).toBe(expected.score);
    expect(await popup.textContent('main')).toContain('Acme Robotics');
    // Every point shown belongs to a held skill, and they add up to the score.
    const points = await popup.locator('.mf-held .mf-skill-points strong').allTextContents();
    expect(points.map(Number).reduce((a, b) => a + b, 0)).toBe(expected.score);
    await h.screenshot(popup, 'popup-ml-posting-light');
    await popup.locator('.mf-section-title').evaluate((e) => e.scrollIntoView());
    await h.screenshot(popup, 'popup-ml-skills-light');
    await popup.close();
  });

  test('the first screen is static HTML in the final frame, and nothing moves', async () => {
    // The first screen is plain HTML, painted before any script runs or the background answers
    // (how fast: npm run bench:browser times it against a bare page).
    const html = readFileSync(`${EXTENSION_DIR}/popup.html`, 'utf8');
    expect(html).toContain('Looking for a posting…');
    let shifts = 0;
    for (let i = 0; i < 3; i++) {
      const popup = await openPopup(h, mlTab);
      await popup.getByTestId('fit-score').waitFor();
      shifts += await layoutShifts(popup);
      expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(380);
      await popup.close();
    }
    // The static shell, the pending screen and the answer share one frame.
    expect(shifts).toBe(0);
  });

  test('adding a missing skill from the popup raises the score shown and the badge', async () => {
    const popup = await openPopup(h, mlTab);
    await popup.getByTestId('fit-score').waitFor();
    const before = await shownScore(popup);
    const top = cliFit('greenhouse-ml-engineer.html', fixtureProfile()).missing[0];
    if (!top) throw new Error('the fixture posting should have missing skills');
    await popup.getByRole('button', { name: `Add ${top.name} to profile` }).click();
    await popup.getByLabel(`Your level in ${top.name}`).selectOption('expert');
    await popup.getByRole('button', { name: 'Save' }).click();
    const after = await until(
      () => shownScore(popup),
      (s) => s > before,
    );
    const profile = fixtureProfile();
    const expected = cliFit('greenhouse-ml-engineer.html', {
      ...profile,
      skills: [...profile.skills, { skill: top.skill, level: 'expert' }],
    });
    expect(after).toBe(expected.score);
    expect(
      await until(
        () => badgeOf(worker, mlTab),
        (t) => t === String(after),
      ),
    ).toBe(String(after));
    await popup.close();
  });

  test('a posting that is not an ML engineer role: empty badge, the verdict, and "Analyze anyway"', async () => {
    const { tabId } = await openPosting(h, worker, NON_ML_URL, 'greenhouse-data-analyst.html');
    expect(await badgeOf(worker, tabId)).toBe('');
    const popup = await openPopup(h, tabId);
    await popup.getByText(/Not an ML engineer role/).waitFor();
    expect(await popup.getByTestId('fit-score').count()).toBe(0);
    await h.screenshot(popup, 'popup-non-ml-light');
    await popup.getByRole('button', { name: 'Analyze anyway' }).click();
    await popup.getByTestId('fit-score').waitFor();
    const score = await shownScore(popup);
    expect(
      await until(
        () => badgeOf(worker, tabId),
        (t) => t !== '',
      ),
    ).toBe(String(score));
    await popup.close();
  });

  test('after the service worker is stopped and restarted, the popup still shows the analysis', async () => {
    const before = await badgeOf(worker, mlTab);
    await stopServiceWorker(h, mlPage);
    // Only the background answers get-tab: a score in the popup means the worker restarted and
    // found the tab's analysis in storage.session.
    const popup = await openPopup(h, mlTab);
    await popup.getByTestId('fit-score').waitFor();
    expect(String(await shownScore(popup))).toBe(before);
    expect(await popup.textContent('main')).toContain('Machine Learning Engineer');
    // Playwright keeps the stopped Worker object, so read the badge from the extension page.
    expect(await badgeOf(popup, mlTab)).toBe(before);
    await popup.close();
  });
});
