import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, LISTED_AS, type Requirements, SIDES, type SkillSummary } from '../analysis/types';
import { LEVELS, type Level } from '../profile/levels';
import { emptyProfile, type Profile } from '../profile/schema';
import { computeFit } from './index';

const ids = [
  'python',
  'pytorch',
  'sql',
  'aws',
  'docker',
  'kubernetes',
  'spark',
  'mlflow',
  'git',
  'rust',
  'cuda',
  'gcp',
  'tensorflow',
  'azure',
  'postgresql',
  'mysql',
];

const skillArb: fc.Arbitrary<SkillSummary> = fc.record({
  id: fc.constantFrom(...ids),
  name: fc.constantFrom('A', 'B', 'C'),
  category: fc.constantFrom(...CATEGORIES),
  side: fc.constantFrom(...SIDES),
  count: fc.integer({ min: 1, max: 5 }),
  listedAs: fc.constantFrom(...LISTED_AS),
});
const postingArb = fc.uniqueArray(skillArb, { selector: (s) => s.id, maxLength: ids.length });
const levelsArb = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...LEVELS));
const reqArb: fc.Arbitrary<Requirements> = fc.record({
  years: fc.option(fc.record({ min: fc.integer({ min: 0, max: 15 }) }), { nil: null }),
  degree: fc.constant(null),
});
const yearsArb = fc.option(fc.integer({ min: 0, max: 30 }), { nil: null });

function profile(levels: Record<string, Level>, years: number | null = null): Profile {
  return {
    ...emptyProfile(),
    years,
    skills: Object.entries(levels).map(([skill, level]) => ({ skill, level })),
  };
}

describe('computeFit properties', () => {
  test('always an integer within 0..100, and the contributions add up to it', () => {
    fc.assert(
      fc.property(postingArb, levelsArb, reqArb, yearsArb, (skills, levels, req, years) => {
        const fit = computeFit(skills, req, profile(levels, years));
        expect(Number.isInteger(fit.score)).toBe(true);
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(100);
        expect(fit.matched.reduce((a, m) => a + m.points, 0)).toBe(fit.score);
        expect(fit.matched.every((m) => m.points >= 0)).toBe(true);
        expect(fit.matched.length + fit.missing.length).toBe(skills.length);
        for (let i = 1; i < fit.missing.length; i++) {
          expect(fit.missing[i - 1]?.gain ?? 0).toBeGreaterThanOrEqual(fit.missing[i]?.gain ?? 0);
        }
      }),
    );
  });

  test('monotone: adding a skill or raising a level never lowers the score', () => {
    fc.assert(
      fc.property(
        postingArb,
        levelsArb,
        fc.constantFrom(...ids),
        fc.constantFrom(...LEVELS),
        (skills, levels, id, lvl) => {
          const before = computeFit(skills, { years: null, degree: null }, profile(levels)).score;
          const current = levels[id];
          const raised: Level = current && LEVELS.indexOf(current) > LEVELS.indexOf(lvl) ? current : lvl;
          const after = computeFit(
            skills,
            { years: null, degree: null },
            profile({ ...levels, [id]: raised }),
          ).score;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  test('100 when every skill is held at expert and the years are met', () => {
    fc.assert(
      fc.property(
        postingArb.filter((s) => s.length > 0),
        reqArb,
        (skills, req) => {
          const all = Object.fromEntries(skills.map((s) => [s.id, 'expert' as Level]));
          const fit = computeFit(skills, req, profile(all, req.years ? req.years.min : 0));
          expect(fit.score).toBe(100);
          expect(fit.band).toBe('strong');
          expect(fit.missing).toEqual([]);
          expect(fit.years.met ?? true).toBe(true);
        },
      ),
    );
  });

  test('0 for an empty profile', () => {
    fc.assert(
      fc.property(postingArb, reqArb, (skills, req) => {
        const fit = computeFit(skills, req, emptyProfile());
        expect(fit.score).toBe(0);
        expect(fit.matched).toEqual([]);
      }),
    );
  });

  // The next three compare one held skill's share across two otherwise identical postings.
  const contextArb = fc
    .uniqueArray(skillArb, { selector: (s) => s.id, minLength: 1 })
    .map((s) => s.filter((x) => x.id !== 'python'));
  const heldShare = (target: SkillSummary, others: SkillSummary[]) =>
    computeFit([target, ...others], { years: null, degree: null }, profile({ python: 'expert' })).score;
  const base = { id: 'python', name: 'Python', side: 'engineering' as const, count: 1 };

  test('a required skill weighs more than the same skill preferred', () => {
    fc.assert(
      fc.property(
        contextArb.filter((s) => s.length >= 3),
        fc.constantFrom(...CATEGORIES),
        (others, category) => {
          const req = heldShare({ ...base, category, listedAs: 'required' }, others);
          const pref = heldShare({ ...base, category, listedAs: 'preferred' }, others);
          expect(req).toBeGreaterThan(pref);
        },
      ),
    );
  });

  test('core weighs more than nice-to-have; underemphasized stays close to core', () => {
    fc.assert(
      fc.property(
        contextArb.filter((s) => s.length >= 3),
        fc.constantFrom(...LISTED_AS),
        (others, listedAs) => {
          const core = heldShare({ ...base, category: 'core', listedAs }, others);
          const under = heldShare({ ...base, category: 'underemphasized', listedAs }, others);
          const nice = heldShare({ ...base, category: 'nice-to-have', listedAs }, others);
          expect(core).toBeGreaterThan(nice);
          expect(under).toBeGreaterThan(nice);
          expect(under).toBeLessThanOrEqual(core);
          expect(core - under).toBeLessThanOrEqual(Math.max(2, core * 0.15));
        },
      ),
    );
  });
});
