import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, MAX_FILE_BYTES, readPostingFile } from '../../lib/cli/read-file';

const dir = mkdtempSync(join(tmpdir(), 'ml-fit-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readPostingFile', () => {
  it('reads UTF-8 text', async () => {
    expect(await readPostingFile(file('ok.txt', 'Python, café\n'))).toEqual({
      ok: true,
      text: 'Python, café\n',
    });
  });

  it('names missing files, directories and empty files', async () => {
    expect(await readPostingFile(join(dir, 'nope.txt'))).toEqual({ ok: false, reason: 'not found' });
    expect(await readPostingFile(dir)).toEqual({ ok: false, reason: 'is a directory' });
    expect(await readPostingFile(file('empty.txt', ''))).toEqual({ ok: false, reason: 'empty file' });
    expect(await readPostingFile(file('blank.txt', ' \n\t\n'))).toEqual({
      ok: false,
      reason: 'empty file (only whitespace)',
    });
  });

  it('refuses a 10 MB file before reading it', async () => {
    const path = file('big.txt', 'a'.repeat(10 * 1024 * 1024));
    expect(await readPostingFile(path)).toEqual({
      ok: false,
      reason: 'too large (10.0 MB; the limit is 8.0 MB)',
    });
  });

  it('accepts a file right at the limit and refuses one byte more', async () => {
    expect((await readPostingFile(file('at.txt', 'b'.repeat(MAX_FILE_BYTES)))).ok).toBe(true);
    expect((await readPostingFile(file('over.txt', 'b'.repeat(MAX_FILE_BYTES + 1)))).ok).toBe(false);
  });
});

describe('decodeText', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('calls NUL bytes, invalid UTF-8 and control-character soup binary', () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x14))).toEqual({
      ok: false,
      reason: 'binary file (contains NUL bytes)',
    });
    expect(decodeText(bytes(0x41, 0xff, 0xfe, 0x42))).toEqual({
      ok: false,
      reason: 'binary file (not valid UTF-8 text)',
    });
    expect(decodeText(bytes(0x41, 0x01, 0x02, 0x03, 0x42))).toEqual({
      ok: false,
      reason: 'binary file (control characters)',
    });
  });

  it('accepts tabs, CRLF line ends, form feeds and non-ASCII text', () => {
    const text = 'Title:\tML Engineer\r\n\fZürich – 5+ years\u00a0Python';
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ ok: true, text });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true, text: 'A' });
  });
});
