import { expect, test } from 'vitest';
import type { Harness } from './browser';
import { launchPerFile } from './per-file';

let h: Harness;
launchPerFile((harness) => {
  h = harness;
});

test('the extension loads and fixture hosts resolve to the local server', async () => {
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  h.server.page('https://www.linkedin.com/feed/', '<!doctype html><title>Feed</title><p>Hello</p>');
  const page = await h.context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  await expect(page.textContent('p')).resolves.toBe('Hello');
  expect(h.server.requests.some((r) => r.host === 'www.linkedin.com')).toBe(true);
  expect(await h.badgeText(await h.tabId(page))).toBe('');
});
