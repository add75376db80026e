import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../../tests/support/profile-catalogue';
import { exportProfile, formatBytes, MAX_IMPORT_BYTES, tooLargeMessage } from './export-format';
import { applyImport, parseProfileImport, utf8Bytes } from './import';
import type { OwnSkill } from './own-skills';
import { createSkillResolver } from './resolve-skill';
import { emptyProfile, type Profile } from './schema';

const resolve = createSkillResolver(TEST_CATALOGUE);
const parse = (text: string) => parseProfileImport(text, { resolve });
const error = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

const own = (name: string, fields: Partial<OwnSkill> = {}): OwnSkill => ({
  id: `own:${name.toLowerCase()}`,
  name,
  aliases: [],
  category: 'nice-to-have',
  side: 'engineering',
  level: 'working',
  ...fields,
});

const full: Profile = {
  skills: [
    { skill: 'pytorch', level: 'expert', years: 4 },
    { skill: 'sql', level: 'learning' },
  ],
  freeText: [],
  ownSkills: [own('Prolog', { aliases: ['SWI-Prolog'], category: 'core', level: 'expert', years: 3 })],
  background: 'phd-graduate',
  years: 2,
  targetRole: 'ML engineer',
  updatedAt: 123,
};

describe('parseProfileImport: good files', () => {
  it('round-trips a version 1 export (the current format)', () => {
    const result = parse(exportProfile(full, new Date('2026-11-28T00:00:00Z')));
    expect(result).toEqual({
      ok: true,
      profile: { ...full, updatedAt: 0 },
      warnings: [],
      provided: ['skills', 'background', 'years', 'targetRole'],
    });
  });

  it('reads the minimal hand-written form (legacy: no envelope), by id or by name', () => {
    const result = parse(
      '{ "skills": [ { "skill": "pytorch", "level": "expert" }, { "skill": "SQL", "level": "working" } ] }',
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        ...emptyProfile(),
        skills: [
          { skill: 'pytorch', level: 'expert' },
          { skill: 'sql', level: 'working' },
        ],
      },
      warnings: [],
      provided: ['skills'],
    });
  });

  it('defaults a missing level to working and accepts aliases', () => {
    const result = parse('{"skills":[{"skill":"k8s"},{"skill":"Postgres","years":2}]}');
    expect(result.ok && result.profile.skills).toEqual([
      { skill: 'kubernetes', level: 'working' },
      { skill: 'postgresql', level: 'working', years: 2 },
    ]);
  });

  it('keeps unknown skills as own skills and says so', () => {
    const result = parse(
      '{"skills":[{"skill":"pytorch"},{"skill":"Haskell","level":"expert"},{"skill":"COBOL"}]}',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.profile.skills).toEqual([{ skill: 'pytorch', level: 'working' }]);
    expect(result.profile.freeText).toEqual([]);
    expect(result.profile.ownSkills).toEqual([own('Haskell'), own('COBOL', { id: 'own:cobol' })]);
    expect(result.warnings).toEqual([
      'Not in the skill catalogue, kept as your own skills at level “working”: Haskell, COBOL.',
    ]);
  });

  it('moves recognised free text into catalogue skills and reports repeats', () => {
    const result = parse(
      '{"skills":[{"skill":"torch","level":"learning"},{"skill":"PyTorch","level":"expert"}],"freeText":["sklearn","Lisp","lisp"]}',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.profile.skills).toEqual([
      { skill: 'pytorch', level: 'expert' },
      { skill: 'scikit-learn', level: 'working' },
    ]);
    expect(result.profile.ownSkills?.map((s) => s.name)).toEqual(['Lisp']);
    expect(result.warnings).toEqual([
      'Listed more than once (the last entry counts): PyTorch.',
      'Free-text skills found in the catalogue, added at level “working”: sklearn → scikit-learn.',
    ]);
  });

  it('ignores a byte-order mark', () => {
    expect(parse('\uFEFF{"background":"other"}').ok).toBe(true);
  });
});

describe('parseProfileImport: bad files', () => {
  it('says where the JSON breaks', () => {
    expect(error('{\n  "skills": [\n    { "skill": "pytorch", }\n  ]\n}')).toMatch(
      /^This is not valid JSON: it breaks at line 3, column 27: expected a "quoted" property name\.$/,
    );
    expect(error('{"skills": [')).toMatch(/not valid JSON/);
    expect(error('')).toBe('The file is empty.');
  });

  it('refuses other shapes at the top level', () => {
    expect(error('[{"skill":"pytorch"}]')).toMatch(/JSON object/);
    expect(error('42')).toMatch(/JSON object/);
    expect(error('{"name":"me"}')).toMatch(/No profile found/);
  });

  it('names the supported versions for a wrong or newer version', () => {
    const envelope = (version: unknown) =>
      JSON.stringify({ format: 'ml-fit-profile', version, profile: { skills: [] } });
    expect(error(envelope(2))).toBe(
      'The file is format version 2, from a newer ML Fit; this version of ML Fit reads version 1. Update the extension.',
    );
    expect(error(envelope(0))).toBe('Format version 0 is unknown; this version of ML Fit reads version 1.');
    expect(error(envelope('1'))).toMatch(/no valid "version".*reads version 1/);
    expect(error('{"format":"other-app","version":1}')).toMatch(
      /not an ML Fit profile file \("format" is "other-app"\)/,
    );
    expect(error('{"format":"ml-fit-profile","version":1}')).toMatch(/no "profile" object/);
  });

  it('gives the path of a wrongly typed field', () => {
    expect(error('{"skills":[{"skill":"pytorch","level":"guru"}]}')).toMatch(
      /^Wrong value in the file: skills\[0\]\.level: /,
    );
    expect(error('{"skills":[{"skill":"pytorch","years":"three"}]}')).toMatch(/skills\[0\]\.years: .*number/);
    expect(error('{"skills":"pytorch"}')).toMatch(/skills: expected a list/);
    expect(error('{"skills":[{"level":"expert"}]}')).toMatch(/skills\[0\]\.skill/);
    expect(error('{"background":"astronaut"}')).toMatch(/background/);
    const wrapped = JSON.stringify({ format: 'ml-fit-profile', version: 1, profile: { years: -1 } });
    expect(error(wrapped)).toMatch(/profile\.years/);
  });

  it('refuses an oversized text (the page also checks File.size before reading)', () => {
    const huge = `{"skills":[],"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(error(huge)).toMatch(
      /is 1,000,022 bytes; a profile file is at most 1,000,000 bytes\. Nothing was imported\.$/,
    );
    expect(tooLargeMessage(50_000_000)).toBe(
      'This file is 50 MB; a profile file is at most 1 MB. Nothing was imported.',
    );
    expect(tooLargeMessage(MAX_IMPORT_BYTES)).toBeNull();
  });

  it('prints a file of 1.1 MB as "1.1 MB", and one just over the limit in bytes', () => {
    expect(tooLargeMessage(1_100_000)).toBe(
      'This file is 1.1 MB; a profile file is at most 1 MB. Nothing was imported.',
    );
    expect(tooLargeMessage(MAX_IMPORT_BYTES + 1)).toBe(
      'This file is 1,000,001 bytes; a profile file is at most 1,000,000 bytes. Nothing was imported.',
    );
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(256_000)).toBe('256 KB');
    expect(formatBytes(999_499)).toBe('999 KB');
    expect(formatBytes(999_500)).toBe('1 MB');
  });

  it('counts the limit in bytes, not characters', () => {
    // 400,000 characters, 1.2 MB in UTF-8: three bytes each.
    const wide = `{"skills":[],"targetRole":"${'機'.repeat(400_000)}"}`;
    expect(wide.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(error(wide)).toBe('This file is 1.2 MB; a profile file is at most 1 MB. Nothing was imported.');
    expect(utf8Bytes('aé機😀')).toBe(new TextEncoder().encode('aé機😀').length);
  });
});

describe('applyImport', () => {
  it('replaces only what the file provides', () => {
    const current: Profile = { ...full, ownSkills: [own('Old')] };
    const result = parse('{"skills":[{"skill":"go","level":"learning"}]}');
    if (!result.ok) throw new Error(result.error);
    expect(applyImport(current, result.profile, result.provided)).toEqual({
      ...current,
      skills: [{ skill: 'go', level: 'learning' }],
      freeText: [],
      ownSkills: [],
    });
  });

  it('merges skills when asked: the file’s level wins, other skills stay', () => {
    const current: Profile = { ...full, ownSkills: [own('Old', { level: 'expert' })] };
    const result = parse(
      '{"skills":[{"skill":"sql","level":"expert"},{"skill":"go"},{"skill":"old"},{"skill":"Forth"}]}',
    );
    if (!result.ok) throw new Error(result.error);
    expect(applyImport(current, result.profile, result.provided, 'merge')).toEqual({
      ...current,
      skills: [
        { skill: 'pytorch', level: 'expert', years: 4 },
        { skill: 'sql', level: 'expert' },
        { skill: 'go', level: 'working' },
      ],
      // A file's own skill named like a held one replaces it (the file wins) and keeps its id.
      ownSkills: [own('old', { id: 'own:old' }), own('Forth')],
    });
  });

  it('replaces everything with a full export', () => {
    const result = parse(exportProfile({ ...full, background: null }));
    if (!result.ok) throw new Error(result.error);
    const next = applyImport(
      { ...emptyProfile(), background: 'other', years: 9 },
      result.profile,
      result.provided,
    );
    expect(next).toEqual({ ...full, background: null, updatedAt: 0 });
  });
});

describe('parseProfileImport: free text', () => {
  it('normalises free-text skills and skips the ones with control characters, saying which', () => {
    const result = parseProfileImport(
      JSON.stringify({
        skills: [
          { skill: 'Py\u200bTorch', level: 'expert' },
          { skill: 'Basket\u202e weaving' },
          { skill: 'Evil\u001b]52;c;eA==\u0007' },
        ],
        freeText: ['ｐｏｔｔｅｒｙ', 'bad\u0000'],
      }),
      { resolve: createSkillResolver(TEST_CATALOGUE) },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.profile.skills).toEqual([{ skill: 'pytorch', level: 'expert' }]);
    expect(result.profile.ownSkills?.map((s) => s.name)).toEqual(['pottery', 'Basket weaving']);
    expect(result.warnings[0]).toBe(
      'Skipped, not a skill name: skills[2] (it contains control characters), freeText[1] (it contains control characters).',
    );
  });
});

describe('own skills in files', () => {
  it('reads a file from before own skills: its free-text names become own skills', () => {
    const old = JSON.stringify({
      format: 'ml-fit-profile',
      version: 1,
      exportedAt: '2026-11-01T00:00:00.000Z',
      profile: {
        ...emptyProfile(),
        skills: [{ skill: 'sql', level: 'expert' }],
        freeText: ['Prolog', 'C++'],
      },
    });
    const result = parse(old);
    if (!result.ok) throw new Error(result.error);
    expect(result.profile.freeText).toEqual([]);
    expect(result.profile.ownSkills).toEqual([own('Prolog'), own('C++', { id: 'own:c-plus-plus' })]);
  });

  it('keeps aliases, category, side and level; a catalogue name becomes the catalogue skill', () => {
    const result = parse(
      JSON.stringify({
        ownSkills: [
          {
            name: 'Prolog',
            aliases: ['SWI-Prolog', 'prolog', ' '],
            category: 'core',
            side: 'ml',
            level: 'expert',
          },
          { id: 'not an id', name: 'Forth', level: 'learning', years: null },
          { name: 'torch', level: 'expert' },
        ],
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.profile.ownSkills).toEqual([
      own('Prolog', { aliases: ['SWI-Prolog'], category: 'core', side: 'ml', level: 'expert' }),
      own('Forth', { level: 'learning' }),
    ]);
    expect(result.profile.skills).toEqual([{ skill: 'pytorch', level: 'expert' }]);
    expect(result.provided).toEqual(['skills']);
    expect(result.warnings).toEqual([
      'Own skills found in the catalogue, added as catalogue skills: torch → PyTorch.',
    ]);
  });

  it('merging gives an imported own skill a new id when its id is taken by another', () => {
    const current: Profile = { ...emptyProfile(), ownSkills: [own('Prolog')] };
    const result = parse(JSON.stringify({ ownSkills: [{ id: 'own:prolog', name: 'Prolog II' }] }));
    if (!result.ok) throw new Error(result.error);
    const next = applyImport(current, result.profile, result.provided, 'merge');
    expect(next.ownSkills?.map((s) => [s.id, s.name])).toEqual([
      ['own:prolog', 'Prolog'],
      ['own:prolog-ii', 'Prolog II'],
    ]);
  });
});
