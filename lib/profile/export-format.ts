import type { Profile } from './schema';

/**
 * The profile file format. Version 1 is the current one:
 *   { "format": "ml-fit-profile", "version": 1, "exportedAt": ISO date, "profile": Profile }
 * A file without "format" is read as the hand-written form: the profile's fields at the top
 * level, every one optional ({ "skills": [ { "skill": "pytorch", "level": "expert" } ] }).
 * The profile's "ownSkills" (name, aliases, category, side, level) were added within version 1:
 * older files carry own skills as "freeText" names, which still import (as own skills with
 * defaults), so no new version was needed. When a version 2 comes, version 1 files must keep importing: add to SUPPORTED_VERSIONS and
 * convert, never drop a version.
 */

export const EXPORT_FORMAT = 'ml-fit-profile';
export const EXPORT_VERSION = 1;
export const SUPPORTED_VERSIONS: readonly number[] = [1];
/** Larger files are refused before reading: a real profile is a few kilobytes. 1 MB, as printed. */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface ProfileExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  profile: Profile;
}

export function exportProfile(profile: Profile, now: Date = new Date()): string {
  const file: ProfileExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `ml-fit-profile-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * A file size as file managers and the browser's downloads show it (1 KB = 1,000 bytes), so
 * a file listed as 1.1 MB reads "1.1 MB" here too.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 999_500) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * "This file is X; the limit is Y", where X never reads as Y: a size that rounds to the limit
 * is given in bytes.
 */
export function sizeOverLimit(bytes: number, limit: number): { size: string; limit: string } {
  const size = formatBytes(bytes);
  const max = formatBytes(limit);
  if (size !== max) return { size, limit: max };
  const exact = (n: number) => `${n.toLocaleString('en')} bytes`;
  return { size: exact(bytes), limit: exact(limit) };
}

/** The refusal shown when a file is too large; checked on File.size before reading. */
export function tooLargeMessage(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const { size, limit } = sizeOverLimit(bytes, MAX_IMPORT_BYTES);
  return `This file is ${size}; a profile file is at most ${limit}. Nothing was imported.`;
}
