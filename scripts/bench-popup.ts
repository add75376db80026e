/**
 * Popup first paint, part of `npm run bench:browser`: the popup's first contentful paint for a
 * tab with an analysed posting, beside a bare HTML page's in the same browser and run (the
 * floor any page pays here). Target: under 100 ms. Prints medians and the ratio.
 */
import { launch } from '../tests/e2e/browser';
import { firstPaint, layoutShifts } from '../tests/e2e/paint';
import { fixture, fixtureProfile, storeProfile } from '../tests/support/seed';
import { waitForHighlights } from '../tests/support/site-pages';
import { median } from './bench/median';

const RUNS = 9;
const POSTING = 'https://boards.greenhouse.io/acme/jobs/123';
const BARE = 'https://example.test/bare';

async function main(): Promise<void> {
  const h = await launch();
  try {
    await storeProfile(h, fixtureProfile());
    h.server.page(POSTING, fixture('greenhouse-ml-engineer.html'));
    h.server.page(BARE, '<!doctype html><title>bare</title><p>Bare page</p>');
    const posting = await h.context.newPage();
    await posting.goto(POSTING);
    await waitForHighlights(posting);
    const tabId = await h.tabId(posting);

    const popup: number[] = [];
    const bare: number[] = [];
    let shifts = 0;
    for (let i = 0; i < RUNS; i++) {
      const plain = await h.context.newPage();
      await plain.goto(BARE);
      bare.push(await firstPaint(plain));
      await plain.close();
      const page = await h.context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      popup.push(await firstPaint(page));
      await page.getByTestId('fit-score').waitFor();
      shifts += await layoutShifts(page);
      await page.close();
    }
    const popupMs = median(popup);
    const bareMs = median(bare);
    console.log('Popup first paint (median of %d, Chromium)', RUNS);
    console.log(
      `  popup            ${popupMs.toFixed(1)} ms   target < 100 ms: ${popupMs < 100 ? 'met' : 'MISSED'}`,
    );
    console.log(`  bare page        ${bareMs.toFixed(1)} ms`);
    console.log(`  ratio            ${(popupMs / bareMs).toFixed(2)}x the bare page`);
    console.log(`  layout shifts    ${shifts} over ${RUNS} opens`);
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench-popup: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
