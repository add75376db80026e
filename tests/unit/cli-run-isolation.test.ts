import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyzePosting } from '../../lib/analysis/index';
import { EXIT_FILE_FAILED, runCli } from '../../lib/cli/run';

/** Reading a posting out of a file can fail in ways no check foresees; it stays that file's failure. */
vi.mock('../../lib/cli/posting-source', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lib/cli/posting-source')>();
  return {
    ...original,
    postingSource(file: string, text: string) {
      if (file.endsWith('cursed.html')) throw new RangeError('Invalid string length\n    at scanHtml');
      return original.postingSource(file, text);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'ml-fit-isolation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runCli', () => {
  it('reports a file whose posting cannot be read on one line and analyses the others', async () => {
    const files = ['a.txt', 'cursed.html', 'b.txt'].map((name) => {
      const path = join(dir, name);
      writeFileSync(path, name.endsWith('.html') ? '<p>Python</p>' : 'Python and SQL');
      return path;
    });
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(
      ['--json', ...files],
      { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), colour: false },
      analyzePosting,
    );
    expect(code).toBe(EXIT_FILE_FAILED);
    expect(stdout.map((l) => JSON.parse(l).file)).toEqual([files[0], files[2]]);
    expect(stderr).toEqual([`ml-fit: ${files[1]}: could not be analysed: Invalid string length`]);
  });
});
