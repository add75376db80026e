import { readFile, stat } from 'node:fs/promises';

/**
 * Reading one FILE argument safely: every way it can be unusable becomes a short reason
 * ("not found", "binary file"...) that the runner prints on one line, never a stack trace.
 */

/** Saved job pages weigh a few MB at most; anything much larger is not a posting. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export async function readPostingFile(file: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
    size = info.size;
  } catch (error) {
    return { ok: false, reason: fsReason(error) };
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, reason: `too large (${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)})` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, reason: fsReason(error) };
  }
  return decodeText(bytes);
}

/** UTF-8 text or a reason. Binary: a NUL byte, invalid UTF-8, or many control characters. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'binary file (not valid UTF-8 text)' };
  }
  if (controlShare(text) > 0.01) return { ok: false, reason: 'binary file (control characters)' };
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}

/** Share of C0 control characters other than tab, newlines and form feed, in the first 64 K. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) controls++;
  }
  return n === 0 ? 0 : controls / n;
}

function fsReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message.split('\n')[0] || 'cannot read' : 'cannot read';
}
