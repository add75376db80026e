import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/analysis/types';
import { fromPlainText } from '../../lib/cli/posting-source';
import { COLOUR, jsonLine, PLAIN, textReport, useColour } from '../../lib/cli/report';

const analysis: Analysis = {
  isMlEngineer: true,
  role: { id: 'ml-engineer', confidence: 0.87, reasons: ['Title names a machine learning engineer'] },
  mentions: [
    {
      start: 27,
      end: 33,
      text: 'Python',
      skill: 'python',
      name: 'Python',
      category: 'core',
      listedAs: 'required',
    },
  ],
  skills: [
    { id: 'python', name: 'Python', category: 'core', side: 'engineering', count: 2, listedAs: 'required' },
    {
      id: 'sql',
      name: 'SQL',
      category: 'underemphasized',
      side: 'engineering',
      count: 1,
      listedAs: 'unspecified',
    },
    {
      id: 'spark',
      name: 'Spark',
      category: 'nice-to-have',
      side: 'engineering',
      count: 1,
      listedAs: 'preferred',
    },
  ],
  requirements: { years: { min: 3, max: 5 }, degree: 'master' },
};
const source = fromPlainText('Title: ML Engineer\nCompany: Acme\n\nPython');

describe('jsonLine', () => {
  it('is one line with exactly the documented keys, in order', () => {
    const line = jsonLine('jobs/a.txt', source, analysis);
    expect(line).not.toContain('\n');
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed)).toEqual([
      'file',
      'title',
      'isMlEngineer',
      'role',
      'mentions',
      'skills',
      'requirements',
    ]);
    expect(parsed).toMatchObject({ file: 'jobs/a.txt', title: 'ML Engineer', isMlEngineer: true });
    expect(parsed.mentions).toEqual(analysis.mentions);
  });

  it('has a null title when the file names none', () => {
    expect(JSON.parse(jsonLine('b.txt', fromPlainText('Python'), analysis)).title).toBeNull();
  });
});

describe('textReport', () => {
  const report = textReport('jobs/a.txt', source, analysis, PLAIN);

  it('shows the title, the role verdict with reasons, skills by category and requirements', () => {
    expect(report).toContain('ML Engineer · Acme');
    expect(report).toContain('Role: ML engineer (87% confident), ML engineer posting');
    expect(report).toContain('- Title names a machine learning engineer');
    expect(report).toMatch(
      /Core \(what the role genuinely needs\) — 1\n\s+Python\s+required\s+engineering side ×2/,
    );
    expect(report).toMatch(
      /Underemphasized \(needed in practice, often left out of postings\) — 1\n\s+SQL\s+mentioned/,
    );
    expect(report).toMatch(/Nice to have \(helps, rarely decides\) — 1\n\s+Spark\s+preferred/);
    expect(report).toContain('Experience: 3-5 years · Degree: master');
  });

  it('has no escape codes when plain and some when coloured', () => {
    expect(report).not.toContain('\x1b[');
    expect(textReport('jobs/a.txt', source, analysis, COLOUR)).toContain('\x1b[32mrequired');
  });

  it('says when a posting is not an ML engineer posting and asks for nothing', () => {
    const other = textReport(
      'b.txt',
      fromPlainText('x'),
      {
        ...analysis,
        isMlEngineer: false,
        role: { id: 'data-analyst', confidence: 0.6, reasons: [] },
        skills: [],
        requirements: { years: null, degree: null },
      },
      PLAIN,
    );
    expect(other).toContain('Role: Data analyst (60% confident), not an ML engineer posting');
    expect(other).toContain('Experience: not stated · Degree: not stated');
  });
});

describe('useColour', () => {
  it('colours a terminal only, and never with NO_COLOR set', () => {
    expect(useColour(true, {})).toBe(true);
    expect(useColour(false, {})).toBe(false);
    expect(useColour(undefined, {})).toBe(false);
    expect(useColour(true, { NO_COLOR: '1' })).toBe(false);
  });
});
