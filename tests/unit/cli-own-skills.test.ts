import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis/index';
import { runCli } from '../../lib/cli/run';

/** The profile's own skills are looked for and counted by the CLI, as by the extension. */
const dir = mkdtempSync(join(tmpdir(), 'ml-fit-own-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const posting = fileURLToPath(new URL('../../samples/ml-engineer.txt', import.meta.url));
const profile = join(dir, 'me.json');
// "Recommendation models" is not in the catalogue; the sample names it in its duties.
writeFileSync(
  profile,
  JSON.stringify({
    skills: [{ skill: 'python', level: 'expert' }],
    ownSkills: [
      {
        name: 'Shelf ranking',
        aliases: ['recommendation models'],
        category: 'core',
        side: 'ml',
        level: 'expert',
      },
    ],
  }),
);

async function fitOf(file: string) {
  const stdout: string[] = [];
  await runCli(
    ['--json', '--profile', file, posting],
    { stdout: (l) => stdout.push(l), stderr: () => {}, colour: false },
    analyzePosting,
  );
  return JSON.parse(stdout[0] as string).fit as {
    score: number;
    matched: { skill: string; level: string }[];
  };
}

describe('own skills in the CLI', () => {
  it('finds an own skill by its alias and counts it in the fit', async () => {
    const fit = await fitOf(profile);
    expect(fit.matched.find((m) => m.skill === 'own:shelf-ranking')).toMatchObject({ level: 'expert' });
    const without = join(dir, 'without.json');
    writeFileSync(without, JSON.stringify({ skills: [{ skill: 'python', level: 'expert' }] }));
    expect(fit.score).toBeGreaterThan((await fitOf(without)).score);
  });
});
