import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  badgeOf,
  fixture,
  fixtureProfile,
  openPopup,
  openPosting,
  storedReport,
  storeProfile,
  until,
} from '../support/seed';
import { type Harness, launch } from './browser';

/**
 * The popup in the dark theme, and the pages that are not postings: "Analyze this page"
 * injects the content script through activeTab + scripting and the popup then shows the result.
 */

let h: Harness;
let worker: Worker;

beforeAll(async () => {
  h = await launch({ colorScheme: 'dark' });
  worker = await h.serviceWorker();
});
afterAll(async () => {
  await h?.close();
});

describe('popup, dark theme', () => {
  test('a posting and a page without one, before and after a profile exists', async () => {
    const { tabId } = await openPosting(
      h,
      worker,
      'https://boards.greenhouse.io/acme/jobs/123',
      'greenhouse-ml-engineer.html',
    );

    const invite = await openPopup(h, tabId);
    await invite.getByRole('button', { name: 'Set up profile' }).waitFor();
    expect(await invite.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await h.screenshot(invite, 'popup-no-profile-dark');
    await invite.close();

    await storeProfile(h, fixtureProfile());
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('fit-score').waitFor();
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await h.screenshot(popup, 'popup-ml-posting-dark');
    await popup.close();
  });

  test('a page without a posting: "Analyze this page", and a clear answer when the page is out of reach', async () => {
    // A company career page the manifest does not match: no content script runs by itself.
    const url = 'https://careers.example-robotics.test/jobs/ml-engineer';
    h.server.page(url, fixture('greenhouse-ml-engineer.html'));
    const page = await h.context.newPage();
    await page.goto(url);
    const tabId = await h.tabId(page);
    const popup = await openPopup(h, tabId);
    const analyze = popup.getByRole('button', { name: 'Analyze this page' });
    await analyze.waitFor();
    expect(await badgeOf(worker, tabId)).toBe('');
    await h.screenshot(popup, 'popup-not-a-job-dark');
    // Clicking the toolbar button grants activeTab for the tab; a popup opened as a page by a
    // test gets no such grant, so the injection is refused and the popup must say so.
    await analyze.click();
    await popup.getByText(/cannot be analysed/).waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('button', { name: 'Analyze this page' }).count()).toBe(1);
    expect(await badgeOf(worker, tabId)).toBe('');
    await popup.close();
  });

  test('leaving the posting for another document clears the tab; coming back restores it', async () => {
    const url = 'https://boards.greenhouse.io/acme/jobs/789';
    h.server.page(url, fixture('greenhouse-ml-engineer.html'));
    h.server.page('https://www.example.test/about', '<!doctype html><title>About</title><p>About us</p>');
    const page = await h.context.newPage();
    await page.goto(url);
    const tabId = await h.tabId(page);
    await until(
      () => badgeOf(worker, tabId),
      (t) => t !== '',
    );
    await page.goto('https://www.example.test/about');
    await until(
      () => storedReport(worker, tabId),
      (r) => r === null,
    );
    expect(await badgeOf(worker, tabId)).toBe('');
    await page.goBack();
    const back = await until(
      () => storedReport(worker, tabId),
      (r) => r !== null,
    );
    expect(back?.title).toBe('Machine Learning Engineer');
    expect(await badgeOf(worker, tabId)).not.toBe('');
  });

  test('a profile that cannot be read: the popup says why, and the page is still annotated', async () => {
    const url = 'https://boards.greenhouse.io/acme/jobs/321';
    const { tabId } = await openPosting(h, worker, url, 'greenhouse-ml-engineer.html');
    // A row no version of the schema accepts, as a damaged or foreign database would hold.
    await storeProfile(h, { skills: 'none' } as never);
    const popup = await openPopup(h, tabId);
    await popup.getByText('Your profile can’t be read').waitFor();
    await popup.getByText(/could not be read/).waitFor();
    expect(await badgeOf(worker, tabId)).toBe('');
    await h.screenshot(popup, 'popup-profile-unreadable-dark');
    await popup.close();
  });
});
