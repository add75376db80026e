import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE, testSkill } from '../../tests/support/profile-catalogue';
import { createSkillResolver, normalizeSkillText } from './resolve-skill';
import { searchSkills } from './skill-search';

const resolve = createSkillResolver(TEST_CATALOGUE);
const id = (text: string) => resolve(text)?.id;

describe('normalizeSkillText', () => {
  it('ignores case, spaces and separators but keeps + and #', () => {
    expect(normalizeSkillText(' Scikit-Learn ')).toBe('scikitlearn');
    expect(normalizeSkillText('CI / CD')).toBe('cicd');
    expect(normalizeSkillText('C++')).toBe('c++');
    expect(normalizeSkillText('C#')).toBe('c#');
  });
});

describe('resolveSkill', () => {
  it.each([
    ['pytorch', 'pytorch'],
    ['PyTorch', 'pytorch'],
    ['torch', 'pytorch'],
    ['sklearn', 'scikit-learn'],
    ['scikit learn', 'scikit-learn'],
    ['SCIKIT_LEARN', 'scikit-learn'],
    ['ci-cd', 'ci-cd'],
    ['CI / CD', 'ci-cd'],
    ['K8S', 'kubernetes'],
    ['postgres', 'postgresql'],
    ['amazon web services', 'aws'],
    ['Feature stores', 'feature-store'],
    ['golang', 'go'],
    ['Spark', 'spark'],
  ])('%s → %s', (text, expected) => {
    expect(id(text)).toBe(expected);
  });

  it('reads a version after the name as the same skill', () => {
    expect(id('Python 3.11')).toBe('python');
    expect(id('Python3')).toBe('python');
    expect(id('PyTorch 2')).toBe('pytorch');
    expect(id('Postgres 16')).toBe('postgresql');
    expect(id('Spark 3.x')).toBe('spark');
    // Glued digits are a version only after a language: "SQL2" is no name anyone writes for SQL.
    expect(id('PyTorch2')).toBeUndefined();
    expect(id('2')).toBeUndefined();
  });

  it('reads a certification level after the name as the same skill', () => {
    expect(id('Python Professional')).toBe('python');
    expect(id('PyTorch 2 – Associate')).toBe('pytorch');
    expect(id('SQL Foundation Level')).toBe('sql');
    expect(id('Foundation')).toBeUndefined();
  });

  it('leaves unknown text unresolved', () => {
    expect(id('Haskell')).toBeUndefined();
    expect(id('   ')).toBeUndefined();
    expect(id('pytorchx')).toBeUndefined();
  });

  it('prefers an id or name over another skill’s alias', () => {
    const clash = createSkillResolver([{ ...testSkill('spark'), aliases: ['Go'] }, testSkill('go')]);
    expect(clash('go')?.id).toBe('go');
  });
});

describe('searchSkills', () => {
  const search = (text: string, exclude?: Set<string>) =>
    searchSkills(text, { catalogue: TEST_CATALOGUE, exclude }).map((s) => s.skill.id);

  it('ranks exact, then name prefix, then alias prefix, then inside words', () => {
    expect(search('p')).toEqual(['postgresql', 'python', 'pytorch', 'spark']);
    expect(search('sql')).toEqual(['sql', 'postgresql']);
    expect(search('post')).toEqual(['postgresql']);
    expect(search('spark')[0]).toBe('spark');
  });

  it('says which alias matched', () => {
    expect(searchSkills('k8', { catalogue: TEST_CATALOGUE })).toEqual([
      { skill: testSkill('kubernetes'), via: 'k8s' },
    ]);
    expect(searchSkills('PyTo', { catalogue: TEST_CATALOGUE })[0]).toEqual({ skill: testSkill('pytorch') });
  });

  it('finds a later word of the name', () => {
    expect(search('stor')).toEqual(['feature-store']);
  });

  it('skips held skills, empty queries, and respects the limit', () => {
    expect(search('py', new Set(['pytorch']))).not.toContain('pytorch');
    expect(search('  ')).toEqual([]);
    expect(searchSkills('s', { catalogue: TEST_CATALOGUE, limit: 2 })).toHaveLength(2);
  });
});
