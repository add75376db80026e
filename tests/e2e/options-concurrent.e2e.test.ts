import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeProfile, until } from '../support/seed';
import { type Harness, launch } from './browser';

/**
 * Two options pages open at once, in real Chromium: a change made in one must neither be lost
 * to the other's save of a stale copy, nor stay unseen there.
 */

let h: Harness;

beforeAll(async () => {
  h = await launch();
  // A stored profile with a skill skips the onboarding in both pages.
  await storeProfile(h, {
    skills: [{ skill: 'sql', level: 'working' }],
    freeText: [],
    background: 'backend-engineer',
    years: 3,
    targetRole: null,
    updatedAt: 1,
  });
});
afterAll(async () => {
  await h?.close();
});

async function openOptions(): Promise<Page> {
  const page = await h.openExtensionPage('options.html');
  await page.getByRole('heading', { name: /^Skills \(/ }).waitFor();
  return page;
}

async function heldSkills(p: Page): Promise<string[]> {
  return p
    .locator('.skill-groups .skill-row__name')
    .evaluateAll((els) => els.map((el) => el.firstChild?.textContent?.trim() ?? '').sort());
}

describe('two options pages at once', () => {
  test('a role typed in one and a skill added in the other within half a second are both kept', async () => {
    const a = await openOptions();
    const b = await openOptions();
    // B's role is saved after a pause in typing; PyTorch is added in A during that pause.
    await b.getByLabel('Target role').fill('MLOps engineer');
    const picker = a.getByRole('combobox', { name: 'Add a skill' });
    await picker.fill('pytorch');
    await picker.press('Enter');

    // Each page shows the other's change without a reload.
    await b.getByRole('heading', { name: 'Core (1)' }).waitFor();
    const roleInA = a.getByLabel('Target role');
    await until(
      () => roleInA.inputValue(),
      (v) => v === 'MLOps engineer',
    );
    await a.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await b.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // And the stored profile holds both, as a freshly opened page reads it.
    const fresh = await openOptions();
    expect(await heldSkills(fresh)).toEqual(['PyTorch', 'SQL']);
    await expect(fresh.getByLabel('Target role').inputValue()).resolves.toBe('MLOps engineer');
    await h.screenshot(fresh, 'options-two-pages');
    for (const p of [a, b, fresh]) await p.close();
  });
});
