import { readFileSync } from 'node:fs';

/** Names of the entries in a zip file, read from its central directory (no dependency needed). */
export function zipEntries(file: string): string[] {
  return zipEntrySizes(file).map((e) => e.name);
}

/** Each entry's name and compressed size, from the central directory. */
export function zipEntrySizes(file: string): { name: string; compressed: number }[] {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file}: not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: { name: string; compressed: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: corrupt central directory`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      compressed: buf.readUInt32LE(at + 20),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
