import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fixtureProfile, storeProfile } from '../support/seed';
import { fixture, ownHosts, readHighlights, waitForHighlights } from '../support/site-pages';
import type { Harness } from './browser';
import { listenForTheId } from './heard';
import { launchPerFile } from './per-file';

/**
 * The extension reloaded (as on an update) with a posting open. Chrome leaves the old content
 * script running in the tab, cut off from its extension, and injects the new one only when a
 * page loads. The old run ends itself (entrypoints/job.content/context.ts) and takes down all it
 * made; the next load shows one chip and one set of highlights; and the page hears nothing
 * that names the extension throughout.
 */

const POSTING = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678';

let h: Harness;
launchPerFile((harness) => {
  h = harness;
});

/** The highlight rules the page holds (the painter adopts one sheet of ::highlight rules). */
function highlightSheets(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.adoptedStyleSheets.filter((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('::highlight(')),
      ).length,
  );
}

/**
 * Developer mode on, as for anyone who reloads an unpacked extension: without it this Chromium
 * leaves an extension loaded from the command line disabled once it reloads.
 */
async function developerMode(): Promise<void> {
  const page = await h.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
      }
    ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await page.close();
}

/** One chip, one sheet, and each highlight name once, with the posting's skills. */
async function expectOneRun(page: Page): Promise<void> {
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  const dump = await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('PyTorch')));
  const names = dump.map(([name]) => name);
  expect(new Set(names).size).toBe(names.length);
  expect(await highlightSheets(page)).toBe(1);
}

test('reloaded with a posting open: the old run clears up after itself, the next load shows one chip and one set of highlights', async () => {
  h.server.page(POSTING, fixture('linkedin-classic'));
  await storeProfile(h, fixtureProfile());
  const page = await h.context.newPage();
  const heard = await listenForTheId(page, h.extensionId);
  await page.goto(POSTING);
  await expectOneRun(page);

  await developerMode();
  // The worker goes away with the extension, so the call may not come back.
  await h.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await h.serviceWorker();

  // The old run finds its extension gone and takes down its chip, highlights and styles.
  await expect.poll(() => ownHosts(page), { timeout: 10_000 }).toEqual({ chips: 0, cards: 0 });
  expect(await readHighlights(page)).toEqual([]);
  expect(await highlightSheets(page)).toBe(0);
  // The page changes: nothing wakes the old run, and no new one was injected into the tab.
  await page.evaluate(() => document.querySelector('#job-details')?.append(' Also PyTorch and Kubernetes.'));
  await page.waitForTimeout(1500);
  expect(await ownHosts(page)).toEqual({ chips: 0, cards: 0 });
  expect(await readHighlights(page)).toEqual([]);
  expect(await heard()).toEqual([]);

  // The next load runs the new script: one of everything.
  await page.reload();
  await expectOneRun(page);
  expect(await heard()).toEqual([]);
  await page.close();
}, 60_000);
