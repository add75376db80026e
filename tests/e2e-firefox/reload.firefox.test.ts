import { expect, test } from 'vitest';
import { until } from '../support/seed';
import { DESCRIPTION_SELECTOR, LAYOUT_URLS } from '../support/site-pages';
import { FIREFOX_EXTENSION_DIR, type FirefoxHarness } from './firefox';
import { waitForHighlighted } from './page-reads';
import { firefoxPerFile } from './per-file';

/**
 * The add-on updated (installed again over itself) with a posting open. Firefox unloads the
 * old content script at once, leaving what it drew in the page, and starts the new one in the
 * open tab: the new run clears what the old one left (entrypoints/job.content/main.ts), so the
 * page holds one chip, one set of highlights and one sheet of highlight rules.
 */

let h: FirefoxHarness;
firefoxPerFile((harness) => {
  h = harness;
});

const LAYOUT = 'linkedin-classic';

test('updated with a posting open: one chip, one set of highlights, one sheet of rules', async () => {
  const page = await h.openFixture(LAYOUT_URLS[LAYOUT], LAYOUT);
  const read = () =>
    page.evaluate(() => ({
      chips: document.querySelectorAll('ml-fit-chip').length,
      /** The chip the old run drew is gone (the page keeps a reference to it). */
      oldChipGone: !(window as unknown as { oldChip?: Element }).oldChip?.isConnected,
      names: [...CSS.highlights.keys()],
      sheets: document.adoptedStyleSheets.filter((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('::highlight(')),
      ).length,
    }));
  await waitForHighlighted(page, DESCRIPTION_SELECTOR[LAYOUT], ['PyTorch', 'SQL']);
  await until(read, (s) => s.chips === 1, 15_000);
  await page.evaluate(() => {
    (window as unknown as { oldChip?: Element }).oldChip = document.querySelector('ml-fit-chip') ?? undefined;
  });
  expect(await read()).toMatchObject({ chips: 1, oldChipGone: false, sheets: 1 });

  await h.browser.installExtension(FIREFOX_EXTENSION_DIR);

  const after = await until(read, (s) => s.oldChipGone && s.chips === 1, 15_000);
  await waitForHighlighted(page, DESCRIPTION_SELECTOR[LAYOUT], ['PyTorch', 'SQL']);
  expect(after.names).toEqual([...new Set(after.names)]);
  expect(await read()).toMatchObject({ chips: 1, oldChipGone: true, sheets: 1 });
  await page.close();
});
