import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch } from './browser';

/** The options page in real Chromium (light theme): onboarding, picker, reload, import. */

let h: Harness;
let page: Page;
const fixture = (name: string) => readFileSync(join('tests/fixtures/options', name));

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Skill names shown in the profile's groups, in page order. */
async function heldSkills(p: Page): Promise<string[]> {
  return p
    .locator('.skill-groups .skill-row__name')
    .evaluateAll((els) => els.map((el) => el.firstChild?.textContent?.trim() ?? ''));
}

/** Types into the picker and presses keys, keyboard only. */
async function pick(p: Page, text: string, keys: string[] = ['Enter']) {
  const input = p.getByRole('combobox', { name: 'Add a skill' });
  await input.focus();
  await p.keyboard.type(text);
  for (const key of keys) await p.keyboard.press(key);
}

describe('options page', () => {
  test('opens on the onboarding after install', async () => {
    // The background opens the options page on install, around the time launch() returns:
    // poll rather than wait for an event that may already have fired.
    let opened: Page | undefined;
    for (let i = 0; i < 150 && !opened; i++) {
      opened = h.context.pages().find((p) => p.url().includes('/options.html'));
      if (!opened) await new Promise((r) => setTimeout(r, 100));
    }
    if (!opened) throw new Error('no options page opened on install');
    await expect(
      opened.getByRole('heading', { name: 'Welcome. What is your background?' }).waitFor(),
    ).resolves.toBeUndefined();
    await opened.close();
  });

  test('onboarding: background, then skills with the keyboard only; they survive a reload', async () => {
    page = await h.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Welcome. What is your background?' }).waitFor();
    await h.screenshot(page, 'options-onboarding-light');

    await page.getByRole('radio', { name: /Backend \/ software engineer/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Add your skills' }).waitFor();

    await pick(page, 'pytorch'); // exact name: Enter adds it
    await pick(page, 'k8s'); // alias
    await pick(page, 'postgre', ['ArrowDown', 'Enter']); // prefix: choose from the list
    await pick(page, 'Prolog'); // unknown: kept as the user's own skill
    await page.getByText('4 skills in your profile.').waitFor();
    await h.screenshot(page, 'options-onboarding-skills-light');
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('navigation', { name: 'Settings sections' }).waitFor();
    expect(await heldSkills(page)).toEqual(['Kubernetes', 'PyTorch', 'PostgreSQL', 'Prolog']);
    await expect(page.getByRole('heading', { name: 'Core (2)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Underemphasized (1)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Your own skills (1)' }).isVisible()).resolves.toBe(true);

    await page.getByRole('combobox', { name: 'Level of PyTorch' }).selectOption('expert');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await page.reload();
    await page.getByRole('navigation', { name: 'Settings sections' }).waitFor(); // no onboarding again
    expect(await heldSkills(page)).toEqual(['Kubernetes', 'PyTorch', 'PostgreSQL', 'Prolog']);
    await expect(page.getByRole('combobox', { name: 'Level of PyTorch' }).inputValue()).resolves.toBe(
      'expert',
    );
    await expect(page.getByLabel('Background').inputValue()).resolves.toBe('backend-engineer');
    await h.screenshot(page, 'options-profile-light');
  });

  test('shows the picker’s suggestions with category and side', async () => {
    await pick(page, 'snow', []);
    const listbox = page.getByRole('listbox', { name: 'Matching skills' });
    await listbox.waitFor();
    await expect(listbox.getByRole('option').first().textContent()).resolves.toMatch(
      /Snowflake.*Underemphasized.*Engineering/,
    );
    await h.screenshot(page, 'options-picker-light');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  test('a change here shows at once in another open options page', async () => {
    const other = await h.openExtensionPage('options.html');
    await other.getByRole('navigation', { name: 'Settings sections' }).waitFor();
    await pick(page, 'docker');
    await other.getByRole('heading', { name: 'Core (3)' }).waitFor();
    await other.close();
  });

  test('imports a good file after a preview', async () => {
    await page.getByRole('link', { name: 'Import / export' }).click();
    await page.getByLabel('Choose a profile file…').setInputFiles({
      name: 'minimal.json',
      mimeType: 'application/json',
      buffer: fixture('minimal.json'),
    });
    await page.getByRole('heading', { name: 'Preview of minimal.json' }).waitFor();
    await expect(page.locator('.change-list').textContent()).resolves.toMatch(
      /Skills added \(1\)SQL \(working\)/,
    );
    await h.screenshot(page, 'options-import-preview-light');
    await page.getByRole('button', { name: 'Apply these changes' }).click();
    await page.getByText('Imported minimal.json.').waitFor();
    await page.getByRole('link', { name: 'Profile' }).click();
    expect(await heldSkills(page)).toEqual(['PyTorch', 'SQL']);
    await expect(page.getByLabel('Background').inputValue()).resolves.toBe('backend-engineer'); // kept
  });

  const bad: Array<[string, string | Buffer, RegExp]> = [
    [
      'bad-not-json.json',
      fixture('bad-not-json.json'),
      /not valid JSON: it breaks at line 4, column 3: expected a value/,
    ],
    [
      'bad-version.json',
      fixture('bad-version.json'),
      /format version 3, from a newer ML Fit; this version of ML Fit reads version 1/,
    ],
    [
      'bad-types.json',
      fixture('bad-types.json'),
      /skills\[0\]\.years: expected a number, got the text "five"/,
    ],
  ];
  for (const [name, buffer, message] of bad) {
    test(`refuses ${name} with a clear message and leaves the profile as it was`, async () => {
      await page.getByRole('link', { name: 'Import / export' }).click();
      await page
        .getByLabel('Choose a profile file…')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(buffer) });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(message);
      await expect(alert.textContent()).resolves.toMatch(/Your profile was not changed\.$/);
      await page.reload();
      await page.getByRole('link', { name: 'Profile' }).click();
      expect(await heldSkills(page)).toEqual(['PyTorch', 'SQL']);
    });
  }

  test('refuses a 50 MB file by size', async () => {
    const path = join(tmpdir(), `ml-fit-huge-${process.pid}.json`);
    writeFileSync(path, Buffer.alloc(50_000_000, 32));
    try {
      await page.getByRole('link', { name: 'Import / export' }).click();
      await page.getByLabel('Choose a profile file…').setInputFiles(path);
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(
        /is 50 MB; a profile file is at most 1 MB\. Nothing was imported\./,
      );
      await h.screenshot(page, 'options-import-error-light');
    } finally {
      rmSync(path, { force: true });
    }
    await page.getByRole('link', { name: 'Profile' }).click();
    expect(await heldSkills(page)).toEqual(['PyTorch', 'SQL']);
  });

  test('lists unknown skills in the preview before anything is written', async () => {
    await page.getByRole('link', { name: 'Import / export' }).click();
    await page.getByLabel('Choose a profile file…').setInputFiles({
      name: 'unknown-skills.json',
      mimeType: 'application/json',
      buffer: fixture('unknown-skills.json'),
    });
    await page
      .getByText(/kept as your own skills at level “working”: Underwater basket weaving, Lute making\./)
      .waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: 'Profile' }).click();
    expect(await heldSkills(page)).toEqual(['PyTorch', 'SQL']);
  });

  test('finds skills in a pasted résumé and adds the ticked ones', async () => {
    await page
      .getByLabel('Résumé text')
      .fill(
        'Backend engineer. Built services in Go and Python, deployed with Docker and Kubernetes on AWS; Kafka pipelines.',
      );
    await page.getByRole('button', { name: 'Find skills' }).click();
    const found = page.locator('.proposals');
    await found.waitFor();
    await expect(found.getByRole('checkbox', { name: /Kubernetes/ }).isChecked()).resolves.toBe(true);
    await found.getByRole('checkbox', { name: /Kafka/ }).uncheck();
    await found.getByRole('combobox', { name: 'Level of Docker' }).selectOption('expert');
    await h.screenshot(page, 'options-resume-light');
    await found.getByRole('button', { name: /^Add \d+ skills?$/ }).click();
    const held = await heldSkills(page);
    expect(held).toEqual(expect.arrayContaining(['Docker', 'Kubernetes', 'Python', 'AWS']));
    expect(held).not.toContain('Apache Kafka');
    expect(held).not.toContain('Kafka');
    await expect(page.getByRole('combobox', { name: 'Level of Docker' }).inputValue()).resolves.toBe(
      'expert',
    );
  });

  test('an unreadable stored profile is reported, kept, and replaced only on request', async () => {
    // Write a corrupt row straight into the extension's IndexedDB, as a bug or a bad edit might.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ml-fit');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('profile', 'readwrite');
            tx.objectStore('profile').put({
              id: 'me',
              profile: { skills: [{ skill: 'pytorch', level: 'guru' }] },
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(
      /Your stored profile could not be read \(skills\[0\]\.level: expected one of learning, working, expert, got the text "guru"/,
    );
    await expect(page.getByRole('combobox', { name: 'Add a skill' }).count()).resolves.toBe(0);
    await h.screenshot(page, 'options-unreadable-light');
    await page.reload(); // still there: nothing overwrote it
    await alert.waitFor();
    await page.getByRole('button', { name: /Start a new profile/ }).click();
    await page.getByRole('combobox', { name: 'Add a skill' }).waitFor();
    expect(await heldSkills(page)).toEqual([]);
  });
});
