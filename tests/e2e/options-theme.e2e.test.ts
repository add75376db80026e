import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from './browser';

/** The options page follows a dark system theme; screenshots of each screen for review. */

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch({ colorScheme: 'dark' });
  page = await h.openExtensionPage('options.html');
});
afterAll(async () => {
  await h?.close();
});

/** Relative luminance (0 black .. 1 white) of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function colours(selector: string): Promise<{ fg: number; bg: number }> {
  const { color, background } = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.color, background: getComputedStyle(document.body).backgroundColor };
    });
  return { fg: luminance(color), bg: luminance(background) };
}

test('onboarding is dark, with light readable text', async () => {
  await page.getByRole('heading', { name: 'Welcome. What is your background?' }).waitFor();
  const { fg, bg } = await colours('h2');
  expect(bg).toBeLessThan(0.05);
  expect((fg + 0.05) / (bg + 0.05)).toBeGreaterThan(7); // WCAG AAA contrast for the heading
  await page.getByRole('radio', { name: /Data scientist/ }).check();
  await h.screenshot(page, 'options-onboarding-dark');
  await page.getByRole('button', { name: 'Skip setup' }).click();
});

test('imports a version 1 export and shows the grouped profile in dark', async () => {
  await page.getByRole('link', { name: 'Import / export' }).click();
  await page.getByLabel('Choose a profile file…').setInputFiles({
    name: 'export-v1.json',
    mimeType: 'application/json',
    buffer: readFileSync('tests/fixtures/options/export-v1.json'),
  });
  await page.getByRole('heading', { name: 'Preview of export-v1.json' }).waitFor();
  await h.screenshot(page, 'options-import-preview-dark');
  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await page.getByText('Imported export-v1.json.').waitFor();

  await page.getByRole('link', { name: 'Profile' }).click();
  await page.getByRole('heading', { name: 'Core (5)' }).waitFor();
  await page.getByRole('heading', { name: 'Underemphasized (2)' }).waitFor();
  await page.getByRole('heading', { name: 'Nice to have (1)' }).waitFor();
  await expect(page.getByLabel('Target role').inputValue()).resolves.toBe('MLOps engineer');
  await expect(page.getByLabel('Years of experience').inputValue()).resolves.toBe('8');
  await h.screenshot(page, 'options-profile-dark');
});

test('picker suggestions and an import error in dark', async () => {
  const input = page.getByRole('combobox', { name: 'Add a skill' });
  await input.fill('ml');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('listbox', { name: 'Matching skills' }).waitFor();
  await h.screenshot(page, 'options-picker-dark');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Import / export' }).click();
  await page.getByLabel('Choose a profile file…').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "skills": [ { "skill": "pytorch" '),
  });
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(
    /broken\.json: This is not valid JSON/,
  );
  await h.screenshot(page, 'options-import-error-dark');
});
