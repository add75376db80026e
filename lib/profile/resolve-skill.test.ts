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
    // A vertical bar joins variants as a slash does ("Xbox Series X|S").
    expect(normalizeSkillText('Series X|S')).toBe(normalizeSkillText('Series X/S'));
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

  it('reads a release letter after a version number as a version', () => {
    expect(id('Postgres 16c')).toBe('postgresql');
    expect(id('SQL 11g')).toBe('sql');
    expect(id('SQL 23ai')).toBe('sql');
    expect(id('SQL 11x')).toBeUndefined();
  });

  it('reads a name with its abbreviation in brackets as the skill of either part', () => {
    expect(id('Continuous integration (CI)')).toBe('ci-cd');
    expect(id('Kubernetes (K8s)')).toBe('kubernetes');
    expect(id('Container orchestration (k8s)')).toBe('kubernetes');
    expect(id('Orchestration (containers)')).toBeUndefined();
  });

  it('reads a certification level after the name as the same skill', () => {
    expect(id('Python Professional')).toBe('python');
    expect(id('PyTorch 2 – Associate')).toBe('pytorch');
    expect(id('SQL Foundation Level')).toBe('sql');
    expect(id('Foundation')).toBeUndefined();
  });

  it('reads a generic head noun after a skill as the skill', () => {
    expect(id('Python development')).toBe('python');
    expect(id('Kubernetes ecosystem')).toBe('kubernetes');
    expect(id('AWS services')).toBe('aws');
    expect(id('PyTorch experience')).toBe('pytorch');
    expect(id('Kubernetes APIs')).toBe('kubernetes');
    expect(id('Go programming')).toBe('go');
    expect(id('Postgres internals')).toBe('postgresql');
    expect(id('Spark-Frameworks')).toBe('spark');
    expect(id('Python 3 development')).toBe('python');
    // Stacked heads come off one at a time.
    expect(id('Python application frameworks')).toBe('python');
    // Only when the rest resolves exactly: no guessing from a word inside.
    expect(id('Web development')).toBeUndefined();
    expect(id('development')).toBeUndefined();
    expect(id('Pythonic development')).toBeUndefined();
  });

  it('never strips a head that makes another skill', () => {
    expect(id('Python testing')).toBeUndefined();
    expect(id('AWS security')).toBeUndefined();
    expect(id('PostgreSQL administration')).toBeUndefined();
    expect(id('Kubernetes monitoring')).toBeUndefined();
    expect(id('SQL documentation')).toBeUndefined();
  });

  it('keeps a catalogue name that ends in a generic noun as its own skill', () => {
    const skill = (sid: string, name: string) => ({ ...testSkill('aws'), id: sid, name, aliases: [] });
    const own = createSkillResolver([...TEST_CATALOGUE, skill('aws-app-service', 'AWS Service')]);
    expect(own('AWS Service')?.id).toBe('aws-app-service');
    expect(own('AWS Services')?.id).toBe('aws-app-service');
    expect(own('AWS platform')?.id).toBe('aws');
  });

  it('reads the singular of a plural name as the skill, not of a lone word or short code', () => {
    const plural = (sid: string, name: string) => ({ ...testSkill('aws'), id: sid, name, aliases: [] });
    const r = createSkillResolver([
      ...TEST_CATALOGUE,
      plural('random-forests', 'Random forests'),
      plural('windows', 'Windows'),
      plural('cisco-ucs', 'Cisco UCS'),
    ]);
    expect(r('Random forest')?.id).toBe('random-forests');
    expect(r('random-forest')?.id).toBe('random-forests');
    expect(r('Window')).toBeUndefined();
    expect(r('Cisco UC')).toBeUndefined();
  });

  it('reads no plural into an acronym in capitals ending in S', () => {
    const uml = { ...testSkill('aws'), id: 'uml', name: 'UML', aliases: [] };
    const r = createSkillResolver([...TEST_CATALOGUE, uml]);
    expect(r('UMLs')?.id).toBe('uml');
    expect(r('UMLS')).toBeUndefined();
    expect(r('the UMLS')).toBeUndefined();
  });

  it('reads "API <name>" (Romance word order) as "<name> API"', () => {
    const rest = { ...testSkill('aws'), id: 'rest', name: 'REST', aliases: ['REST API'] };
    const r = createSkillResolver([...TEST_CATALOGUE, rest]);
    expect(r('API REST')?.id).toBe('rest');
    expect(r('APIs REST')?.id).toBe('rest');
    expect(r('API security')).toBeUndefined();
    expect(r('API')).toBeUndefined();
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
