// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { INDEED } from './indeed/selectors';
import { LINKEDIN_CLASSIC, LINKEDIN_GUEST, LINKEDIN_SDUI } from './linkedin/selectors';
import { SelectorSetSchema } from './selectors';

const SETS = { LINKEDIN_CLASSIC, LINKEDIN_SDUI, LINKEDIN_GUEST, INDEED };

describe.each(Object.entries(SETS))('%s selector data', (_name, set) => {
  test('every entry is dated and explained', () => {
    expect(SelectorSetSchema.safeParse(set).success).toBe(true);
  });
  test('every selector is valid CSS', () => {
    for (const entries of Object.values(set))
      for (const { selector } of entries)
        expect(() => document.querySelector(selector), selector).not.toThrow();
  });
  test('newest first within each list', () => {
    for (const entries of Object.values(set)) {
      const dates = entries.map((e) => e.since);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });
  test('no selector listed twice in a list', () => {
    for (const entries of Object.values(set)) {
      const selectors = entries.map((e) => e.selector);
      expect(new Set(selectors).size).toBe(selectors.length);
    }
  });
});

test('the SDUI layout selects by attribute only (its class names are per-build hashes)', () => {
  for (const entries of Object.values(LINKEDIN_SDUI))
    for (const { selector } of entries)
      expect(selector.replace(/"[^"]*"/g, '""')).not.toMatch(/[.#][a-z_-]/i);
});
