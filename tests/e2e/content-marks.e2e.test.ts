import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleForPage, LIB } from '../support/bundle';
import { fixture } from '../support/site-pages';

/**
 * The <mark> fallback (browsers without CSS.highlights) in real Chromium: the content script's
 * own reading and painting (text-map, annotate's paint) with the mark highlighter, fed by the
 * engine as the background runs it, injected into a saved LinkedIn page.
 */

let browser: Browser;
let harness: string;
beforeAll(async () => {
  harness = await bundleForPage(`
import { analyzePosting } from ${JSON.stringify(`${LIB}/analysis/index.ts`)};
import { paint } from ${JSON.stringify(`${LIB}/content/annotate.ts`)};
import { extractText } from ${JSON.stringify(`${LIB}/content/text-map.ts`)};
import { markHighlighter } from ${JSON.stringify(`${LIB}/highlight/marks.ts`)};
const h = markHighlighter(document);
let items = [];
(globalThis as any).__marks = {
  annotate() {
    const el = document.getElementById('job-details')!;
    const map = extractText(el);
    const { mentions } = analyzePosting({ text: map.text, title: 'Machine Learning Engineer' });
    items = paint(map, mentions, h);
    return items.map((i) => mentions[i.key]!.text);
  },
  at(x: number, y: number) {
    const item = h.itemAt(x, y, document.elementFromPoint(x, y));
    return item ? item.key : -1;
  },
  clear() { h.clear(); },
};`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
});

async function load(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(fixture('linkedin-classic'));
  await page.addScriptTag({ content: harness });
  return page;
}

test('marks wrap every mention as text, point back to it, and leave no trace when cleared', async () => {
  const page = await load();
  const before = await page.evaluate(() => document.getElementById('job-details')?.outerHTML);
  const textBefore = await page.textContent('#job-details');
  const texts = (await page.evaluate('__marks.annotate()')) as string[];
  expect(texts).toEqual(expect.arrayContaining(['PyTorch', 'SQL', 'MLflow']));
  const marks = await page.$$eval('#job-details mark[data-ml-fit]', (ms) =>
    ms.map((m) => [m.textContent, m.getAttribute('data-ml-fit')]),
  );
  expect(marks.map(([t]) => t).join('|')).toBe(texts.join('|'));
  expect(marks).toEqual(
    expect.arrayContaining([
      ['Python', 'core'],
      ['SQL', 'underemphasized'],
      ['PyTorch', 'core'],
    ]),
  );
  expect(await page.textContent('#job-details')).toBe(textBefore);
  expect(
    await page.$$eval('mark[data-ml-fit]', (ms) => ms.filter((m) => !m.closest('#job-details')).length),
  ).toBe(0);

  const box = await page.$eval('#job-details mark[data-ml-fit="core"]', (m) => {
    const r = m.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: m.textContent };
  });
  const key = (await page.evaluate(`__marks.at(${box.x}, ${box.y})`)) as number;
  expect(texts[key]).toBe(box.text);
  await page.screenshot({ path: 'test-output/screenshots/content-marks-fallback.png' });

  await page.evaluate('__marks.clear()');
  expect(await page.evaluate(() => document.getElementById('job-details')?.outerHTML)).toBe(before);
  await page.close();
});
