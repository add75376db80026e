import { describe, expect, test, vi } from 'vitest';
import { TEST_CATALOGUE } from '../../tests/support/profile-catalogue';
import { createLookups } from './catalogue-lookups';
import { parseProfileImport } from './import';
import { resolverOf, resolveThen } from './resolve-batch';
import { createSkillResolver } from './resolve-skill';
import { emptyProfile } from './schema';
import type { SkillLookup } from './skill-ref';
import { addTypedSkill } from './typed-skill';

const lookups = createLookups(TEST_CATALOGUE);

function recordingLookup() {
  const asked: string[][] = [];
  const lookup: SkillLookup = async (texts) => {
    asked.push([...texts]);
    return lookups.resolve(texts);
  };
  return { asked, lookup };
}

describe('resolveThen: a synchronous edit over names the background resolves', () => {
  test('an import comes out as with the catalogue at hand, its names asked in one batch', async () => {
    const file = JSON.stringify({
      skills: [{ skill: 'sklearn', level: 'expert' }, { skill: 'Basket weaving' }, { skill: 'PyTorch' }],
      freeText: ['k8s', 'Prolog'],
      ownSkills: [{ name: 'torch', level: 'learning' }],
    });
    const { asked, lookup } = recordingLookup();
    const { result, resolve } = await resolveThen((r) => parseProfileImport(file, { resolve: r }), lookup);
    expect(result).toEqual(parseProfileImport(file, { resolve: createSkillResolver(TEST_CATALOGUE) }));
    expect(result.ok && result.profile.skills.map((s) => s.skill)).toEqual([
      'scikit-learn',
      'pytorch',
      'kubernetes',
    ]);
    expect(asked).toEqual([['sklearn', 'Basket weaving', 'PyTorch', 'k8s', 'Prolog', 'torch']]);
    // The answers stay usable: the same edit on another profile asks nothing more.
    expect(resolve('k8s')?.id).toBe('kubernetes');
    expect(resolve('never asked')).toBeUndefined();
  });

  test('a typed skill: catalogue when the background knows it, own skill when not', async () => {
    const { lookup } = recordingLookup();
    const known = await resolveThen((r) => addTypedSkill(emptyProfile(), ' sklearn ', 'expert', r), lookup);
    expect(known.result.added).toEqual({ kind: 'catalogue', id: 'scikit-learn' });
    const own = await resolveThen(
      (r) => addTypedSkill(emptyProfile(), 'Basket weaving', 'working', r),
      lookup,
    );
    expect(own.result.added).toMatchObject({ kind: 'own', text: 'Basket weaving' });
  });

  test('asks again about names an answer led to, and stops after maxRounds', async () => {
    const lookup = vi.fn<SkillLookup>(async (texts) => texts.map(() => null));
    let n = 0;
    // An edit that asks about a new name on every run (never settles).
    const { result } = await resolveThen(
      (r) => {
        n++;
        return r(`name ${n}`);
      },
      lookup,
      { maxRounds: 3 },
    );
    expect(result).toBeUndefined();
    expect(lookup).toHaveBeenCalledTimes(3);
    expect(n).toBe(4);
  });

  test('a failed lookup rejects, and known answers are not asked again', async () => {
    await expect(
      resolveThen(
        (r) => r('python'),
        async () => Promise.reject(new Error('away')),
      ),
    ).rejects.toThrow('away');
    const lookup = vi.fn<SkillLookup>(async () => []);
    const known = new Map([
      ['python', { id: 'python', name: 'Python', category: 'core', side: 'engineering' } as const],
    ]);
    const { result } = await resolveThen((r) => r('python')?.id, lookup, { known });
    expect(result).toBe('python');
    expect(lookup).not.toHaveBeenCalled();
    expect(resolverOf(known)('Python')).toBeUndefined(); // exact texts only: the background normalises
  });
});
