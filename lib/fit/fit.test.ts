import { describe, expect, test } from 'vitest';
import { NO_REQUIREMENTS, profileWith, skill } from '../../tests/support/fit';
import { emptyProfile } from '../profile/schema';
import { computeFit } from './index';
import { largestRemainder } from './rounding';
import { bandFor } from './weights';

const posting = [
  skill('python', 'core'),
  skill('ml-pytorch', 'core'),
  skill('sql', 'underemphasized'),
  skill('aws', 'underemphasized', 'preferred'),
  skill('spark', 'nice-to-have', 'preferred'),
  skill('ml-evaluation', 'core', 'unspecified'),
];

describe('computeFit', () => {
  // Example 1 in lib/fit/README.md: the posting's weights are 1 + 1 + 0.9 + 0.45 + 0.2 + 0.75 =
  // 4.3; Python at expert earns 1, SQL at learning 0.9 × 0.4 = 0.36.
  test('scores earned weight over available weight: 100 × 1.36 / 4.3 = 31.6 → 32', () => {
    const fit = computeFit(posting, NO_REQUIREMENTS, profileWith({ python: 'expert', sql: 'learning' }));
    expect(fit).toMatchObject({ score: 32, band: 'stretch' });
    // Points 23.3 and 8.4 round by largest remainder to 23 + 9 = 32. Gains: SQL at expert
    // gives 100 × 1.9 / 4.3 = 44.2 → 44, so +12; Python is already at expert.
    expect(fit.matched.map((m) => [m.skill, m.points, m.gain])).toEqual([
      ['python', 23, 0],
      ['sql', 9, 12],
    ]);
    // PyTorch 100 × 2.36 / 4.3 = 54.9 → 55 (+23), evaluation 49.1 → 49 (+17),
    // AWS 42.1 → 42 (+10), Spark 36.3 → 36 (+4).
    expect(fit.missing.map((m) => [m.skill, m.points, m.gain])).toEqual([
      ['ml-pytorch', 0, 23],
      ['ml-evaluation', 0, 17],
      ['aws', 0, 10],
      ['spark', 0, 4],
    ]);
  });

  test('orders missing skills by what they would add, largest first', () => {
    const fit = computeFit(posting, NO_REQUIREMENTS, emptyProfile());
    // From nothing, each skill's gain is its share, 100 × weight / 4.3 (Example 1).
    expect(fit.missing.map((m) => [m.skill, m.gain])).toEqual([
      ['ml-pytorch', 23],
      ['python', 23],
      ['sql', 21],
      ['ml-evaluation', 17],
      ['aws', 10],
      ['spark', 5],
    ]);
  });

  test('gain is the rise the user would see with the skill at expert', () => {
    const profile = profileWith({ python: 'working' });
    const before = computeFit(posting, NO_REQUIREMENTS, profile);
    for (const item of [...before.missing, ...before.matched]) {
      const after = computeFit(
        posting,
        NO_REQUIREMENTS,
        profileWith({ python: 'working', [item.skill]: 'expert' }),
      );
      expect(after.score - before.score).toBe(item.gain);
    }
  });

  test('an empty posting scores 0 with nothing to compare', () => {
    const fit = computeFit(
      [],
      { years: { min: 3 }, degree: null },
      profileWith({ python: 'expert' }, { years: 5 }),
    );
    expect(fit).toMatchObject({ score: 0, band: 'stretch', matched: [], missing: [], weakerSide: null });
    expect(fit.advice).toMatch(/nothing to compare/);
    expect(fit.years).toEqual({ asked: { min: 3 }, yours: 5, met: true });
  });

  test('coverage per category and side adds up', () => {
    const fit = computeFit(
      posting,
      NO_REQUIREMENTS,
      profileWith({ python: 'expert', 'ml-pytorch': 'working' }),
    );
    // Example 2: Python 23.26 + PyTorch at working 100 × 0.85 / 4.3 = 19.77: 43.02 → 43. The
    // maxima are each category's and side's share of 4.3: core 2.75 → 64, underemphasized
    // 1.35 → 31, nice-to-have 0.2 → 5; ML (PyTorch, evaluation) 1.75 → 41, engineering 2.55 → 59.
    expect(fit.score).toBe(43);
    expect(fit.matched.map((m) => [m.skill, m.points])).toEqual([
      ['python', 23],
      ['ml-pytorch', 20],
    ]);
    expect(fit.byCategory.core).toMatchObject({ total: 3, held: 2, points: 43, max: 64 });
    expect(fit.byCategory.underemphasized).toMatchObject({ total: 2, held: 0, points: 0, max: 31 });
    expect(fit.byCategory['nice-to-have']).toMatchObject({ total: 1, held: 0, points: 0, max: 5 });
    expect(fit.bySide).toMatchObject({ ml: { points: 20, max: 41 }, engineering: { points: 23, max: 59 } });
    const maxes = Object.values(fit.byCategory).reduce((a, c) => a + c.max, 0);
    expect(maxes).toBe(100);
    expect(fit.bySide.ml.points + fit.bySide.engineering.points).toBe(fit.score);
    expect(fit.bySide.ml.max + fit.bySide.engineering.max).toBe(100);
  });

  test('names the weaker side and words the advice for the background', () => {
    const fit = computeFit(
      posting,
      NO_REQUIREMENTS,
      profileWith({ python: 'expert', sql: 'expert', aws: 'working' }, { background: 'backend-engineer' }),
    );
    expect(fit.weakerSide).toBe('ml');
    expect(fit.advice).toMatch(/production skills/);
    expect(fit.advice).toMatch(/ML side is thinner.*usual gap/);
    expect(fit.advice).toContain('ML-PYTORCH');
    const ds = computeFit(
      posting,
      NO_REQUIREMENTS,
      profileWith({ 'ml-pytorch': 'expert' }, { background: 'data-scientist' }),
    );
    expect(ds.weakerSide).toBe('engineering');
    expect(ds.advice).toMatch(/modelling knowledge/);
    expect(ds.advice).toMatch(/engineering side is thinner.*usual gap/);
    expect(ds.advice).toContain('PYTHON');
    const plain = computeFit(posting, NO_REQUIREMENTS, profileWith({ 'ml-pytorch': 'expert' }));
    expect(plain.advice).toMatch(/^Your engineering side is thinner for this posting:/);
  });

  test('says so when nothing is held, and when everything is held at expert', () => {
    const none = computeFit(posting, NO_REQUIREMENTS, profileWith({}));
    expect(none.advice).toMatch(
      /^None of the skills this posting names are in your profile yet\. The biggest gains: /,
    );
    const all = Object.fromEntries(posting.map((s) => [s.id, 'expert' as const]));
    expect(computeFit(posting, NO_REQUIREMENTS, profileWith(all)).advice).toMatch(/all at expert level/);
    // One side only, so no weaker side takes over the advice.
    const engineering = posting.filter((s) => s.side === 'engineering');
    const most = { ...all, python: 'working' as const };
    expect(computeFit(engineering, NO_REQUIREMENTS, profileWith(most)).advice).toMatch(
      /deepen the ones below expert/,
    );
  });

  test('every background gets its own wording', () => {
    const texts = new Set(
      (
        ['backend-engineer', 'data-scientist', 'data-engineer', 'research', 'phd-graduate', 'other'] as const
      ).map((background) => computeFit(posting, NO_REQUIREMENTS, profileWith({}, { background })).advice),
    );
    expect(texts.size).toBe(6);
  });

  test('compares the years asked with the profile', () => {
    const req = { years: { min: 5, max: 8 }, degree: null };
    expect(computeFit(posting, req, profileWith({}, { years: 3 })).years.met).toBe(false);
    expect(computeFit(posting, req, profileWith({}, { years: 5 })).years.met).toBe(true);
    expect(computeFit(posting, req, profileWith({})).years).toEqual({
      asked: req.years,
      yours: null,
      met: null,
    });
    expect(computeFit(posting, NO_REQUIREMENTS, profileWith({}, { years: 4 })).years.met).toBeNull();
  });

  test('free-text skills count as working when they name a posting skill', () => {
    const fit = computeFit([skill('ci-cd', 'core')], NO_REQUIREMENTS, {
      ...emptyProfile(),
      freeText: ['ci / cd'],
    });
    expect(fit.matched[0]).toMatchObject({ skill: 'ci-cd', level: 'working' });
    // Example 4: the one skill, credited as working: 100 × 0.85 = 85.
    expect(fit.score).toBe(85);
  });

  test('a skill listed twice counts once, at its strongest listing', () => {
    const fit = computeFit(
      [
        skill('python', 'core', 'preferred'),
        skill('python', 'core', 'required'),
        skill('sql', 'underemphasized'),
      ],
      NO_REQUIREMENTS,
      profileWith({ python: 'expert' }),
    );
    expect(fit.matched).toHaveLength(1);
    expect(fit.matched[0]?.listedAs).toBe('required');
  });

  test('bands', () => {
    expect([bandFor(100), bandFor(70), bandFor(69), bandFor(45), bandFor(44), bandFor(0)]).toEqual([
      'strong',
      'strong',
      'partial',
      'partial',
      'stretch',
      'stretch',
    ]);
  });
});

describe('largestRemainder', () => {
  test('integers that sum to the total, each within 1 of its share', () => {
    const shares = [33.3, 33.3, 33.4];
    expect(largestRemainder(shares, 100)).toEqual([33, 33, 34]);
    expect(largestRemainder([0.6, 0.6, 0.6, 0.2], 2)).toEqual([1, 1, 0, 0]);
    expect(largestRemainder([], 0)).toEqual([]);
  });
});
