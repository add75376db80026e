/**
 * `npm run screenshots`: the README's pictures, made from the fixture pages with the
 * production build in real Chromium, so they show what the extension does today.
 * Writes docs/screenshots/{posting,popup,options,own-skill,insights,resume,seen-list}.png.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../tests/e2e/browser';
import { historyRows } from '../tests/e2e/history-rows';
import { twoColumnPdf } from '../tests/fixtures/resume/make-files';
import { fixtureProfile, storeProfile, until } from '../tests/support/seed';
import { fixture, LAYOUT_URLS, ownHosts, waitForHighlights } from '../tests/support/site-pages';

const OUT = resolve('docs/screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const h = await launch();
  try {
    // The fixture profile plus JAX, so the popup shows PyTorch as transferable from it, and an
    // own skill with an alias, so the profile shows its editor.
    const profile = fixtureProfile();
    await storeProfile(h, {
      ...profile,
      skills: [...profile.skills, { skill: 'jax', level: 'working' }],
      ownSkills: [
        {
          id: 'own:warehouse-robotics',
          name: 'Warehouse robotics',
          aliases: ['AMR fleets'],
          category: 'nice-to-have',
          side: 'ml',
          level: 'working',
        },
      ],
    });

    const others = ['greenhouse', 'lever', 'indeed-viewjob'] as const;
    for (const name of others) {
      h.server.page(LAYOUT_URLS[name], fixture(name));
      const page = await h.context.newPage();
      await page.goto(LAYOUT_URLS[name]);
      await waitForHighlights(page);
      await page.close();
    }

    const url = LAYOUT_URLS['linkedin-classic'];
    h.server.page(url, fixture('linkedin-classic'));
    const posting = await h.context.newPage();
    await posting.goto(url);
    await waitForHighlights(posting);
    for (let i = 0; i < 50 && (await ownHosts(posting)).chips === 0; i++) await posting.waitForTimeout(100);
    // Open the chip from the keyboard, as a user without a mouse would.
    for (let i = 0; i < 40; i++) {
      await posting.keyboard.press('Tab');
      if ((await posting.evaluate(() => document.activeElement?.localName)) === 'ml-fit-chip') break;
    }
    await posting.keyboard.press('Enter');
    await posting.waitForTimeout(400);
    await posting.screenshot({ path: join(OUT, 'posting.png') });

    const popup = await h.openExtensionPage(`popup.html?tabId=${await h.tabId(posting)}`);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup
      .getByText(/fit score/i)
      .first()
      .waitFor();
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    const options = await h.openExtensionPage('options.html#profile');
    await options.setViewportSize({ width: 1100, height: 820 });
    await options.waitForTimeout(500);
    await options.screenshot({ path: join(OUT, 'options.png') });
    const own = options.locator('li.own-skill').first();
    await own.scrollIntoViewIfNeeded();
    await own.screenshot({ path: join(OUT, 'own-skill.png') });
    await options.goto(`chrome-extension://${h.extensionId}/options.html#insights`);
    await options.waitForTimeout(800);
    await options.screenshot({ path: join(OUT, 'insights.png') });

    await options.goto(`chrome-extension://${h.extensionId}/options.html#profile`);
    await options.getByLabel('Or choose a file (PDF, Word, .txt, .md)…').setInputFiles({
      name: 'cv.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await twoColumnPdf()),
    });
    const found = options.locator('.proposals');
    await found.waitFor();
    await options.locator('.resume').scrollIntoViewIfNeeded();
    await options.waitForTimeout(300);
    await options.locator('.resume').screenshot({ path: join(OUT, 'resume.png') });

    // The LinkedIn posting opened above is saved once it has stayed on screen a moment; then
    // its card in a result list says so.
    await posting.bringToFront();
    await until(
      () => historyRows<{ title: string }>(h),
      (rows) => rows.some((r) => r.title === 'Machine Learning Engineer'),
      15_000,
    );
    const listUrl = 'https://www.linkedin.com/jobs/search/?keywords=machine%20learning&location=Berlin';
    h.server.page(listUrl, fixture('linkedin-list'));
    const list = await h.context.newPage();
    await list.setViewportSize({ width: 1100, height: 700 });
    await list.goto(listUrl);
    await list.locator('ml-fit-seen').first().waitFor({ state: 'attached' });
    await list.waitForTimeout(800);
    await list.screenshot({
      path: join(OUT, 'seen-list.png'),
      clip: { x: 0, y: 0, width: 440, height: 520 },
    });
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
