import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffProfiles } from './diff';
import { LEVELS } from './levels';
import { applyPatch, applyPatches, type ProfilePatch, patchesFromDiff } from './patch';
import { emptyProfile, type Profile } from './schema';

const start: Profile = {
  ...emptyProfile(),
  skills: [{ skill: 'pytorch', level: 'working', years: 2 }],
  freeText: ['Prolog'],
};

const PATCHES: ProfilePatch[] = [
  { op: 'put-skill', entry: { skill: 'sql', level: 'learning' } },
  { op: 'remove-skill', skill: 'pytorch' },
  { op: 'set-level', skill: 'sql', level: 'expert' },
  { op: 'set-skill-years', skill: 'sql', years: 3 },
  { op: 'add-free-text', text: 'Forth' },
  { op: 'remove-free-text', text: 'prolog' },
  { op: 'set-field', field: 'targetRole', value: 'MLOps engineer' },
  { op: 'set-field', field: 'years', value: 4 },
];

describe('profile patches', () => {
  it('each patch makes its one change', () => {
    const end = applyPatches(start, PATCHES);
    expect(end).toEqual({
      ...start,
      skills: [{ skill: 'sql', level: 'expert', years: 3 }],
      freeText: ['Forth'],
      targetRole: 'MLOps engineer',
      years: 4,
    });
    expect(start.skills).toHaveLength(1); // never mutated
  });

  it('every patch is idempotent, so unsaved patches may be laid over a row that has them', () => {
    for (const patch of PATCHES) {
      const once = applyPatch(applyPatches(start, PATCHES), patch);
      expect(applyPatch(once, patch)).toEqual(once);
    }
    expect(applyPatch(start, { op: 'add-free-text', text: 'PROLOG' }).freeText).toEqual(['Prolog']);
  });

  it('patches from a diff turn the old profile into the new one, keeping what else the row holds', () => {
    const skill = fc.record({
      skill: fc.constantFrom('python', 'sql', 'pytorch', 'docker', 'aws'),
      level: fc.constantFrom(...LEVELS),
    });
    const profile = fc.record({
      skills: fc.uniqueArray(skill, { selector: (s) => s.skill }),
      freeText: fc.uniqueArray(fc.constantFrom('Ada', 'Lisp', 'Forth'), {}),
      background: fc.constantFrom(null, 'research' as const, 'other' as const),
      years: fc.constantFrom(null, 1, 5),
      targetRole: fc.constantFrom(null, 'ML engineer'),
      updatedAt: fc.constant(0),
    });
    fc.assert(
      fc.property(profile, profile, (before, after) => {
        const patches = patchesFromDiff(diffProfiles(before, after));
        const result = applyPatches(before, patches);
        const bySkill = (p: Profile) => [...p.skills].sort((a, b) => a.skill.localeCompare(b.skill));
        expect(bySkill(result)).toEqual(bySkill(after));
        expect([...result.freeText].sort()).toEqual([...after.freeText].sort());
        expect([result.background, result.years, result.targetRole]).toEqual([
          after.background,
          after.years,
          after.targetRole,
        ]);
        // Applied to a row another page changed meanwhile, the other change survives.
        const other = applyPatches(before, [{ op: 'put-skill', entry: { skill: 'kafka', level: 'expert' } }]);
        expect(applyPatches(other, patches).skills).toContainEqual({ skill: 'kafka', level: 'expert' });
      }),
    );
  });
});
