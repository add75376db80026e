import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../../tests/support/profile-catalogue';
import { diffProfiles, isEmptyDiff } from './diff';
import { addSkill, removeSkill, setLevel, setSkillYears } from './edit';
import { createSkillResolver } from './resolve-skill';
import { emptyProfile, type Profile } from './schema';
import { addTypedSkill } from './typed-skill';

const resolve = createSkillResolver(TEST_CATALOGUE);
const start: Profile = { ...emptyProfile(), skills: [{ skill: 'pytorch', level: 'working', years: 2 }] };

describe('profile edits', () => {
  it('adds, replaces, re-levels and removes catalogue skills', () => {
    const added = addSkill(start, 'sql', 'learning');
    expect(added.skills).toEqual([start.skills[0], { skill: 'sql', level: 'learning' }]);
    expect(addSkill(added, 'pytorch', 'expert', 5).skills[0]).toEqual({
      skill: 'pytorch',
      level: 'expert',
      years: 5,
    });
    expect(setLevel(added, 'sql', 'expert').skills[1]).toEqual({ skill: 'sql', level: 'expert' });
    expect(removeSkill(added, 'pytorch').skills).toEqual([{ skill: 'sql', level: 'learning' }]);
    expect(start.skills).toHaveLength(1); // never mutated
  });

  it('sets and clears years', () => {
    expect(setSkillYears(start, 'pytorch', 7).skills[0]).toEqual({
      skill: 'pytorch',
      level: 'working',
      years: 7,
    });
    expect(setSkillYears(start, 'pytorch', undefined).skills[0]).toEqual({
      skill: 'pytorch',
      level: 'working',
    });
  });

  it('turns typed text into a catalogue skill when it names one, else an own skill', () => {
    const known = addTypedSkill(start, ' sklearn ', 'expert', resolve);
    expect(known.added).toEqual({ kind: 'catalogue', id: 'scikit-learn' });
    expect(known.profile.skills.at(-1)).toEqual({ skill: 'scikit-learn', level: 'expert' });

    const unknown = addTypedSkill(start, '  Prolog   programming ', 'expert', resolve);
    expect(unknown.added).toEqual({ kind: 'own', id: 'own:prolog-programming', text: 'Prolog programming' });
    expect(unknown.profile.freeText).toEqual([]);
    expect(unknown.profile.ownSkills).toEqual([
      {
        id: 'own:prolog-programming',
        name: 'Prolog programming',
        aliases: [],
        category: 'nice-to-have',
        side: 'engineering',
        level: 'expert',
      },
    ]);

    expect(addTypedSkill(unknown.profile, 'prolog PROGRAMMING', 'working', resolve).added).toBeNull();
    expect(addTypedSkill(start, '   ', 'working', resolve).added).toBeNull();
  });
});

describe('diffProfiles', () => {
  it('lists added, removed and changed skills, free text and fields', () => {
    const before: Profile = {
      ...start,
      skills: [...start.skills, { skill: 'go', level: 'expert' }],
      freeText: ['Lisp', 'Ada'],
      background: 'other',
    };
    const after: Profile = {
      ...before,
      skills: [
        { skill: 'pytorch', level: 'expert', years: 2 },
        { skill: 'sql', level: 'working' },
      ],
      freeText: ['lisp', 'Forth'],
      background: 'research',
      years: 3,
    };
    expect(diffProfiles(before, after)).toEqual({
      added: [{ skill: 'sql', level: 'working' }],
      removed: [{ skill: 'go', level: 'expert' }],
      changed: [{ skill: 'pytorch', from: start.skills[0], to: after.skills[0] }],
      freeTextAdded: ['Forth'],
      freeTextRemoved: ['Ada'],
      ownAdded: [],
      ownChanged: [],
      ownRemoved: [],
      fields: [
        { field: 'background', from: 'other', to: 'research' },
        { field: 'years', from: null, to: 3 },
      ],
    });
  });

  it('is empty for the same profile, ignoring updatedAt', () => {
    expect(isEmptyDiff(diffProfiles(start, { ...start, updatedAt: 99 }))).toBe(true);
    expect(isEmptyDiff(diffProfiles(start, setSkillYears(start, 'pytorch', undefined)))).toBe(false);
  });

  it('normalises typed free text and refuses control characters', () => {
    // Zero-width and bidi characters do not hide a catalogue skill, nor make a second free-text one.
    expect(addTypedSkill(start, 'Py\u200bTorch', 'expert', resolve).added).toEqual({
      kind: 'catalogue',
      id: 'pytorch',
    });
    const own = addTypedSkill(start, 'Basket weaving', 'working', resolve).profile;
    expect(addTypedSkill(own, 'Basket\u200d weav\u00ading\u202e', 'working', resolve).added).toBeNull();
    expect(addTypedSkill(start, 'ｂａｓｋｅｔ\u2066 weaving', 'working', resolve).added).toEqual({
      kind: 'own',
      id: 'own:basket-weaving',
      text: 'basket weaving',
    });
    expect(addTypedSkill(start, 'Evil\x1b]52;c;eA==\x07', 'working', resolve)).toEqual({
      profile: start,
      added: null,
    });
    expect(addTypedSkill(start, 'Tab\tand\nline', 'working', resolve).added).toEqual({
      kind: 'own',
      id: 'own:tab-and-line',
      text: 'Tab and line',
    });
  });
});
