import type { Page } from 'playwright-core';

/** Paint measurements read from a page, shared by the real-Chromium tests and the benchmarks. */

/** First contentful paint, in ms since navigation start. */
export function firstPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** Number of layout shifts recorded since the page loaded (buffered). */
export function layoutShifts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        new PerformanceObserver((list) => {
          count += list.getEntries().length;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(count), 100);
      }),
  );
}
