import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers, read from the source itself:
 * - lib/ is the pure library: every module loads in Node without a DOM (DOM use inside its
 *   functions is fine), with no extension runtime, UI framework or database, and nothing
 *   from the layers above it;
 * - app/ is the runtime shared by several entrypoints (browser glue, the Dexie stores);
 * - components/ is presentational Preact UI: no storage, no `browser`, no entrypoint;
 * - entrypoints/<name>/ is one entrypoint's own app; none reaches into another's folder.
 * No module imports itself back through a chain (a cycle), and no folder does: the folders of
 * lib/ form layers of their own (lib/README.md), as the four layers do.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const LAYERS = ['lib', 'app', 'components', 'entrypoints'] as const;
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const ALIASES = ['@@/', '~~/', '@/', '~/'];

/** Packages that need the extension runtime, the database or the UI framework. */
const RUNTIME = /^(wxt|#imports|preact|dexie|webextension-polyfill|@wxt-dev)(\/|$)/;
/** What a presentational component may not reach: the runtime and the database. */
const NOT_IN_COMPONENTS = /^(wxt|#imports|dexie|webextension-polyfill|@wxt-dev)(\/|$)/;

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The source with comments and the contents of strings and templates blanked out, except
 * for strings that directly follow `from`, `import`, `import(` or `export … from`. */
function importSpecifiers(source: string): string[] {
  const specs: string[] = [];
  // Comments first, keeping strings intact: a `//` inside a string is not a comment.
  let code = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      code += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      code += source.slice(i, j + 1);
      i = j + 1;
    } else {
      code += c;
      i++;
    }
  }
  const statement =
    /(?:^|[\n;}])\s*(?:import|export)\s+(?:type\s+)?(?:[\w$*{},\s]*?\s*from\s*)?(['"])([^'"\n]+)\1/g;
  for (const m of code.matchAll(statement)) specs.push(m[2] as string);
  for (const m of code.matchAll(/\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g)) specs.push(m[2] as string);
  return specs;
}

function resolveLocal(from: string, spec: string): string | null {
  const alias = ALIASES.find((a) => spec.startsWith(a));
  let base: string;
  if (alias) base = join(ROOT, spec.slice(alias.length));
  else if (spec.startsWith('./') || spec.startsWith('../')) base = resolve(dirname(from), spec);
  else return null;
  const candidates = [
    base,
    ...['.ts', '.tsx', '.mts', '.js'].map((ext) => base + ext),
    base.replace(/\.js$/, '.ts'),
    ...['index.ts', 'index.tsx'].map((index) => join(base, index)),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
}

interface Edge {
  spec: string;
  /** Repository-relative path with `/`, or null for a package. */
  target: string | null;
}

function rel(path: string): string {
  return relative(ROOT, path).split(sep).join('/');
}

function readGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const layer of LAYERS) {
    for (const file of walk(join(ROOT, layer))) {
      const edges = importSpecifiers(readFileSync(file, 'utf8')).map((spec) => {
        const local = resolveLocal(file, spec);
        return { spec, target: local === null ? null : rel(local) };
      });
      graph.set(rel(file), edges);
    }
  }
  return graph;
}

const graph = readGraph();

function violations(
  inLayer: (file: string) => boolean,
  forbidden: (edge: Edge, file: string) => boolean,
): string[] {
  const found: string[] = [];
  for (const [file, edges] of graph) {
    if (!inLayer(file)) continue;
    for (const edge of edges) if (forbidden(edge, file)) found.push(`${file} imports '${edge.spec}'`);
  }
  return found.sort();
}

const under = (folder: string) => (file: string | null) => file?.startsWith(`${folder}/`) ?? false;
const entrypointOf = (file: string) => file.split('/').slice(0, 2).join('/');

/** A file's folder: its first two path segments (`lib/fit`, `entrypoints/popup`, `app/browser`). */
const folderOf = (file: string) =>
  file
    .split('/')
    .slice(0, 2)
    .join('/')
    .replace(/\.[^/]*$/, '');

/** The import graph between folders: an edge wherever a file imports a file of another folder. */
function folderEdges(files: ReadonlyMap<string, readonly Edge[]>): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const [file, list] of files) {
    const from = folderOf(file);
    const targets = new Set(edges.get(from));
    for (const e of list) {
      if (e.target !== null && files.has(e.target) && folderOf(e.target) !== from)
        targets.add(folderOf(e.target));
    }
    edges.set(from, [...targets].sort());
  }
  return edges;
}

/** Every elementary cycle reached by a depth-first search, as a path that ends where it began. */
function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** The groups of nodes that reach each other (Tarjan's algorithm), each sorted. */
function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      groups.push(group.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

describe('import scanner', () => {
  it('reads static, re-exported, side-effect and dynamic imports, not comments or strings', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {',
      '  c,',
      "} from './c';",
      "export { d } from './d';",
      "export * from './e';",
      "import './f.css';",
      "const g = await import('./g');",
      "// import { x } from './commented';",
      "/* import { y } from './block'; */",
      'const s = "import { z } from \'./in-string\'";',
      "const url = 'https://example.org//not-a-comment'; import h from './h';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a', '../b', './c', './d', './e', './f.css', './h', './g']);
  });

  it('finds a cycle and names its path', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(edges)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('groups the nodes that reach each other', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['c']],
      ['e', ['a']],
    ]);
    expect(stronglyConnected(edges).sort()).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('finds a cycle between folders whose files have none', () => {
    const edge = (target: string): Edge => ({ spec: target, target });
    const files = new Map<string, Edge[]>([
      ['lib/a/one.ts', [edge('lib/b/one.ts')]],
      ['lib/b/one.ts', []],
      ['lib/b/two.ts', [edge('lib/a/two.ts'), edge('lib/c.ts')]],
      ['lib/a/two.ts', []],
      ['lib/c.ts', []],
    ]);
    expect(findCycles(new Map([...files].map(([f, l]) => [f, l.map((e) => e.target as string)])))).toEqual(
      [],
    );
    expect(stronglyConnected(folderEdges(files)).filter((group) => group.length > 1)).toEqual([
      ['lib/a', 'lib/b'],
    ]);
  });

  it('sees the whole source tree', () => {
    for (const layer of LAYERS) expect([...graph.keys()].some(under(layer))).toBe(true);
    expect(graph.get('entrypoints/background/index.ts')?.length).toBeGreaterThan(0);
  });
});

describe('layers', () => {
  it('lib/ imports no extension runtime, UI framework or database', () => {
    expect(violations(under('lib'), (e) => e.target === null && RUNTIME.test(e.spec))).toEqual([]);
  });

  it('every lib/ module loads in Node, where there is no DOM', async () => {
    expect(typeof document).toBe('undefined');
    const modules = [...graph.keys()].filter((f) => under('lib')(f) && !/\.test\.tsx?$/.test(f));
    expect(modules.length).toBeGreaterThan(100);
    const failed: string[] = [];
    for (const file of modules) {
      await import(/* @vite-ignore */ join(ROOT, file)).catch((error: unknown) =>
        failed.push(`${file}: ${String(error)}`),
      );
    }
    expect(failed).toEqual([]);
  }, 60_000);

  it('lib/ imports nothing from app/, components/ or entrypoints/', () => {
    const above = (t: string | null) => under('app')(t) || under('components')(t) || under('entrypoints')(t);
    expect(violations(under('lib'), (e) => above(e.target))).toEqual([]);
  });

  it('app/ imports nothing from components/ or entrypoints/', () => {
    const above = (t: string | null) => under('components')(t) || under('entrypoints')(t);
    expect(violations(under('app'), (e) => above(e.target))).toEqual([]);
  });

  it('components/ reach no storage, browser runtime or entrypoint', () => {
    const forbidden = (e: Edge) =>
      under('app')(e.target) ||
      under('entrypoints')(e.target) ||
      (e.target === null && NOT_IN_COMPONENTS.test(e.spec));
    expect(violations(under('components'), forbidden)).toEqual([]);
  });

  it("no entrypoint imports another entrypoint's folder", () => {
    const forbidden = (e: Edge, file: string) =>
      under('entrypoints')(e.target) && entrypointOf(e.target as string) !== entrypointOf(file);
    expect(violations(under('entrypoints'), forbidden)).toEqual([]);
  });

  it('has no import cycles', () => {
    const edges = new Map<string, string[]>();
    for (const [file, list] of graph) {
      edges.set(
        file,
        list.flatMap((e) => (e.target !== null && graph.has(e.target) ? [e.target] : [])),
      );
    }
    expect(findCycles(edges).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('has no cycles between folders, inside lib/ or any other layer', () => {
    const tangled = stronglyConnected(folderEdges(graph)).filter((group) => group.length > 1);
    expect(tangled).toEqual([]);
  });
});
