import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Readers for the licensed sources the generated catalogue comes from, each pinned in
 * package.json: devicon (MIT), linguist-languages (MIT), simple-icons (CC0), @iconify-json/logos
 * (CC0, Gil Barbara's SVG Logos). Each yields candidates with the source's own names (the
 * logos set has icon keys only, so its names come from the review); generate.ts filters,
 * classifies and merges them.
 */

const require = createRequire(import.meta.url);

export interface SourceSkill {
  name: string;
  aliases: string[];
  /** devicon tags, "linguist:<type>", "simple-icons" or "logos" */
  tags: string[];
  source: 'devicon' | 'linguist' | 'simple-icons' | 'logos';
  /** the source's own key (devicon name, linguist name, simple-icons slug, logos icon key), for overrides */
  key: string;
}

/** The package's folder; simple-icons' exports map hides its package.json from require.resolve. */
function packageDir(name: string): string {
  return join(dirname(require.resolve('devicon/package.json')), '..', name);
}

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string })
    .version;
}

interface SimpleIcon {
  title: string;
  slug: string;
  source?: string;
  aliases?: { aka?: string[]; dup?: Array<{ title: string }> };
}

export function readSimpleIcons(): SimpleIcon[] {
  return JSON.parse(readFileSync(join(packageDir('simple-icons'), 'data/simple-icons.json'), 'utf8'));
}

/** The SVG Logos set's icon keys ("rethinkdb", "aws-cognito", "adobe-lightroom"), aliases included. */
export function readLogoKeys(): Set<string> {
  const set = JSON.parse(readFileSync(join(packageDir('@iconify-json/logos'), 'icons.json'), 'utf8')) as {
    icons: Record<string, unknown>;
    aliases?: Record<string, unknown>;
  };
  return new Set([...Object.keys(set.icons), ...Object.keys(set.aliases ?? {})]);
}

interface Devicon {
  name: string;
  altnames: string[];
  tags: string[];
}

export function readDevicon(): Devicon[] {
  return JSON.parse(readFileSync(join(packageDir('devicon'), 'devicon.json'), 'utf8'));
}

interface LinguistLanguage {
  name: string;
  type: 'programming' | 'data' | 'markup' | 'prose';
  aliases?: string[];
  group?: string;
  aceMode?: string;
  codemirrorMode?: string;
}

export function readLinguist(): LinguistLanguage[] {
  const all = require('linguist-languages') as Record<string, LinguistLanguage>;
  return Object.values(all);
}

/** Lower case, letters, digits, + and # only: how sources are matched to one another. */
export function looseKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9+#]/g, '');
}

export function simpleIconSkill(icon: SimpleIcon): SourceSkill {
  return {
    name: icon.title,
    aliases: [...(icon.aliases?.aka ?? [])],
    tags: ['simple-icons'],
    source: 'simple-icons',
    key: icon.slug,
  };
}
