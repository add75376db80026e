import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis, PostingInput } from '../../lib/analysis/types';
import { EXIT_FILE_FAILED, EXIT_OK, EXIT_USAGE, runCli } from '../../lib/cli/run';
import { MAX_TEXT_CHARS } from '../../lib/messages/limits';

/**
 * The runner with a recording analyser: these tests are about the CLI's contract (order,
 * streams, exit codes, what text and title reach the engine), not about the engine.
 */
const dir = mkdtempSync(join(tmpdir(), 'ml-fit-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function recorder() {
  const inputs: PostingInput[] = [];
  const analyze = (input: PostingInput): Analysis => {
    inputs.push(input);
    const at = input.text.indexOf('Python');
    return {
      isMlEngineer: at >= 0,
      role: {
        id: at >= 0 ? 'ml-engineer' : 'other',
        confidence: 0.5,
        reasons: [`${input.text.length} chars`],
      },
      mentions:
        at >= 0
          ? [
              {
                start: at,
                end: at + 6,
                text: 'Python',
                skill: 'python',
                name: 'Python',
                category: 'core',
                listedAs: 'unspecified',
              },
            ]
          : [],
      skills: [],
      requirements: { years: null, degree: null },
    };
  };
  return { inputs, analyze };
}

async function run(argv: string[], analyze = recorder().analyze) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(
    argv,
    { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), colour: false },
    analyze,
  );
  return { code, stdout, stderr };
}

const txt = file('ml.txt', 'Title: ML Engineer\nCompany: Acme\n\nWe use Python daily.');
const plain = file('plain.txt', 'Data analyst wanted. Excel.');

describe('runCli', () => {
  it('passes the whole file text, the header title and company; offsets count from the file start', async () => {
    const { inputs, analyze } = recorder();
    const { code, stdout } = await run(['--json', txt], analyze);
    expect(code).toBe(EXIT_OK);
    expect(inputs).toEqual([
      {
        text: 'Title: ML Engineer\nCompany: Acme\n\nWe use Python daily.',
        title: 'ML Engineer',
        company: 'Acme',
      },
    ]);
    const line = JSON.parse(stdout[0] as string);
    expect(line.mentions[0].start).toBe('Title: ML Engineer\nCompany: Acme\n\nWe use '.length);
  });

  it('prints one JSON line per file, in argument order, and nothing else on stdout', async () => {
    const { code, stdout, stderr } = await run(['--json', plain, txt, plain]);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toEqual([]);
    expect(stdout.map((l) => JSON.parse(l).file)).toEqual([plain, txt, plain]);
    expect(stdout.every((l) => !l.includes('\n'))).toBe(true);
  });

  it('reports each failing file on one stderr line, analyses the rest, exits 1', async () => {
    const missing = join(dir, 'missing.txt');
    const binary = file('logo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const empty = file('empty.txt', '');
    const markupOnly = file('blank.html', '<html><script>x()</script></html>');
    const { code, stdout, stderr } = await run(['--json', missing, txt, binary, empty, markupOnly, plain]);
    expect(code).toBe(EXIT_FILE_FAILED);
    expect(stdout.map((l) => JSON.parse(l).file)).toEqual([txt, plain]);
    expect(stderr).toEqual([
      `ml-fit: ${missing}: not found`,
      `ml-fit: ${binary}: binary file (contains NUL bytes)`,
      `ml-fit: ${empty}: empty file`,
      `ml-fit: ${markupOnly}: no posting text found`,
    ]);
  });

  it('refuses a 10 MB file and accepts a 3 MB saved page, reading its JSON-LD', async () => {
    const big = file('huge.txt', 'x'.repeat(10 * 1024 * 1024));
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'MLOps Engineer',
      description: '<p>Python and MLflow</p>',
    });
    const filler = `<div class="card"><span>${'noise '.repeat(50)}</span></div>`;
    const page = `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body>${filler.repeat(
      Math.ceil((3 * 1024 * 1024) / filler.length),
    )}</body></html>`;
    const saved = file('saved.html', page);
    const { inputs, analyze } = recorder();
    const { code, stdout, stderr } = await run(['--json', big, saved], analyze);
    expect(code).toBe(EXIT_FILE_FAILED);
    expect(stderr).toEqual([`ml-fit: ${big}: too large (10.0 MB; the limit is 8.0 MB)`]);
    expect(inputs).toEqual([{ text: 'Python and MLflow', title: 'MLOps Engineer' }]);
    expect(JSON.parse(stdout[0] as string)).toMatchObject({ file: saved, title: 'MLOps Engineer' });
  });

  it('turns an engine exception into a one-line failure for that file only', async () => {
    const { code, stdout, stderr } = await run([txt, plain], (input) => {
      if (input.text.includes('Excel')) throw new Error('boom');
      return recorder().analyze(input);
    });
    expect(code).toBe(EXIT_FILE_FAILED);
    expect(stderr).toEqual([`ml-fit: ${plain}: analysis failed: boom`]);
    expect(stdout.join('\n')).toContain(txt);
  });

  it('prints readable reports separated by a blank line without --json', async () => {
    const { code, stdout } = await run([txt, plain]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toHaveLength(2);
    expect(stdout[0]).toContain('Role: ML engineer');
    expect(stdout[1]?.startsWith('\n')).toBe(true);
  });

  it('exits 2 with a usage line for usage errors, and 0 for --help', async () => {
    const bad = await run(['--colour', txt]);
    expect(bad.code).toBe(EXIT_USAGE);
    expect(bad.stdout).toEqual([]);
    expect(bad.stderr[0]).toBe('ml-fit: unknown option --colour');
    expect(bad.stderr[1]).toMatch(/^usage: npm run analyze -- /);
    expect((await run([])).code).toBe(EXIT_USAGE);
    const help = await run(['--help']);
    expect(help.code).toBe(EXIT_OK);
    expect(help.stdout[0]).toContain('--profile');
  });

  it('adds a fit to each line with --profile, and refuses a broken profile before analysing', async () => {
    const profile = file(
      'me.json',
      JSON.stringify({ skills: [{ skill: 'python', level: 'expert' }], years: 4 }),
    );
    const ok = await run(['--json', '--profile', profile, txt]);
    expect(ok.code).toBe(EXIT_OK);
    expect(JSON.parse(ok.stdout[0] as string).fit).toMatchObject({
      score: expect.any(Number),
      band: expect.any(String),
    });
    const text = await run(['--profile', profile, txt]);
    expect(text.stdout[0]).toMatch(/Fit: \d+\/100 \((strong|partial|stretch)\)/);

    const broken = file('broken.json', '{ "skills": [ ');
    const { inputs, analyze } = recorder();
    const bad = await run(['--json', '--profile', broken, txt], analyze);
    expect(bad.code).toBe(EXIT_FILE_FAILED);
    expect(bad.stdout).toEqual([]);
    expect(inputs).toEqual([]);
    expect(bad.stderr).toHaveLength(1);
    expect(bad.stderr[0]).toMatch(/^ml-fit: .*broken\.json: This is not valid JSON/);
  });

  it('analyses a 960 KB page of unclosed nested lists and the file after it', async () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'ML Engineer',
      description: `<p>Python</p>${'<ul><li>x'.repeat(110_000)}`,
    });
    const hostile = file(
      'nested.html',
      `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head></html>`,
    );
    const { inputs, analyze } = recorder();
    const { code, stdout, stderr } = await run(['--json', hostile, txt], analyze);
    expect(stderr).toEqual([]);
    expect(code).toBe(EXIT_OK);
    expect(stdout.map((l) => JSON.parse(l).file)).toEqual([hostile, txt]);
    // Cut like a page's visible text, and the line says so.
    expect(inputs[0]?.text.length).toBeGreaterThan(MAX_TEXT_CHARS - 10);
    expect(inputs[0]?.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(JSON.parse(stdout[0] as string).truncated).toBe(true);
    expect(JSON.parse(stdout[1] as string)).not.toHaveProperty('truncated');
  });

  it('says in the readable report when the posting was cut', async () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', description: `<p>${'Python. '.repeat(10_000)}</p>` });
    const long = file('long.html', `<script type="application/ld+json">${ld}</script>`);
    const { stdout } = await run([long]);
    expect(stdout[0]).toContain('A very long posting: only its first 60,000 characters were read.');
    expect((await run([txt])).stdout[0]).not.toContain('A very long posting');
  });

  it('prints no control characters or escape sequences from the page or the profile', async () => {
    const osc52 = '\x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\x07';
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: `ML Engineer${osc52}\x1b[2J\x1b]0;pwned\x1b\\`,
      hiringOrganization: { name: 'Acme\x9b31m\x08\x08\x08Evil' },
      jobLocation: { address: { addressLocality: 'Berlin\u202e\x00' } },
      description: '<p>Python</p>',
    });
    const page = file('escapes.html', `<script type="application/ld+json">${ld}</script>`);
    const profile = file(
      'escapes.json',
      JSON.stringify({
        skills: [
          { skill: 'Basket weaving\u202e\u200b', level: 'expert' },
          { skill: `Evil${osc52}\x1b[31m`, level: 'expert' },
        ],
      }),
    );
    for (const colour of [false, true]) {
      const stdout: string[] = [];
      const stderr: string[] = [];
      await runCli(
        ['--profile', profile, page],
        { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), colour },
        recorder().analyze,
      );
      const printed = [...stdout, ...stderr].join('\n');
      // The only escape sequences left are the report's own colours (SGR), and only in colour.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
      const withoutOwnColours = printed.replace(/\x1b\[\d+m/g, '');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: as above
      expect(withoutOwnColours).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
      expect(colour || printed === withoutOwnColours).toBe(true);
      expect(stdout[0]).toContain('ML Engineer · AcmeEvil · Berlin');
      // Profile warnings name the skills, cleaned, and never the refused text itself.
      expect(stderr.join('\n')).toContain('kept as your own skills at level “working”: Basket weaving.');
      expect(stderr.join('\n')).toContain('Skipped, not a skill name: skills[1]');
      expect(stderr.join('\n')).not.toContain('Evil');
    }
  });
});
