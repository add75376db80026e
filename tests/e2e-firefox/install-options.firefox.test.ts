import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { until } from '../support/seed';
import { inAddon } from './addon-api';
import type { FirefoxHarness } from './firefox';
import { firefoxPerFile } from './per-file';

/** Installing the Firefox build, and the options page saving a profile, in real Firefox. */

let h: FirefoxHarness;
firefoxPerFile((harness) => {
  h = harness;
});

const NAV = 'nav[aria-label="Settings sections"]';

/** Clicks the button whose text is exactly `name` (real pointer input). */
async function clickButton(page: Page, name: string): Promise<void> {
  await page.locator(`::-p-xpath(//button[normalize-space()="${name}"])`).click();
}

/** Waits for `text` to show anywhere in the page. */
async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.body.textContent?.includes(t), { timeout: 15_000 }, text);
}

/** Held skills as the profile section lists them: name and level, in page order. */
function heldSkills(page: Page): Promise<[string, string][]> {
  return page.$$eval('.skill-groups .skill-row', (rows) =>
    rows.map((row): [string, string] => [
      row.querySelector('.skill-row__name')?.firstChild?.textContent?.trim() ?? '',
      row.querySelector('select')?.value ?? '',
    ]),
  );
}

/** A CSS selector for the control labelled `text` (a <label for>), to read or set its value. */
async function labelled(page: Page, text: string): Promise<string> {
  const selector = await page.evaluate((t) => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === t);
    return label?.htmlFor ? `#${CSS.escape(label.htmlFor)}` : '';
  }, text);
  if (!selector) throw new Error(`no control labelled ${text}`);
  return selector;
}

/** What the background answers about a tab that does not exist (only the background answers). */
function backgroundAnswer(probe: Page): Promise<unknown> {
  return inAddon(probe, (api) => api.runtime.sendMessage({ type: 'get-tab', tabId: 999999 }), null);
}

describe('Firefox: install and options', () => {
  test('the add-on installs: its background page runs and answers, and the onboarding opens', async () => {
    const background = await inAddon(
      h.probe,
      async (api) => (await api.runtime.getBackgroundPage()).location.href,
      null,
    );
    expect(background).toMatch(new RegExp(`^moz-extension://${h.uuid}/`));
    expect(await backgroundAnswer(h.probe)).toMatchObject({ report: null, fit: null, profile: 'empty' });

    // The install opened the options page in a tab of its own, at the add-on's URL.
    const optionsUrl = `moz-extension://${h.uuid}/options.html`;
    const tabs = await until(
      () => inAddon(h.probe, (api) => api.tabs.query({}), null),
      (all) => all.some((t) => t.url === optionsUrl),
      15_000,
    );
    expect(tabs.filter((t) => t.url === optionsUrl)).toHaveLength(1);
    const page = await h.openExtensionPage('options.html', 'h2');
    await waitForText(page, 'Welcome. What is your background?');
    await page.close();
  });

  test('the options page saves a profile: background, typed skills and a level survive a reload', async () => {
    const page = await h.openExtensionPage('options.html', 'h2');
    await waitForText(page, 'Welcome. What is your background?');
    await page.locator('input[type="radio"][value="backend-engineer"]').click();
    await clickButton(page, 'Next');
    await waitForText(page, 'Add your skills');

    const picker = 'input[role="combobox"]';
    await page.locator(picker).click();
    await page.keyboard.type('pytorch'); // exact name: Enter adds it
    await page.keyboard.press('Enter');
    await page.keyboard.type('k8s'); // an alias
    await page.keyboard.press('Enter');
    await waitForText(page, '2 skills in your profile.');
    await clickButton(page, 'Done');
    await page.waitForSelector(NAV);
    expect(await heldSkills(page)).toEqual([
      ['Kubernetes', 'working'],
      ['PyTorch', 'working'],
    ]);

    await page.select(await labelled(page, 'Level of PyTorch'), 'expert');
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved');

    await h.reloadExtensionPage(page, NAV); // the profile section, not the onboarding again
    expect(await heldSkills(page)).toEqual([
      ['Kubernetes', 'working'],
      ['PyTorch', 'expert'],
    ]);
    const background = await labelled(page, 'Background');
    expect(await page.$eval(background, (s) => (s as HTMLSelectElement).value)).toBe('backend-engineer');
    // The background reads the same profile from the add-on's IndexedDB.
    expect(await backgroundAnswer(h.probe)).toMatchObject({ profile: 'ready' });
    await page.close();
  });
});
