// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { GREENHOUSE_BOARD } from './greenhouse/selectors';
import { INDEED } from './indeed/selectors';
import { LINKEDIN_CLASSIC, LINKEDIN_GUEST, LINKEDIN_SDUI } from './linkedin/selectors';

/** The shape of the data, checked here rather than at run time (the data ships with the code). */
const SelectorEntrySchema = z.strictObject({
  selector: z.string().check(z.minLength(1)),
  since: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  note: z.string().check(z.minLength(3)),
});
const SelectorSetSchema = z.record(z.string(), z.array(SelectorEntrySchema));

const SETS = { LINKEDIN_CLASSIC, LINKEDIN_SDUI, LINKEDIN_GUEST, INDEED, GREENHOUSE_BOARD };

describe.each(Object.entries(SETS))('%s selector data', (_name, set) => {
  test('every entry is dated and explained', () => {
    expect(SelectorSetSchema.safeParse(set).success).toBe(true);
  });
  test('the shape check rejects an undated or unexplained entry', () => {
    const [list = []] = Object.values(set);
    const first = list[0];
    expect(first).toBeDefined();
    expect(SelectorSetSchema.safeParse({ x: [{ ...first, since: '2025-13' }] }).success).toBe(false);
    expect(SelectorSetSchema.safeParse({ x: [{ ...first, note: '' }] }).success).toBe(false);
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
