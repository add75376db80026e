import { describe, expect, it } from 'vitest';
import type { Analysis, Mention, SkillSummary } from '../../lib/analysis/types';
import { ratio, scorePosting, sumMetrics } from '../../lib/cli/eval';
import { type CorpusPosting, goldErrors } from '../../lib/cli/eval-gold';
import { metricsTable } from '../../lib/cli/eval-table';

const text = 'Our go-to stack: Python and JavaScript. SQL is a plus.';
const mention = (skill: string, word: string, listedAs: Mention['listedAs'] = 'unspecified'): Mention => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, skill, name: skill, category: 'core', listedAs };
};
const summary = (id: string, over: Partial<SkillSummary> = {}): SkillSummary => ({
  id,
  name: id,
  category: 'core',
  side: 'engineering',
  count: 1,
  listedAs: 'unspecified',
  ...over,
});
const posting: CorpusPosting = {
  set: 'tune',
  name: '01-test',
  text,
  title: null,
  gold: {
    role: 'ml-engineer',
    skills: [
      { skill: 'python', category: 'core' },
      { skill: 'sql', category: 'underemphasized' },
      { skill: 'docker', category: 'core' },
    ],
    mustNotHighlight: ['go-to', { text: 'JavaScript', skill: 'java' }],
    preferredOnly: ['sql'],
    required: ['python'],
  },
};
const analysis = (
  mentions: Mention[],
  skills: SkillSummary[],
  role: Analysis['role']['id'] = 'ml-engineer',
): Analysis => ({
  isMlEngineer: role === 'ml-engineer',
  role: { id: role, confidence: 0.9, reasons: [] },
  mentions,
  skills,
  requirements: { years: null, degree: null },
});

describe('scorePosting', () => {
  it('counts recall, category, listedAs and role, and explains each miss', () => {
    const r = scorePosting(
      posting,
      analysis(
        [mention('python', 'Python', 'required'), mention('javascript', 'JavaScript'), mention('sql', 'SQL')],
        [
          summary('python', { listedAs: 'required' }),
          summary('javascript'),
          summary('sql', { category: 'core', listedAs: 'unspecified' }),
        ],
        'data-scientist',
      ),
    );
    expect(r.metrics.recall).toEqual({ hits: 2, total: 3 });
    expect(r.metrics.category).toEqual({ hits: 1, total: 2 });
    expect(r.metrics.listedAs).toEqual({ hits: 1, total: 2 });
    expect(r.metrics.role).toEqual({ hits: 0, total: 1 });
    expect(r.metrics.falseHighlights).toEqual({ hits: 0, total: 2 });
    expect(r.extras).toEqual(['javascript']);
    expect(r.issues).toEqual([
      'role data-scientist, expected ml-engineer',
      'category of sql: core, expected underemphasized',
      'missed docker',
      'sql listed as unspecified, expected preferred',
    ]);
  });

  it('flags a mention overlapping a forbidden string, and a skill-specific one only for that skill', () => {
    const goTo = { ...mention('go', 'go-to'), end: text.indexOf('go-to') + 2, text: 'go' };
    const java = { ...mention('java', 'JavaScript'), end: text.indexOf('JavaScript') + 4, text: 'Java' };
    const r = scorePosting(posting, analysis([goTo, java], [summary('go'), summary('java')]));
    expect(r.metrics.falseHighlights).toEqual({ hits: 2, total: 2 });
    expect(r.issues).toContain('false highlight "go" (go) in "go-to"');
    expect(r.issues).toContain('false highlight "Java" (java) in "JavaScript"');
  });
});

describe('sumMetrics and the table', () => {
  it('adds tallies across postings and prints one row per set', () => {
    const a = scorePosting(posting, analysis([], [summary('python', { listedAs: 'required' })])).metrics;
    const sum = sumMetrics([a, a]);
    expect(sum.postings).toBe(2);
    expect(sum.recall).toEqual({ hits: 2, total: 6 });
    expect(ratio(sum.listedAs)).toBe(1);
    expect(ratio({ hits: 0, total: 0 })).toBe(1);
    const table = metricsTable([{ label: 'tune', metrics: sum }]).split('\n');
    expect(table[0]).toMatch(/^set\s+postings\s+recall\s+false hl\s+extra\s+role\s+category\s+listedAs$/);
    expect(table[1]).toMatch(/^tune\s+2\s+0\.33 \(2\/6\)\s+0\/4\s+0\s+1\.00 \(2\/2\)/);
  });
});

describe('goldErrors', () => {
  it('reports unknown ids, absent strings and inconsistent lists', () => {
    const bad: CorpusPosting = {
      ...posting,
      gold: {
        ...posting.gold,
        skills: [...posting.gold.skills, { skill: 'cobol-9000', category: 'core' }],
        mustNotHighlight: ['R&D'],
        preferredOnly: ['sql', 'rust'],
        required: ['sql'],
      },
    };
    const known = (id: string) => id !== 'cobol-9000';
    expect(goldErrors(bad, known)).toEqual([
      'tune/01-test: unknown gold skill id "cobol-9000"',
      'tune/01-test: preferredOnly names "rust", which is not a gold skill',
      'tune/01-test: "sql" is both required and preferredOnly',
      'tune/01-test: mustNotHighlight "R&D" is not in the text',
    ]);
    expect(goldErrors(posting, () => true)).toEqual([]);
  });
});
