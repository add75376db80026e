import { describe, expect, it } from 'vitest';
import type { Analysis, Mention, SkillSummary } from '../../lib/analysis/types';
import { ratio, scorePosting, sumMetrics } from '../../lib/cli/eval';
import type { CorpusPosting } from '../../lib/cli/eval-gold';
import { goldErrors, resolveGold } from '../../lib/cli/eval-resolve';
import { metricsTable } from '../../lib/cli/eval-table';

const text = 'Our go-to stack: Python and JavaScript. SQL is a plus. Join the DevOps team.';
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
/** A small catalogue: ids, names and aliases, folded. */
const CATALOGUE: Record<string, string> = {
  python: 'python',
  sql: 'sql',
  docker: 'docker',
  javascript: 'javascript',
  js: 'javascript',
  java: 'java',
  go: 'go',
  devops: 'devops',
};
const resolve = (t: string) => CATALOGUE[t.toLowerCase()];

const posting: CorpusPosting = {
  set: 'tune',
  name: '01-test',
  text,
  title: null,
  company: null,
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
/** The same posting in the names format: every skill named, as the ad names it. */
const named: CorpusPosting = {
  ...posting,
  name: '02-named',
  gold: {
    role: 'backend-engineer',
    skills: ['Python', 'JS', 'SQL', 'Spring Boot'],
    mustNotHighlight: ['the DevOps team'],
    preferredOnly: ['SQL'],
    required: ['Python', 'Spring Boot'],
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

describe('scorePosting, id-format gold', () => {
  it('counts recall, listedAs and role, and explains each miss', () => {
    const r = scorePosting(
      posting,
      analysis(
        [mention('python', 'Python', 'required'), mention('javascript', 'JavaScript'), mention('sql', 'SQL')],
        [summary('python', { listedAs: 'required' }), summary('javascript'), summary('sql')],
        'data-scientist',
      ),
      resolve,
    );
    expect(r.metrics.recall).toEqual({ hits: 2, total: 3 });
    expect(r.metrics.listedAs).toEqual({ hits: 1, total: 2 });
    expect(r.metrics.role).toEqual({ hits: 0, total: 1 });
    expect(r.metrics.missedMl).toEqual({ hits: 1, total: 1 });
    expect(r.metrics.falseMl).toEqual({ hits: 0, total: 0 });
    expect(r.metrics.falseHighlights).toEqual({ hits: 0, total: 2 });
    // Id-format gold names must-finds only: its postings are not judged for precision.
    expect(r.metrics.precision).toEqual({ hits: 0, total: 0 });
    expect(r.extras).toEqual(['javascript']);
    expect(r.issues).toEqual([
      'role data-scientist, expected ml-engineer',
      'missed docker',
      'sql listed as unspecified, expected preferred',
    ]);
  });

  it('flags a mention overlapping a forbidden string, and a skill-specific one only for that skill', () => {
    const goTo = { ...mention('go', 'go-to'), end: text.indexOf('go-to') + 2, text: 'go' };
    const java = { ...mention('java', 'JavaScript'), end: text.indexOf('JavaScript') + 4, text: 'Java' };
    const js = mention('javascript', 'JavaScript');
    const r = scorePosting(posting, analysis([goTo, java, js], [summary('go'), summary('java')]), resolve);
    expect(r.metrics.falseHighlights).toEqual({ hits: 2, total: 2 });
    expect(r.issues).toContain('false highlight "go" (go) in "go-to"');
    expect(r.issues).toContain('false highlight "Java" (java) in "JavaScript"');
  });
});

describe('scorePosting, names-format gold', () => {
  it('resolves names, reports a name the catalogue lacks as a miss, and judges every highlight', () => {
    const r = scorePosting(
      named,
      analysis(
        [
          mention('python', 'Python', 'required'),
          mention('javascript', 'JavaScript'),
          mention('go', 'go-to'),
          mention('devops', 'DevOps'),
        ],
        [
          summary('python', { listedAs: 'required' }),
          summary('javascript'),
          summary('go'),
          summary('devops'),
        ],
        'backend-engineer',
      ),
      resolve,
    );
    // Python and JS (JavaScript) found; SQL missed; Spring Boot not in this catalogue.
    expect(r.metrics.recall).toEqual({ hits: 2, total: 4 });
    // Python and JavaScript are right; go-to names no gold skill; DevOps is a gold-forbidden team name.
    expect(r.metrics.precision).toEqual({ hits: 2, total: 4 });
    expect(r.metrics.falseHighlights).toEqual({ hits: 1, total: 1 });
    expect(r.metrics.falseMl).toEqual({ hits: 0, total: 1 });
    expect(r.metrics.listedAs).toEqual({ hits: 1, total: 1 });
    expect(r.extras).toEqual([]);
    expect(r.issues).toEqual([
      'missed SQL (sql), Spring Boot (not in catalogue)',
      'false highlight "DevOps" (devops) in "the DevOps team"',
      'highlights no gold skill: "go-to" (go), "DevOps" (devops)',
    ]);
  });

  it('counts an ML-engineer call on a non-ML posting as false', () => {
    const r = scorePosting(named, analysis([], [], 'ml-engineer'), resolve);
    expect(r.metrics.falseMl).toEqual({ hits: 1, total: 1 });
    expect(r.metrics.missedMl).toEqual({ hits: 0, total: 0 });
    expect(r.metrics.precision).toEqual({ hits: 0, total: 0 });
  });

  it('counts two names of one skill once', () => {
    const gold = resolveGold({ ...named.gold, skills: ['JavaScript', 'JS', 'Cobol 9000'] }, resolve);
    expect(gold.complete).toBe(true);
    expect(gold.skills).toEqual([
      { label: 'JavaScript', id: 'javascript', technology: null },
      { label: 'Cobol 9000', id: null, technology: null },
    ]);
  });

  it('measures technology recall over the skills gold does not mark as concepts', () => {
    const withConcepts: CorpusPosting = {
      ...named,
      gold: {
        ...named.gold,
        skills: ['Python', 'JS', 'SQL', 'Docker'],
        concepts: ['Docker'],
        required: ['Python'],
      },
    };
    const found = analysis([mention('python', 'Python')], [summary('python'), summary('docker')]);
    const r = scorePosting(withConcepts, found, resolve);
    expect(r.metrics.recall).toEqual({ hits: 2, total: 4 });
    // Python found, JS and SQL missed; Docker is marked a concept, so it is not counted here.
    expect(r.metrics.techRecall).toEqual({ hits: 1, total: 3 });
    // Without `concepts`, gold says nothing about technologies.
    expect(scorePosting(named, found, resolve).metrics.techRecall).toEqual({ hits: 0, total: 0 });
    const wrong = { ...withConcepts, gold: { ...withConcepts.gold, concepts: ['Kotlin'] } };
    expect(goldErrors(wrong, resolve)).toEqual([
      'tune/02-named: concepts names "Kotlin", which is not a gold skill',
    ]);
  });
});

describe('sumMetrics and the table', () => {
  it('adds tallies across postings and prints one row per set', () => {
    const a = scorePosting(
      posting,
      analysis([], [summary('python', { listedAs: 'required' })]),
      resolve,
    ).metrics;
    const sum = sumMetrics([a, a]);
    expect(sum.postings).toBe(2);
    expect(sum.recall).toEqual({ hits: 2, total: 6 });
    expect(ratio(sum.listedAs)).toBe(1);
    expect(ratio({ hits: 0, total: 0 })).toBe(1);
    const table = metricsTable([{ label: 'tune', metrics: sum }]).split('\n');
    expect(table[0]).toMatch(
      /^set\s+postings\s+precision\s+recall\s+tech recall\s+false hl\s+false ML\s+missed ML\s+role\s+listedAs\s+extra$/,
    );
    expect(table[1]).toMatch(
      /^tune\s+2\s+1\.000 \(0\/0\)\s+0\.333 \(2\/6\)\s+1\.000 \(0\/0\)\s+0\/4\s+0\/0\s+0\/2\s+1\.000 \(2\/2\)/,
    );
  });
});

describe('goldErrors', () => {
  it('reports unknown ids, absent strings and inconsistent lists', () => {
    const bad: CorpusPosting = {
      ...posting,
      gold: {
        ...posting.gold,
        skills: [
          ...(posting.gold.skills as Array<{ skill: string; category: 'core' }>),
          { skill: 'cobol-9000', category: 'core' },
        ],
        mustNotHighlight: ['R&D'],
        preferredOnly: ['sql', 'rust'],
        required: ['sql'],
      },
    };
    expect(goldErrors(bad, resolve)).toEqual([
      'tune/01-test: unknown gold skill id "cobol-9000"',
      'tune/01-test: preferredOnly names "rust", which is not a gold skill',
      'tune/01-test: "sql" is both required and preferredOnly',
      'tune/01-test: mustNotHighlight "R&D" is not in the text',
    ]);
    expect(goldErrors(posting, resolve)).toEqual([]);
  });

  it('accepts names the catalogue lacks, and refuses an old-format alias in place of an id', () => {
    expect(goldErrors(named, resolve)).toEqual([]);
    const alias: CorpusPosting = {
      ...posting,
      gold: { ...posting.gold, skills: [{ skill: 'js', category: 'core' }], preferredOnly: [], required: [] },
    };
    expect(goldErrors(alias, resolve)).toEqual(['tune/01-test: unknown gold skill id "js"']);
  });
});
