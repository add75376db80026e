import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NO_REQUIREMENTS, profileWith, skill } from '../../tests/support/fit';
import { skillById } from '../analysis/catalogue';
import { LEVELS } from '../profile/levels';
import { computeFit } from './index';
import { RELATED_GROUPS, relativesOf } from './related';

describe('related-skills data', () => {
  test('every skill is a catalogue id, each group has two or more, none repeated in a group', () => {
    for (const group of RELATED_GROUPS) {
      expect(group.skills.length, group.name).toBeGreaterThanOrEqual(2);
      expect(new Set(group.skills).size, group.name).toBe(group.skills.length);
      for (const id of group.skills) expect(skillById(id), `${group.name}: ${id}`).toBeDefined();
    }
  });

  test('groups are named once and sorted inside, so a review diff stays small', () => {
    const names = RELATED_GROUPS.map((g) => g.name);
    expect(new Set(names).size).toBe(names.length);
    for (const group of RELATED_GROUPS) expect(group.skills).toEqual([...group.skills].sort());
  });

  test('no pair of skills is related through two groups', () => {
    const seen = new Map<string, string>();
    for (const group of RELATED_GROUPS) {
      for (const a of group.skills) {
        for (const b of group.skills) {
          if (a >= b) continue;
          const key = `${a}|${b}`;
          expect(seen.get(key), `${key} in ${group.name}`).toBeUndefined();
          seen.set(key, group.name);
        }
      }
    }
  });

  test('the relation is symmetric and covers the pairs users ask about', () => {
    for (const [a, b] of [
      ['pytorch', 'tensorflow'],
      ['aws', 'gcp'],
      ['sagemaker', 'vertex-ai'],
      ['s3', 'gcs'],
      ['postgresql', 'mysql'],
      ['airflow', 'prefect'],
      ['kafka', 'kinesis'],
      ['docker', 'podman'],
      ['mlflow', 'weights-and-biases'],
    ] as const) {
      expect(relativesOf(a)).toContain(b);
      expect(relativesOf(b)).toContain(a);
    }
    expect(relativesOf('python')).toEqual([]);
  });
});

// Example 3 in lib/fit/README.md: PyTorch core required (weight 1) and SQL underemphasized
// required (0.9), 1.9 in all.
const posting = [skill('pytorch', 'core'), skill('sql', 'underemphasized')];

describe('transferable skills in the fit', () => {
  test('an expert relative earns 0.35 of the skill: 100 × 0.35 / 1.9 = 18.4 → 18', () => {
    const fit = computeFit(posting, NO_REQUIREMENTS, profileWith({ tensorflow: 'expert' }));
    expect(fit.score).toBe(18);
    expect(fit.matched).toHaveLength(1);
    expect(fit.matched[0]).toMatchObject({
      skill: 'pytorch',
      level: null,
      via: { skill: 'tensorflow', name: 'TensorFlow', level: 'expert' },
      points: 18,
      // 52.6 at expert, rounded 53, minus 18.
      gain: 35,
    });
    expect(fit.missing.map((m) => m.skill)).toEqual(['sql']);
    expect(fit.byCategory.core).toMatchObject({ held: 0, points: 18 });
  });

  test('a working relative: 100 × 0.35 × 0.85 / 1.9 = 15.7 → 16; a learning one 7.4 → 7', () => {
    expect(computeFit(posting, NO_REQUIREMENTS, profileWith({ jax: 'working' })).score).toBe(16);
    expect(computeFit(posting, NO_REQUIREMENTS, profileWith({ keras: 'learning' })).score).toBe(7);
  });

  test('the best relative is named; the skill itself replaces any relative', () => {
    const two = computeFit(posting, NO_REQUIREMENTS, profileWith({ jax: 'learning', tensorflow: 'working' }));
    expect(two.matched[0]?.via).toMatchObject({ skill: 'tensorflow', level: 'working' });
    const own = computeFit(
      posting,
      NO_REQUIREMENTS,
      profileWith({ pytorch: 'learning', tensorflow: 'expert' }),
    );
    expect(own.matched[0]).toMatchObject({ skill: 'pytorch', level: 'learning', via: null });
    // 100 × 0.4 / 1.9 = 21.1 → 21, above the 18 an expert relative earns.
    expect(own.score).toBe(21);
  });

  test('a free-text entry naming a relative counts as that relative at working level', () => {
    const fit = computeFit(posting, NO_REQUIREMENTS, { ...profileWith({}), freeText: ['Tensorflow'] });
    expect(fit.matched[0]?.via).toMatchObject({ skill: 'tensorflow', level: 'working' });
    expect(fit.score).toBe(16);
  });

  test('property: the skill itself at any level beats any relative at any level', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.constantFrom(...LEVELS), (own, rel) => {
        const mine = computeFit([skill('pytorch', 'core')], NO_REQUIREMENTS, profileWith({ pytorch: own }));
        const related = computeFit(
          [skill('pytorch', 'core')],
          NO_REQUIREMENTS,
          profileWith({ tensorflow: rel }),
        );
        expect(mine.score).toBeGreaterThan(related.score);
      }),
    );
  });

  test('property: through a relative, learning < working < expert', () => {
    // Example 4 in lib/fit/README.md: one skill, so the score is 100 × 0.35 × the level's credit.
    const scores = LEVELS.map(
      (level) =>
        computeFit([skill('aws', 'underemphasized')], NO_REQUIREMENTS, profileWith({ gcp: level })).score,
    );
    expect(scores).toEqual([14, 30, 35]);
  });
});
