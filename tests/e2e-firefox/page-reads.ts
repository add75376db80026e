import type { Page } from 'puppeteer-core';
import { until } from '../fixtures/popup/seed';

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

/** The chip's hosts in the page, with their size (a host Firefox did not lay out has none). */
export function chips(page: Page): Promise<{ width: number; height: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('ml-fit-chip')].map((el) => {
      const { width, height } = el.getBoundingClientRect();
      return { width, height };
    }),
  );
}
