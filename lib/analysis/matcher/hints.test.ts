import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Hints } from './hints';
import type { Cue } from './scan';

describe('Hints.within', () => {
  it('answers as a plain search over the words, whatever order the questions come in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -20, max: 520 }), fc.integer({ min: 0, max: 90 })), {
          maxLength: 60,
        }),
        (starts, questions) => {
          const cues: Cue[] = [...starts]
            .sort((a, b) => a - b)
            .map((start, k) => ({ start, end: start + 3, code: k % 3 === 0 ? 2 : 1 }));
          const hints = new Hints(cues, 1);
          const at = cues.filter((c) => c.code === 1).map((c) => c.start);
          for (const [from, width] of questions) {
            const to = from + width;
            expect(hints.within(from, to)).toBe(at.some((s) => s >= from && s < to));
          }
        },
      ),
    );
  });
});
