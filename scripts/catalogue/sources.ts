import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Readers for the licensed sources the generated catalogue comes from, each pinned in
 * package.json: devicon (MIT), linguist-languages (MIT), simple-icons (CC0). Each yields
 * candidates with the source's own names; generate.ts filters, classifies and merges them.
 */

const require = createRequire(import.meta.url);

export interface SourceSkill {
  name: string;
  aliases: string[];
  /** devicon tags, "linguist:<type>", or "simple-icons" */
  tags: string[];
  source: 'devicon' | 'linguist' | 'simple-icons';
  /** the source's own key (devicon name, linguist name, simple-icons slug), for overrides */
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
