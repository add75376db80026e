import { describe, expect, test } from 'vitest';
import { seenWords } from './seen-wording';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const DAY = 86_400_000;
const at = (daysAgo: number) => NOW - daysAgo * DAY;

describe('seenWords', () => {
  test.each([
    [0, '72 · seen today', 'Seen today, fit 72'],
    [0.9, '72 · seen today', 'Seen today, fit 72'],
    [1, '72 · seen 1 d ago', 'Seen yesterday, fit 72'],
    [3, '72 · seen 3 d ago', 'Seen 3 days ago, fit 72'],
    [13.5, '72 · seen 13 d ago', 'Seen 13 days ago, fit 72'],
    [14, '72 · seen 2 wk ago', 'Seen 2 weeks ago, fit 72'],
    [59, '72 · seen 8 wk ago', 'Seen 8 weeks ago, fit 72'],
    [60, '72 · seen 2 mo ago', 'Seen 2 months ago, fit 72'],
    [400, '72 · seen 13 mo ago', 'Seen 13 months ago, fit 72'],
  ])('%s days ago', (days, short, spoken) => {
    expect(seenWords(72, at(days), NOW)).toEqual({ short, spoken });
  });

  test('no fit when it was seen (no profile then); a fraction rounds; a date ahead of the clock is today', () => {
    expect(seenWords(null, at(3), NOW)).toEqual({ short: 'seen 3 d ago', spoken: 'Seen 3 days ago, no fit' });
    expect(seenWords(71.6, at(2), NOW).short).toBe('72 · seen 2 d ago');
    expect(seenWords(40, NOW + 5 * DAY, NOW).short).toBe('40 · seen today');
  });
});
