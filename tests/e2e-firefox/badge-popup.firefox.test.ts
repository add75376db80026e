import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { cliFit, fixtureProfile, fixture as popupFixture, until } from '../support/seed';
import { LAYOUT_URLS } from '../support/site-pages';
import { inAddon } from './addon-api';
import type { FirefoxHarness } from './firefox';
import { firefoxPerFile } from './per-file';
import { storeProfile } from './profile-seed';

/**
 * The toolbar badge per tab and the popup, in Firefox against the real content script and
 * background page. The expected score of the Greenhouse posting comes from the CLI.
 */

let h: FirefoxHarness;
firefoxPerFile((harness) => {
  h = harness;
});

const ML_URL = 'https://boards.greenhouse.io/acme/jobs/123';
const INDEED_URL = LAYOUT_URLS['indeed-viewjob'];
const SCORE = '[data-testid="fit-score"]';

let mlTab: number;
let indeedTab: number;
/** The CLI's fit of the Greenhouse posting for the fixture profile (the independent expectation). */
let expected: ReturnType<typeof cliFit>;

/** The fit the background keeps for a tab, as the popup asks for it. */
function backgroundScore(tabId: number): Promise<number | null> {
  return inAddon(
    h.probe,
    async (api, id) => {
      const view = (await api.runtime.sendMessage({ type: 'get-tab', tabId: id })) as {
        fit: { score: number } | null;
      };
      return view.fit?.score ?? null;
    },
    tabId,
  );
}

/** The popup's skill rows: skill id, state class (mf-held, mf-missing, mf-transfer) and points shown. */
function skillRows(popup: Page): Promise<{ skill: string; state: string; points: number | null }[]> {
  return popup.$$eval('li.mf-skill', (rows) =>
    rows.map((row) => {
      const points = row.querySelector('.mf-skill-points strong')?.textContent;
      return {
        skill: row.getAttribute('data-skill') ?? '',
        state: [...row.classList].find((c) => c !== 'mf-skill') ?? '',
        points: points ? Number(points) : null,
      };
    }),
  );
}

/** A skill of the CLI's JSON fit (`fit.matched[]`, `fit.missing[]`). */
interface CliItem {
  skill: string;
  name: string;
  level: string | null;
  via: { name: string } | null;
}

function rowState(item: CliItem): string {
  return item.level ? 'mf-held' : item.via ? 'mf-transfer' : 'mf-missing';
}

describe('Firefox: badge and popup', () => {
  test('each tab’s badge shows the fit of its own posting', async () => {
    expected = cliFit('greenhouse-ml-engineer.html', fixtureProfile());
    await storeProfile(h, fixtureProfile());
    const ml = await h.openPage(ML_URL, popupFixture('greenhouse-ml-engineer.html'));
    mlTab = await h.tabId(ml);
    const indeed = await h.openFixture(INDEED_URL, 'indeed-viewjob');
    indeedTab = await h.tabId(indeed);
    expect(mlTab).not.toBe(indeedTab);

    const mlBadge = await until(
      () => h.badgeText(mlTab),
      (t) => t !== '',
      15_000,
    );
    expect(mlBadge).toBe(String(expected.score));
    const indeedBadge = await until(
      () => h.badgeText(indeedTab),
      (t) => t !== '',
      15_000,
    );
    expect(indeedBadge).toBe(String(await backgroundScore(indeedTab)));
    expect(indeedBadge).not.toBe(mlBadge);
    // A badge set for all tabs instead of per tab would show here too.
    expect(await h.badgeText(await h.tabId(h.probe))).toBe('');
  });

  // The content script uses Firefox's own `browser`, not the polyfill (wxt.config.ts): its
  // answer to the background travels through sendResponse.
  test('the content script answers the background: "Analyze this page" reaches the running one', async () => {
    const reply = await inAddon(
      h.probe,
      (api, id) => api.tabs.sendMessage(id, { type: 'show-anyway' }),
      mlTab,
    );
    expect(reply).toEqual({ ok: true });
    // Anything else gets no answer (Firefox resolves with nothing, or rejects: no receiver replied).
    const other = inAddon(h.probe, (api, id) => api.tabs.sendMessage(id, { type: 'not-a-message' }), mlTab);
    expect(await other.catch(() => undefined)).toBeUndefined();
  });

  test('the popup for a tab shows its score, the posting, and its skills held and missing', async () => {
    const popup = await h.openExtensionPage(`popup.html?tabId=${mlTab}`, SCORE);
    expect(Number(await popup.$eval(SCORE, (e) => e.textContent))).toBe(expected.score);
    const main = await popup.$eval('main', (e) => e.textContent ?? '');
    expect(main).toContain('Machine Learning Engineer');
    expect(main).toContain('Acme Robotics');

    // Each skill of the CLI's fit has its row: held, transferable from a held relative, or missing.
    const rows = await skillRows(popup);
    const state = new Map(rows.map((r) => [r.skill, r.state]));
    const { matched, missing } = expected as unknown as Record<'matched' | 'missing', CliItem[]>;
    expect(matched.length).toBeGreaterThan(0);
    expect(missing.length).toBeGreaterThan(0);
    for (const item of [...matched, ...missing])
      expect(state.get(item.skill), item.name).toBe(rowState(item));
    // Points show only where a skill earns them, and they add up to the score.
    expect(rows.reduce((sum, r) => sum + (r.points ?? 0), 0)).toBe(expected.score);
    await popup.close();

    // The other tab's popup shows that tab's posting, with the score of its badge.
    const other = await h.openExtensionPage(`popup.html?tabId=${indeedTab}`, SCORE);
    expect(await other.$eval(SCORE, (e) => e.textContent)).toBe(await h.badgeText(indeedTab));
    await other.close();
    // Background, content scripts and popup alike requested nothing beyond the two pages.
    expect(h.strayRequests()).toEqual([]);
  });
});
