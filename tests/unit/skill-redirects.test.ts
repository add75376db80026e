import { describe, expect, it } from 'vitest';
import { CATALOGUE, skillById } from '../../lib/analysis/catalogue/index';
import { canonicalSkillId, REDIRECTS } from '../../lib/analysis/catalogue/redirects';
import { analyzePosting } from '../../lib/analysis/index';
import { heldLevels } from '../../lib/fit/held-levels';
import { computeFit } from '../../lib/fit/index';
import { decodeRow, decodeSkill, type StoredRow } from '../../lib/history/schema';
import { parseProfileImport } from '../../lib/profile/import';
import { profileLoadOf } from '../../lib/profile/load';
import { resolveSkill } from '../../lib/profile/resolve-skill';
import { emptyProfile, type Profile } from '../../lib/profile/schema';

const ids = new Set(CATALOGUE.map((s) => s.id));

describe('redirects of merged skill ids', () => {
  it('lead from ids the catalogue no longer has to ids it has', () => {
    const bad = Object.entries(REDIRECTS).filter(([old, id]) => ids.has(old) || !ids.has(id));
    expect(bad).toEqual([]);
  });

  it('leave every other id as it is', () => {
    expect(canonicalSkillId('tailwind-css')).toBe('tailwind');
    expect(canonicalSkillId('tailwind')).toBe('tailwind');
    expect(canonicalSkillId('own:tailwind-css')).toBe('own:tailwind-css');
    expect(skillById('tailwind-css')?.id).toBe('tailwind');
    expect(skillById('no-such-skill')).toBeUndefined();
  });

  it('give a certification one id for its exam code and its name', () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ['CKA', 'Certified Kubernetes Administrator'],
      ['CKS', 'Certified Kubernetes Security Specialist'],
      ['AZ-104', 'Azure Administrator Associate'],
      ['AI-102', 'Azure AI Engineer Associate'],
      ['DP-100', 'Azure Data Scientist Associate'],
      ['DP-203', 'Azure Data Engineer Associate'],
    ];
    for (const [code, name] of pairs) {
      expect(resolveSkill(name)?.id, name).toBe(resolveSkill(code)?.id);
      expect(canonicalSkillId(name.toLowerCase().replaceAll(' ', '-')), name).toBe(resolveSkill(code)?.id);
    }
  });
});

// A profile saved before the merge: "Tailwind CSS" was its own id, so was "MSSQL Server".
const stored = {
  ...emptyProfile(),
  skills: [
    { skill: 'tailwind-css', level: 'expert' },
    { skill: 'mssql-server', level: 'learning', years: 2 },
    { skill: 'sql-server', level: 'working' },
    { skill: 'python', level: 'working' },
  ],
  updatedAt: 1,
};

const POSTING = `Frontend Engineer

Requirements:
- 3+ years of TypeScript and React
- Tailwind CSS and Storybook
- Microsoft SQL Server for reporting`;

describe('a profile holding merged ids', () => {
  const load = profileLoadOf({ profile: stored });

  it('loads with the ids that stand for the skills now, one entry per skill', () => {
    expect(load.state).toBe('ready');
    expect(load.profile.skills).toEqual([
      { skill: 'tailwind', level: 'expert' },
      // MSSQL Server and SQL Server were one product: the higher level, the years given.
      { skill: 'sql-server', level: 'working', years: 2 },
      { skill: 'python', level: 'working' },
    ]);
  });

  it('matches a posting that names the products, as it did before the merge', () => {
    const analysis = analyzePosting({ text: POSTING, title: 'Frontend Engineer' });
    const found = analysis.skills.map((s) => s.id);
    expect(found).toEqual(expect.arrayContaining(['tailwind', 'sql-server']));
    const fit = computeFit(analysis.skills, analysis.requirements, load.profile);
    expect(fit.matched.map((m) => m.skill)).toEqual(expect.arrayContaining(['tailwind', 'sql-server']));
  });

  it('is credited by the fit even when it was never parsed (a profile built in code)', () => {
    const raw = { ...emptyProfile(), skills: [{ skill: 'tailwind-css', level: 'expert' }] } as Profile;
    expect(heldLevels([{ id: 'tailwind', name: 'Tailwind' }], raw)).toEqual({ tailwind: 'expert' });
  });

  it('imports from a file saved before the merge, without a warning', () => {
    const file = JSON.stringify({
      skills: [
        { skill: 'cloud-natural-language-api', level: 'expert' },
        { skill: 'ionic', level: 'working' },
      ],
    });
    const result = parseProfileImport(file, { resolve: resolveSkill });
    expect(result.ok && result.profile.skills).toEqual([
      { skill: 'google-natural-language-api', level: 'expert' },
      { skill: 'ionic-framework', level: 'working' },
    ]);
    expect(result.ok && result.warnings).toEqual([]);
    expect(resolveSkill('groq-api')?.id).toBe('groq');
  });
});

describe('a history row holding merged ids', () => {
  it('reads them as the skill that stands for them now, with its name', () => {
    expect(decodeSkill('tailwind-css:nep1')).toEqual({
      id: 'tailwind',
      name: 'Tailwind',
      category: 'nice-to-have',
      side: 'engineering',
      listedAs: 'preferred',
      count: 1,
    });
  });

  it('lists a skill once when the row held both of its ids', () => {
    const row: StoredRow = {
      key: 'x',
      site: 'linkedin',
      jobId: '1',
      url: 'https://example.com/1',
      title: 'Frontend Engineer',
      company: null,
      location: null,
      firstSeen: 1,
      lastSeen: 1,
      role: 'frontend-engineer',
      skills: 'tailwind:neu1 react:ner2 tailwind-css:nep2',
      requirements: { years: null, degree: null },
      fit: null,
    };
    expect(decodeRow(row).skills.map((s) => `${s.id}:${s.listedAs}:${s.count}`)).toEqual([
      'tailwind:preferred:3',
      'react:required:2',
    ]);
  });
});
