import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { categoryOf, kindFromName, kindFromTags, sideOf } from '../../scripts/catalogue/classify';
import { riskOf } from '../../scripts/catalogue/words';

describe('riskOf: which written forms also read as words or names (scripts/catalogue/words.ts)', () => {
  it.each([
    ['Go', 'short'],
    ['Elm', 'short'],
    ['Bootstrap', 'common-word'],
    ['Flutter', 'common-word'],
    ['Redux', 'english'],
    ['Mocha', 'english'],
    ['Julia', 'first-name'],
    ['Hugo', 'first-name'],
    ['Home Assistant', 'common-phrase'],
    ['Power BI', 'common-phrase'],
  ])('%s is %s', (form, risk) => {
    expect(riskOf(form)).toBe(risk);
  });

  it.each(['Kotlin', 'Webpack', 'Laravel', 'Node.js', 'C#', '.NET', 'Apache Kafka', 'Tailwind CSS'])(
    '%s is coined',
    (form) => {
      expect(riskOf(form)).toBeNull();
    },
  );
});

describe('classification of generated skills (scripts/catalogue/classify.ts)', () => {
  it('reads the kind from devicon tags, else from the name', () => {
    expect(kindFromTags(['javascript', 'framework'])).toBe('framework');
    expect(kindFromTags(['database', 'sql'])).toBe('database');
    expect(kindFromTags(['machine-learning', 'python'])).toBe('ml-library');
    expect(kindFromTags(['editor'])).toBeUndefined();
    expect(kindFromName('Google Cloud Spanner')).toBe('cloud');
    expect(kindFromName('SurrealDB')).toBe('database');
    expect(kindFromName('Knex.js')).toBe('framework');
    expect(kindFromName('Sublime Text')).toBe('tool');
  });

  it('makes cloud services and SQL databases underemphasized, everything else nice to have', () => {
    expect(categoryOf('cloud', 'Netlify', [], false)).toBe('underemphasized');
    expect(categoryOf('database', 'TiDB', [], true)).toBe('underemphasized');
    expect(categoryOf('tool', 'Oracle SQL Developer', [], false)).toBe('underemphasized');
    expect(categoryOf('database', 'SurrealDB', ['nosql'], false)).toBe('nice-to-have');
    expect(categoryOf('database', 'NoSQL Booster', [], false)).toBe('nice-to-have');
    expect(categoryOf('framework', 'Laravel', [], false)).toBe('nice-to-have');
  });

  it('puts ML libraries on the ML side, the rest on the engineering side', () => {
    expect(sideOf('ml-library')).toBe('ml');
    expect(sideOf('framework')).toBe('engineering');
  });
});

describe('generated.json (npm run catalogue)', () => {
  it('matches what the generator writes from the pinned sources and the curated files', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((done) => {
      execFile(
        'npx',
        ['tsx', 'scripts/catalogue/generate.ts', '--check'],
        { cwd: new URL('../..', import.meta.url).pathname },
        (error, _stdout, stderr) => done({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);
});
