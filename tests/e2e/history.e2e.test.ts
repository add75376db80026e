import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeFit } from '../../lib/fit';
import { DWELL_MS } from '../../lib/history/limits';
import { decodeRow, type StoredRow } from '../../lib/history/schema';
import {
  type FixturePosting,
  LATE_ML_POSTING,
  ML_POSTINGS,
  NON_ML_POSTING,
  postingHtml,
} from '../fixtures/history/pages';
import { badgeOf, fixtureProfile, storedReport, storeProfile, until } from '../support/seed';
import { type Harness, launch, SCREENSHOT_DIR } from './browser';
import { backgroundCalls, recordBackgroundCalls, waitForCall } from './decided';
import { historyRows } from './history-rows';

/**
 * The history end to end, in Chromium with the production build: postings opened on a job
 * site are saved by the background with their fit, found in the options page's History and
 * Insights, and "Delete all" leaves the history table empty.
 */

let h: Harness;
let worker: Worker;

interface SavedRow {
  key: string;
  title: string;
  url: string;
  fit: { score: number; band: string } | null;
  firstSeen: number;
}

const readRows = () => historyRows<SavedRow>(h);

async function openPosting(p: FixturePosting): Promise<{ page: Page; tabId: number }> {
  h.server.page(p.url, postingHtml(p));
  const page = await h.context.newPage();
  await page.goto(p.url);
  const tabId = await h.tabId(page);
  await until(
    () => storedReport(worker, tabId),
    (r) => r !== null,
  );
  return { page, tabId };
}

async function fullScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

async function openOptions(section: string): Promise<Page> {
  const page = await h.openExtensionPage(`options.html#${section}`);
  await page.getByRole('navigation', { name: 'Settings sections' }).waitFor();
  return page;
}

beforeAll(async () => {
  h = await launch({ colorScheme: 'light' });
  // The onboarding tab opens once the worker has started (it loads the engine first): let it
  // open before any test brings its own tab to the front, or h.tabId() may see the wrong one.
  worker = await h.serviceWorker();
  await storeProfile(h, fixtureProfile());
});
afterAll(async () => {
  await h?.close();
});

describe('history', () => {
  const badges = new Map<string, string>();

  test('ML engineer postings are saved with the fit they had; other roles are not', async () => {
    for (const p of [...ML_POSTINGS, NON_ML_POSTING]) {
      const { page, tabId } = await openPosting(p);
      badges.set(
        p.title,
        await until(
          () => badgeOf(worker, tabId),
          (t) => p === NON_ML_POSTING || t !== '',
        ),
      );
      // Saved once it has stayed on screen a moment (the non-ML one never).
      if (p !== NON_ML_POSTING) await until(readRows, (r) => r.some((x) => x.title === p.title));
      await page.close();
    }
    const rows = await until(readRows, (r) => r.length >= 3);
    expect(rows.map((r) => r.title).sort()).toEqual(ML_POSTINGS.map((p) => p.title).sort());
    for (const r of rows) expect(String(r.fit?.score)).toBe(badges.get(r.title));
    // Tracking parameters never reach the disk.
    expect(rows.find((r) => r.title === 'Machine Learning Engineer')?.url).toBe(
      'https://boards.greenhouse.io/acmerobotics/jobs/5101',
    );
  });

  test('the History section lists them, linking to each posting', async () => {
    const page = await openOptions('history');
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'MLOps Engineer' }).waitFor();
    const links = await table
      .getByRole('link')
      .evaluateAll((as) =>
        as.map((a) => [
          a.textContent,
          a.getAttribute('href'),
          a.getAttribute('target'),
          a.getAttribute('rel'),
        ]),
      );
    expect(links).toHaveLength(3);
    expect(links).toContainEqual([
      'Machine Learning Engineer, Computer Vision',
      'https://boards.greenhouse.io/initech/jobs/5103',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(await page.textContent('main')).not.toContain('Data Analyst');
    await page.getByRole('searchbox').fill('globex');
    await expect.poll(() => table.getByRole('link').count()).toBe(1);
    await page.getByRole('searchbox').fill('');
    await fullScreenshot(page, 'history-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await fullScreenshot(page, 'history-dark');
    await page.close();
  });

  test('the Insights section counts them and ranks what would raise the fit', async () => {
    const page = await openOptions('insights');
    const postings = page.locator('.insights-summary > div').first().locator('dd');
    await postings.waitFor();
    expect(await postings.textContent()).toBe('3');
    // The top of the ranking, checked against the fit recomputed with each skill at expert level.
    const shown = await page
      .getByRole('region', { name: 'What would raise your fit most' })
      .getByRole('row')
      .evaluateAll((trs) =>
        trs.slice(1, 4).map((tr) => {
          const cells = [...tr.querySelectorAll('td')];
          return { name: cells[1]?.firstChild?.textContent ?? '', points: Number(cells[3]?.textContent) };
        }),
      );
    expect(shown).toHaveLength(3);
    const stored = (await readRows()).map((r) => decodeRow(r as unknown as StoredRow));
    const profile = fixtureProfile();
    for (const { name, points } of shown) {
      const skill = stored.flatMap((e) => e.skills).find((sk) => sk.name === name);
      expect(skill, name).toBeDefined();
      const withIt = {
        ...profile,
        skills: [
          ...profile.skills.filter((ps) => ps.skill !== skill?.id),
          { skill: skill?.id ?? '', level: 'expert' as const },
        ],
      };
      const rise = stored.reduce(
        (n, e) =>
          n +
          computeFit(e.skills, e.requirements, withIt).score -
          computeFit(e.skills, e.requirements, profile).score,
        0,
      );
      expect([name, points]).toEqual([name, rise]);
    }
    expect(shown.map((r) => r.points)).toEqual([...shown.map((r) => r.points)].sort((a, b) => b - a));
    await page.getByRole('img', { name: /Postings asking for each skill/ }).waitFor();
    // Python is in all three postings and in the fixture profile: a filled bar.
    const desc = await page.locator('#demand-svg-desc').textContent();
    expect(desc).toContain('Python: 3 postings, you: expert');
    const figure = page.getByRole('figure', { name: 'Demand and your coverage' });
    await figure.getByRole('button', { name: 'Show table' }).click();
    await expect.poll(() => figure.getByRole('row').count()).toBeGreaterThan(3);
    await figure.getByRole('button', { name: 'Show chart' }).click();
    await page.getByRole('combobox', { name: 'Role' }).selectOption('mlops');
    expect(await postings.textContent()).toBe('1');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await fullScreenshot(page, 'insights-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await fullScreenshot(page, 'insights-dark');
    await page.close();
  });

  test('a posting of another role is not saved, however long it stays on screen', async () => {
    await recordBackgroundCalls(h);
    const other = await openPosting(NON_ML_POSTING);
    // A clock in the background: an ML posting analysed after it, then left in a background
    // tab. Its dwell ends (the background looks its tab up) after any dwell the other posting
    // could have started, while the other posting is on screen in the active tab.
    const later = await openPosting(ML_POSTINGS[0] as FixturePosting);
    await other.page.bringToFront();
    const clock = await waitForCall(h, (c) => c.api === 'tabs.get' && c.id === later.tabId, {
      timeoutMs: DWELL_MS + 10_000,
    });
    // No dwell was started for it: the background never looked its tab up, and saved nothing.
    const calls = await backgroundCalls(h);
    expect(calls[clock]?.id).toBe(later.tabId);
    expect(calls.filter((c) => c.api === 'tabs.get' && c.id === other.tabId)).toEqual([]);
    expect((await readRows()).map((r) => r.title)).not.toContain(NON_ML_POSTING.title);
    await later.page.close();
    await other.page.close();
  });

  test('while paused, nothing new is saved', async () => {
    const options = await openOptions('history');
    await options.getByRole('checkbox', { name: /Pause history/ }).check();
    await until(
      () => options.evaluate(() => document.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked),
      Boolean,
    );
    await recordBackgroundCalls(h);
    const { page, tabId } = await openPosting(LATE_ML_POSTING);
    await until(
      () => badgeOf(worker, tabId),
      (t) => t !== '',
    );
    // The dwell is over when the background checks that the tab and its window are still on
    // screen; it decides to save (or not) right after. A save landing later still fails below:
    // the row would then date from before the pause ended.
    const tabChecked = await waitForCall(h, (c) => c.api === 'tabs.get' && c.id === tabId, {
      timeoutMs: DWELL_MS + 10_000,
    });
    await waitForCall(h, (c) => c.api === 'windows.get', { after: tabChecked });
    expect((await readRows()).map((r) => r.title)).not.toContain(LATE_ML_POSTING.title);
    const resumedAt = Date.now();
    await options.getByRole('checkbox', { name: /Pause history/ }).uncheck();
    await page.bringToFront();
    await page.reload();
    // Saved now, and first seen on this visit: the paused one left no row behind.
    const rows = await until(readRows, (r) => r.some((x) => x.title === LATE_ML_POSTING.title));
    expect(rows.find((x) => x.title === LATE_ML_POSTING.title)?.firstSeen).toBeGreaterThanOrEqual(resumedAt);
    await page.close();
    await options.close();
  });

  test('exports the history as CSV and JSON files', async () => {
    const page = await openOptions('history');
    await page.getByRole('table').getByRole('link').first().waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^ml-fit-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^first_seen,last_seen,title,company,/);
    expect(lines).toHaveLength(1 + 4);
    expect(lines.some((l) => l.includes(',MLOps Engineer,Globex,London,greenhouse,5102,'))).toBe(true);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const doc = JSON.parse(readFileSync(await json.path(), 'utf8'));
    expect(doc.format).toBe('ml-fit-history');
    expect(doc.postings).toHaveLength(4);
    await page.close();
  });

  test('deleting all leaves nothing behind', async () => {
    const page = await openOptions('history');
    await page.getByRole('button', { name: 'Delete all…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete all' }).click();
    await page.getByText(/No postings saved yet/).waitFor();
    expect(await readRows()).toEqual([]);
    await page.goto(`chrome-extension://${h.extensionId}/options.html#insights`);
    await page.reload();
    await page.getByText(/No saved postings yet/).waitFor();
    await page.close();
  });
});
