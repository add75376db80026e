import type { Page } from 'puppeteer-core';
import { until } from '../support/seed';

/**
 * What a job page itself can read of the extension's work, in Firefox. Highlights are read
 * from every entry of the page's CSS.highlights registry, whatever their names: the tests
 * check which words are covered, not how the registry is laid out.
 */

export interface HighlightedRange {
  text: string;
  /** The range lies inside the element `selector` names (and is attached to the page). */
  inside: boolean;
}

export function highlightedRanges(page: Page, selector: string): Promise<HighlightedRange[]> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel);
    return [...CSS.highlights.values()].flatMap((highlight) =>
      ([...highlight] as Range[]).map((r) => ({
        text: r.toString(),
        inside: r.startContainer.isConnected && !!box && box.contains(r.commonAncestorContainer),
      })),
    );
  }, selector);
}

/** Waits until every word of `words` is covered by a highlighted range (the content script debounces). */
export async function waitForHighlighted(
  page: Page,
  selector: string,
  words: string[],
): Promise<HighlightedRange[]> {
  return until(
    () => highlightedRanges(page, selector),
    (ranges) => words.every((w) => ranges.some((r) => r.text === w)),
    15_000,
  );
}

/**
 * The chip as the page meets it: how many hosts there are, and at how many viewport points
 * (a 10 px grid) the page hits one. The host itself may be a 0×0 anchor; what Firefox drew
 * inside its closed shadow root is hit-tested as the host.
 */
export function chipPresence(page: Page): Promise<{ hosts: number; area: number }> {
  return page.evaluate(() => {
    let area = 0;
    for (let x = 0; x < innerWidth; x += 10)
      for (let y = 0; y < innerHeight; y += 10)
        if (document.elementFromPoint(x, y)?.localName === 'ml-fit-chip') area++;
    return { hosts: document.querySelectorAll('ml-fit-chip').length, area };
  });
}
