import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis/index';
import { runCli } from '../../lib/cli/run';

/** Transferable skills reach the CLI's JSON (`fit.matched[].via`) and its readable report. */
const dir = mkdtempSync(join(tmpdir(), 'ml-fit-transfer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const posting = fileURLToPath(new URL('../../samples/ml-engineer.txt', import.meta.url));
const profile = join(dir, 'me.json');
// The sample asks for GCP and names PyTorch or TensorFlow; this profile has neither, only AWS and JAX.
writeFileSync(
  profile,
  JSON.stringify({
    skills: [
      { skill: 'aws', level: 'working' },
      { skill: 'jax', level: 'expert' },
    ],
  }),
);

async function run(argv: string[]) {
  const stdout: string[] = [];
  const code = await runCli(
    argv,
    { stdout: (l) => stdout.push(l), stderr: () => {}, colour: false },
    analyzePosting,
  );
  return { code, stdout };
}

describe('transferable skills in the CLI', () => {
  it('lists each credited relative under fit.matched[].via', async () => {
    const { code, stdout } = await run(['--json', '--profile', profile, posting]);
    expect(code).toBe(0);
    const fit = JSON.parse(stdout[0] as string).fit;
    const byId = Object.fromEntries(fit.matched.map((m: { skill: string }) => [m.skill, m]));
    expect(byId.gcp).toMatchObject({ level: null, via: { skill: 'aws', name: 'AWS', level: 'working' } });
    expect(byId.pytorch).toMatchObject({ level: null, via: { skill: 'jax', level: 'expert' } });
    expect(byId.pytorch.points).toBeGreaterThan(0);
    expect(fit.score).toBeGreaterThan(0);
  });

  it('says "transferable from" in the readable report', async () => {
    const { stdout } = await run(['--profile', profile, posting]);
    expect(stdout.join('\n')).toContain('(transferable from JAX)');
  });
});
