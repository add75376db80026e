import { expect, test } from 'vitest';
import type { Profile } from '../../lib/profile/schema';
import { fixtureProfile, openPopup, storeProfile } from '../support/seed';
import {
  fixture,
  highlightedTexts,
  ownHosts,
  readHighlights,
  waitForHighlights,
} from '../support/site-pages';
import type { Harness } from './browser';
import { launchPerFile } from './per-file';

/**
 * The user's own skills on a real posting, in real Chromium: found through an alias, counted
 * in the badge and listed in the popup, and never painted into the page (whose scripts read
 * the highlight registry: a highlight of a word the catalogue does not know would tell them).
 */

let h: Harness;
launchPerFile((harness) => {
  h = harness;
});

const POSTING = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678';
// Named in the sentence about the job: the company's own product ("builds the perception
// stack") is not asked of the candidate, an own skill there included.
const OWN = {
  id: 'own:model-lifecycle',
  name: 'Model lifecycle',
  aliases: ['experiment to production'],
  category: 'core',
  side: 'ml',
  level: 'expert',
} as const;

async function visit(profile: Profile) {
  await storeProfile(h, profile);
  const page = await h.context.newPage();
  await page.goto(POSTING);
  const tabId = await h.tabId(page);
  await expect.poll(() => h.badgeText(tabId), { timeout: 10_000 }).toMatch(/^\d{1,3}$/);
  const highlights = await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('PyTorch')));
  // The chip is drawn in the step that paints the answer's highlights (nothing repaints them
  // later for the same text): once it is there, what is painted is all that will be.
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  return { page, tabId, badge: Number(await h.badgeText(tabId)), highlights };
}

test('an own skill named by its alias is counted in the badge and popup, and not painted', async () => {
  h.server.page(POSTING, fixture('linkedin-classic'));
  const without = await visit(fixtureProfile());
  await without.page.close();

  const mine = await visit({
    ...fixtureProfile(),
    ownSkills: [{ ...OWN, aliases: [...OWN.aliases] }],
  });
  // Counted: a core skill held at expert raises the score.
  expect(mine.badge).toBeGreaterThan(without.badge);
  const popup = await openPopup(h, mine.tabId);
  await popup.getByText('Model lifecycle').first().waitFor();
  expect(await popup.getByTestId('fit-score').first().textContent()).toBe(String(mine.badge));
  await popup.close();

  // Not painted: the page's highlight registry is exactly what it is without the own skill.
  expect(await readHighlights(mine.page)).toEqual(without.highlights);
  const texts = await highlightedTexts(mine.page);
  expect(texts.some((t) => /experiment/i.test(t))).toBe(false);
  expect(
    await mine.page.evaluate(() => (document.body.textContent ?? '').includes('experiment to production')),
  ).toBe(true);
  await mine.page.close();
}, 60_000);
