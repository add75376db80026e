import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_RULED, mayNegate, NegationHints } from './not-asked';

/** Pieces that make and break the words mayNegate looks for: "not", "n't", "n’t", "never". */
const PIECE = fc.constantFrom(
  'n',
  'N',
  'o',
  'O',
  't',
  'T',
  "'",
  '’',
  'e',
  'v',
  'r',
  'nev',
  'not',
  ' ',
  'x',
  'an',
);

describe('NegationHints', () => {
  it('answers as mayNegate for windows asked in text order, and out of it', () => {
    fc.assert(
      fc.property(
        fc.array(PIECE, { maxLength: 60 }).map((p) => p.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 25 }),
        fc.boolean(),
        (text, windows, sorted) => {
          const asked = windows.map(([at, len]) => {
            const from = text.length === 0 ? 0 : at % (text.length + 1);
            return [from, Math.min(text.length, from + len)] as const;
          });
          if (sorted) asked.sort((a, b) => a[0] - b[0]);
          const hints = new NegationHints(text);
          for (const [from, to] of asked) expect(hints.within(from, to)).toBe(mayNegate(text, from, to));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the words at a window edge only when whole inside it', () => {
    const text = 'we do not, and never will';
    const hints = new NegationHints(text);
    expect(hints.within(0, 8)).toBe(false);
    expect(hints.within(0, 9)).toBe(true);
    expect(hints.within(7, 19)).toBe(false);
    expect(hints.within(7, 20)).toBe(true);
  });
});

describe('the rules for one skill each', () => {
  it('are read for every id they name: idRule names only ids of ID_RULED', () => {
    const source = readFileSync(new URL('./not-asked.ts', import.meta.url), 'utf8');
    const body = source.slice(
      source.indexOf('function idRule('),
      source.indexOf('\n}\n', source.indexOf('function idRule(')),
    );
    const named = [...body.matchAll(/\bid === '([^']+)'/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !ID_RULED.includes(id as string))).toEqual([]);
  });
});
