import { describe, expect, it } from 'vitest';
import { diffProfiles, isEmptyDiff } from './diff';
import { addAlias, addOwnSkill, removeOwnSkill, updateOwnSkill } from './own-edit';
import { applyOwnPatch, ownPatchesFromDiff } from './own-patch';
import { emptyProfile, type Profile } from './schema';

const start: Profile = addOwnSkill(addOwnSkill(emptyProfile(), 'Prolog'), 'Forth');

/** Replays an edit's patches onto `stored`, as a page saving onto the row of the moment would. */
function replay(before: Profile, after: Profile, stored: Profile): Profile {
  return ownPatchesFromDiff(diffProfiles(before, after)).reduce(applyOwnPatch, stored);
}

describe('own skills in the profile diff', () => {
  it('lists own skills added, changed and removed, by id', () => {
    const after = addOwnSkill(
      updateOwnSkill(removeOwnSkill(start, 'own:forth'), 'own:prolog', { side: 'ml' }),
      'Lisp',
    );
    const diff = diffProfiles(start, after);
    expect(diff.ownAdded.map((s) => s.name)).toEqual(['Lisp']);
    expect(diff.ownChanged.map((s) => [s.name, s.side])).toEqual([['Prolog', 'ml']]);
    expect(diff.ownRemoved.map((s) => s.name)).toEqual(['Forth']);
    expect(diff.freeTextAdded).toEqual([]);
  });
});

describe('own-skill patches', () => {
  it('carry an edit onto a stored profile another page changed meanwhile', () => {
    const edited = updateOwnSkill(addAlias(start, 'own:prolog', 'SWI-Prolog').profile, 'own:prolog', {
      category: 'core',
    });
    const elsewhere = addOwnSkill(start, 'Lisp');
    const saved = replay(start, edited, elsewhere);
    expect(saved.ownSkills?.map((s) => [s.name, s.aliases, s.category])).toEqual([
      ['Prolog', ['SWI-Prolog'], 'core'],
      ['Forth', [], 'nice-to-have'],
      ['Lisp', [], 'nice-to-have'],
    ]);
    // Idempotent: applying the same edit again changes nothing.
    expect(replay(start, edited, saved)).toEqual(saved);
  });

  it('remove one own skill and nothing else; an edit that changes nothing makes no patch', () => {
    const removed = replay(start, removeOwnSkill(start, 'own:forth'), addOwnSkill(start, 'Lisp'));
    expect(removed.ownSkills?.map((s) => s.name)).toEqual(['Prolog', 'Lisp']);
    expect(isEmptyDiff(diffProfiles(start, updateOwnSkill(start, 'own:forth', {})))).toBe(true);
  });

  it('a skill added on two pages under one name is kept once', () => {
    const here = addOwnSkill(emptyProfile(), 'Prolog', { level: 'expert' });
    const there = addOwnSkill(emptyProfile(), 'prolog');
    const saved = replay(emptyProfile(), here, there);
    expect(saved.ownSkills).toHaveLength(1);
    expect(saved.ownSkills?.[0]?.level).toBe('expert');
  });
});
