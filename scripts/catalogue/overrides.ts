import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../../lib/analysis/catalogue/schema';
import { looseKey } from './sources';

/** The review decisions in ./overrides.json (its "about" says what each list means). */
export interface Overrides {
  names: Record<string, string>;
  exclude: string[];
  ambiguous: string[];
  plain: string[];
  kinds: Record<string, Kind>;
  sql: string[];
  languages: string[];
  aliases: Record<string, string[]>;
  notAliases: Record<string, string[]>;
  keepCommon: string[];
  include: string[];
  logos: Record<string, string>;
}

export const overrides = JSON.parse(
  readFileSync(join(import.meta.dirname, 'overrides.json'), 'utf8'),
) as Overrides;

/** The lists as sets of loose keys (./sources.ts looseKey), for look-ups by any spelling. */
export const excluded = new Set(overrides.exclude.map(looseKey));
export const forcedAmbiguous = new Set(overrides.ambiguous.map(looseKey));
export const plain = new Set(overrides.plain.map(looseKey));
export const keptCommon = new Set(overrides.keepCommon.map(looseKey));
export const included = new Set(overrides.include.map(looseKey));
export const sqlDatabases = new Set(overrides.sql.map(looseKey));
export const keptLanguages = new Set(overrides.languages.map(looseKey));
export const kindOverrides = new Map(Object.entries(overrides.kinds).map(([k, v]) => [looseKey(k), v]));
