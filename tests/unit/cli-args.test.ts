import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../lib/cli/args';

describe('parseArgs', () => {
  it('reads files in order, with --json anywhere', () => {
    expect(parseArgs(['a.txt', '--json', 'b.html'])).toEqual({
      kind: 'run',
      options: { json: true, profile: null, files: ['a.txt', 'b.html'] },
    });
  });

  it('reads --profile FILE and --profile=FILE', () => {
    expect(parseArgs(['--profile', 'me.json', 'a.txt'])).toMatchObject({
      options: { profile: 'me.json', files: ['a.txt'] },
    });
    expect(parseArgs(['--profile=me.json', 'a.txt'])).toMatchObject({ options: { profile: 'me.json' } });
  });

  it('treats everything after -- as files', () => {
    expect(parseArgs(['--', '--json', '-x.txt'])).toMatchObject({
      options: { json: false, files: ['--json', '-x.txt'] },
    });
  });

  it('answers --help and -h', () => {
    expect(parseArgs(['--help', 'a.txt'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it('refuses unknown options, a missing profile value, a repeated profile and no files', () => {
    expect(parseArgs(['--jsn', 'a.txt'])).toEqual({ kind: 'usage-error', message: 'unknown option --jsn' });
    expect(parseArgs(['-v', 'a.txt'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['a.txt', '--profile'])).toEqual({
      kind: 'usage-error',
      message: '--profile needs a file',
    });
    expect(parseArgs(['--profile=', 'a.txt'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['--profile', 'a', '--profile', 'b', 'c.txt'])).toEqual({
      kind: 'usage-error',
      message: '--profile given twice',
    });
    expect(parseArgs([])).toEqual({ kind: 'usage-error', message: 'no files given' });
    expect(parseArgs(['--json'])).toEqual({ kind: 'usage-error', message: 'no files given' });
  });
});
