import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  collectErrors,
  fixture,
  highlightedTexts,
  openFixture,
  ownHosts,
  readHighlights,
  strayRanges,
  waitForHighlights,
} from '../support/site-pages';
import { EXTENSION_DIR, type Harness } from './browser';
import { layoutShifts, settled } from './paint';
import { launchPerFile } from './per-file';

/** The content script's life on a page: SPA switches, "see more", hostile text, staying unnoticed. */

let h: Harness;
launchPerFile((harness) => {
  h = harness;
});

/**
 * Event listeners on document and window in every world of the page, the content script's
 * isolated world included (DevTools reports listeners per world: ask each context).
 */
async function listenerCount(page: Page): Promise<number> {
  const cdp = await h.context.newCDPSession(page);
  const contexts: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context.id));
  await cdp.send('Runtime.enable');
  let total = 0;
  for (const contextId of contexts)
    for (const expression of ['document', 'window']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
      if (!result.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      total += listeners.length;
    }
  await cdp.detach();
  if (contexts.length < 2) throw new Error('the content script world is missing');
  return total;
}

const SPA_SKILLS = [
  ['PyTorch', 'Kubernetes', 'PostgreSQL'],
  ['TensorFlow', 'Docker', 'Snowflake'],
  ['JAX', 'MLflow', 'BigQuery'],
  ['Kubeflow', 'Airflow', 'Redshift'],
  ['Weights & Biases', 'Terraform', 'Azure'],
];

test('50 job switches in a single-page pane: highlights always belong to the shown posting, nothing piles up', async () => {
  h.server.page('https://www.linkedin.com/jobs/search/', fixture('linkedin-spa'));
  const page = await h.context.newPage();
  const errors = collectErrors(page);
  await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=4100000000');
  const shows = (i: number) => (texts: string[]) => {
    const own = SPA_SKILLS[i % 5] ?? [];
    const others = SPA_SKILLS.filter((_, k) => k !== i % 5).flat();
    return own.every((s) => texts.includes(s)) && !texts.some((t) => others.includes(t));
  };
  await waitForHighlights(page, (d) => shows(0)(d.flatMap(([, t]) => t)));
  const firstCounts = new Map<number, number>();
  firstCounts.set(0, (await highlightedTexts(page)).length);
  const listenersBefore = await listenerCount(page);
  expect(listenersBefore).toBeGreaterThan(0);

  for (let i = 1; i <= 50; i++) {
    await page.evaluate((n) => (window as unknown as { showJob(n: number): void }).showJob(n), i);
    await waitForHighlights(page, (d) => shows(i)(d.flatMap(([, t]) => t)));
    // Every range sits in the pane's current description, none in a detached old one.
    expect(await strayRanges(page, '#job-details')).toEqual([]);
    const count = (await highlightedTexts(page)).length;
    const first = firstCounts.get(i % 5);
    if (first === undefined) firstCounts.set(i % 5, count);
    else expect(count).toBe(first);
    expect((await readHighlights(page)).length).toBeLessThanOrEqual(6);
    expect((await ownHosts(page)).chips).toBeLessThanOrEqual(1);
  }
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  expect(await listenerCount(page)).toBe(listenersBefore);
  expect(errors).toEqual([]);
  await h.screenshot(page, 'content-spa-after-50-switches');
  await page.close();
}, 120_000);

test('"see more" expands the text: it is analysed again and the new skills light up', async () => {
  const url = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4012345678';
  const page = await openFixture(h, url, 'linkedin-sdui-seemore');
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('PyTorch')));
  expect(await highlightedTexts(page)).not.toContain('MLflow');
  await page.click('[data-testid="expandable-text-button"]');
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('MLflow')));
  expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['PyTorch', 'SQL', 'Kafka']));
  expect(await strayRanges(page, '[data-testid="expandable-text-box"]')).toEqual([]);
  await page.close();
});

test('hostile text in a posting stays text: no dialog, no new elements, still highlighted', async () => {
  const url = 'https://www.linkedin.com/jobs/view/4012345678/';
  h.server.page(url, fixture('linkedin-hostile'));
  const page = await h.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  const elementsBefore = await page.evaluate(() => document.querySelectorAll('#job-details *').length);
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('MLflow')));
  // The whole pipeline has run once the chip is up: only then look for what must not be there.
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  expect(dialogs).toEqual([]);
  expect(await page.title()).not.toBe('pwned');
  expect(await page.evaluate(() => document.querySelectorAll('#job-details *').length)).toBe(elementsBefore);
  expect(
    await page.evaluate(
      () => document.querySelectorAll('#job-details img, #job-details script, #job-details svg').length,
    ),
  ).toBe(0);
  expect(await highlightedTexts(page)).toEqual(
    expect.arrayContaining(['Python', 'PyTorch', 'SQL', 'MLflow', 'AWS']),
  );
  expect(await page.textContent('#job-details')).toContain('<img src=x onerror=');
  await h.screenshot(page, 'content-hostile');
  await page.close();
});

test('the page does not notice: no extension URL or id in the DOM, no requests, no layout shift', async () => {
  const url = 'https://www.linkedin.com/jobs/search/';
  h.server.page(url, fixture('linkedin-classic'));
  const page = await h.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    const w = window as unknown as { __top: number | null };
    w.__top = null;
    document.addEventListener('DOMContentLoaded', () => {
      w.__top = document.querySelector('#job-details')?.getBoundingClientRect().top ?? null;
    });
  });
  const errors = collectErrors(page);
  await page.goto(`${url}?currentJobId=4012345678`);
  await waitForHighlights(page);
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  // The chip is placed and painted: every shift it could cause is in the page's record.
  await settled(page);
  expect(await layoutShifts(page)).toBe(0);
  const { top, nowTop } = await page.evaluate(() => ({
    top: (window as unknown as { __top: number | null }).__top,
    nowTop: document.querySelector('#job-details')?.getBoundingClientRect().top,
  }));
  expect(nowTop).toBe(top);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  expect(html).not.toContain('chrome-extension://');
  expect(html).not.toContain(h.extensionId);
  expect(requests.filter((r) => !r.startsWith(url) && !r.endsWith('/favicon.ico'))).toEqual([]);
  expect(errors).toEqual([]);
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  await page.close();
});

test('a 5 MB posting is analysed within a bound: the page stays responsive', async () => {
  const url = 'https://www.linkedin.com/jobs/view/4055555555/';
  const paragraph =
    '<p>We deploy PyTorch models on Kubernetes, query BigQuery with SQL, and track runs in MLflow. Nice to have: Spark.</p>\n';
  const huge = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
  h.server.page(url, fixture('linkedin-classic').replace('<div class="mt4">', `<div class="mt4">${huge}`));
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { timeout: 60_000 });
  const loaded = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('MLflow')), 30_000);
  const ranges = (await highlightedTexts(page)).length;
  // Only the first 60k characters are read: about 520 paragraphs, 5 mentions each.
  expect(ranges).toBeGreaterThan(100);
  expect(ranges).toBeLessThan(3_000);
  const t0 = Date.now();
  await page.evaluate(() => 1);
  expect(Date.now() - t0).toBeLessThan(1000);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(
    `5 MB posting: ${ranges} ranges; longest task ${Math.round(longest)} ms (page load alone ${Math.round(loaded)} ms)`,
  );
  expect(longest).toBeLessThan(Math.max(loaded, 0) + 1000);
  await page.close();
}, 90_000);

test('Indeed search: selecting another job (new vjk, pane re-rendered) moves the highlights to it', async () => {
  const url = 'https://uk.indeed.com/jobs?q=machine+learning&vjk=0123456789abcdef';
  const page = await openFixture(h, url, 'indeed-search');
  await waitForHighlights(page, (d) => d.some(([, t]) => t.includes('MLflow')));
  await page.evaluate(() => {
    history.pushState({}, '', '/jobs?q=machine+learning&vjk=fedcba9876543210');
    const pane = document.querySelector('#jobsearch-ViewjobPaneWrapper .jobsearch-JobComponent');
    const title = document.createElement('h2');
    title.setAttribute('data-testid', 'jobsearch-JobInfoHeader-title');
    title.textContent = 'Machine Learning Engineer, Search';
    const description = document.createElement('div');
    description.id = 'jobDescriptionText';
    for (const line of [
      'We rank products for millions of shoppers and ship models to production every week.',
      'Requirements: TensorFlow, Snowflake and Terraform; model serving with low latency budgets.',
    ]) {
      const p = document.createElement('p');
      p.textContent = line;
      description.append(p);
    }
    pane?.replaceChildren(title, description);
  });
  await waitForHighlights(page, (d) => {
    const texts = d.flatMap(([, t]) => t);
    return texts.includes('TensorFlow') && !texts.includes('MLflow');
  });
  expect(await strayRanges(page, '#jobDescriptionText')).toEqual([]);
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  await page.close();
});
