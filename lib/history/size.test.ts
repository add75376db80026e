import { expect, test } from 'vitest';
import { generateRows } from '../../tests/fixtures/history/generate';
import { skillCodes } from './schema';

// The budget: 10,000 saved postings under 20 MB. IndexedDB stores a structured clone,
// close to the JSON size (Chromium then compresses it); the serialised size is the deterministic bound.
test('10,000 generated postings serialise to well under 20 MB', () => {
  const rows = generateRows(10_000);
  const bytes = new TextEncoder().encode(JSON.stringify(rows)).length;
  expect(rows.reduce((n, r) => n + skillCodes(r).length, 0)).toBeGreaterThan(100_000);
  expect(bytes).toBeLessThan(10 * 1024 * 1024);
});
