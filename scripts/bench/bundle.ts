import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * scripts/bench/engine-entry.ts bundled into one ES module, as Vite (Rollup) bundles the engine
 * into the extension, and imported. Run through tsx instead, every module would be compiled to
 * CommonJS, where each read of an imported constant is a getter call (about 30% of the engine's
 * time in a CPU profile): the bench would time the tool, not what ships.
 */
export async function loadBundledEngine(): Promise<typeof import('./engine-entry')> {
  const entry = fileURLToPath(new URL('./engine-entry.ts', import.meta.url));
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'ml-fit-bench-'));
  const file = join(dir, 'engine.mjs');
  try {
    writeFileSync(file, (out.outputFiles[0] as { text: string }).text);
    return (await import(pathToFileURL(file).href)) as typeof import('./engine-entry');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
