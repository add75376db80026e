import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The real command, as a user runs it: `npx tsx scripts/analyze.ts ...` in a child process. */
const repo = fileURLToPath(new URL('../..', import.meta.url));
// Colour must come from the TTY check alone (stdout is a pipe here), not from inherited variables.
const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;

function analyze(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: repo, env }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm run analyze (child process)', () => {
  it('prints one JSON line per file in order, reports the missing one on stderr, exits 1', async () => {
    const files = ['samples/ml-engineer.txt', 'samples/missing.txt', 'samples/mlops-engineer.html'];
    const { code, stdout, stderr } = await analyze(['--json', ...files]);
    expect(code).toBe(1);
    expect(stderr).toBe('ml-fit: samples/missing.txt: not found\n');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [txt, html] = lines.map((l) => JSON.parse(l));
    expect(txt.file).toBe('samples/ml-engineer.txt');
    expect(txt.title).toBe('Machine Learning Engineer, Personalisation');
    expect(txt.role.id).toBe('ml-engineer');
    // Offsets count from the start of the file, header lines included.
    const text = readFileSync(`${repo}/samples/ml-engineer.txt`, 'utf8');
    expect(txt.mentions.length).toBeGreaterThan(5);
    for (const m of txt.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(html).toMatchObject({
      file: 'samples/mlops-engineer.html',
      title: 'MLOps Engineer',
      isMlEngineer: true,
    });
  }, 30_000);

  it('prints a plain report when piped, and a usage error with status 2', async () => {
    const report = await analyze(['samples/data-scientist.txt']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Role: Data scientist');
    expect(report.stdout).not.toContain('\x1b[');
    const usage = await analyze(['--verbose', 'samples/data-scientist.txt']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^ml-fit: unknown option --verbose\nusage: /);
  }, 30_000);
});
