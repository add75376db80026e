import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * package.json's `engines.node` is the Node range every installed package's own `engines`
 * accepts: no wider (a tool would refuse it) and no narrower (it would turn away a Node that
 * works). README's Quick start says the same range.
 */

// npm's own range reader, installed with the toolchain (no types of its own).
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
};

/**
 * Declares Node 22 but runs every command this project uses (prepare, build, zip) on Node 20,
 * which CI checks; its prompt library serves only `wxt init`. README says so.
 */
const DECLARED_TOO_NARROW = new Set(['wxt', '@topcli/prompts']);

function installedEngines(dir: string, out: Map<string, string>): Map<string, string> {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      installedEngines(path, out);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        engines?: { node?: unknown };
      };
      const range = pkg.engines?.node;
      if (pkg.name && typeof range === 'string' && !DECLARED_TOO_NARROW.has(pkg.name))
        out.set(pkg.name, range);
    }
    installedEngines(join(path, 'node_modules'), out);
  }
  return out;
}

describe('engines.node', () => {
  const ours = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines
    .node;
  const theirs = installedEngines('node_modules', new Map());

  it('reads the engines of the toolchain (vite, vitest, pdf.js among them)', () => {
    for (const name of ['vite', 'vitest', 'pdfjs-dist', 'htmlparser2'])
      expect(theirs.has(name), name).toBe(true);
  });

  it.each([
    '18.20.0',
    '20.18.0',
    '20.19.0',
    '20.20.2',
    '21.7.0',
    '22.12.0',
    '22.13.0',
    '23.11.0',
    '24.0.0',
    '25.1.0',
  ])('Node %s: accepted exactly when every package accepts it', (version) => {
    const refusing = [...theirs].filter(([, range]) => !semver.satisfies(version, range)).map(([n]) => n);
    expect(semver.satisfies(version, ours), `refused by: ${refusing.join(', ') || 'none'}`).toBe(
      refusing.length === 0,
    );
  });

  it('README states the same range', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(ours).toBe('^20.19.0 || ^22.13.0 || >=24');
    expect(readme).toContain('Node 20.19+, 22.13+ or 24+');
  });
});
