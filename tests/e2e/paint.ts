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

/**
 * Number of layout shifts recorded since the page loaded, read once the page has rendered two
 * more frames (so a shift of its latest change is counted). The buffered entries are taken at
 * once (takeRecords), not after a pause.
 */
export function layoutShifts(page: Page): Promise<number> {
  // No named function inside: tsx (the benchmarks' runner) would wrap it in a `__name` helper
  // that does not exist in the page.
  return page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const count = observer.takeRecords().length;
    observer.disconnect();
    return count;
  });
}

/**
 * Viewport points (20 px grid) where the page's own hit test lands on the chip's host: what a
 * page script can measure of it, and what grows when the panel opens.
 */
export function chipHitCells(page: Page): Promise<number> {
  return page.evaluate(() => {
    let hits = 0;
    for (let x = 0; x < innerWidth; x += 20)
      for (let y = 0; y < innerHeight; y += 20)
        if (document.elementFromPoint(x, y)?.localName === 'ml-fit-chip') hits++;
    return hits;
  });
}

/**
 * Waits until the page has rendered two frames in a row with the extension's hosts (chip,
 * hover card, seen markers) in the same place and the same scroll position (the chip's
 * ResizeObserver placement runs inside a frame), then yields one task. A positive sign that
 * the extension's last placement has been laid out and painted, instead of a fixed pause.
 * Layout shifts are read with takeRecords (layoutShifts, recordLayoutShifts), so none is
 * missed for want of its observer's callback.
 */
export async function settled(page: Page, timeoutMs = 5000): Promise<void> {
  const ok = await page.evaluate(async (limit) => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const state = () =>
      [
        `${scrollX},${scrollY}`,
        ...[...document.querySelectorAll('ml-fit-chip, ml-fit-card, ml-fit-seen')].map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.localName} ${r.x},${r.y},${r.width},${r.height}`;
        }),
      ].join(';');
    const end = performance.now() + limit;
    await frame();
    let last = state();
    while (performance.now() < end) {
      await frame();
      await frame();
      const now = state();
      if (now === last) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        return true;
      }
      last = now;
    }
    return false;
  }, timeoutMs);
  if (!ok) throw new Error(`the page did not settle within ${timeoutMs} ms`);
}
