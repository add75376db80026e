import { afterAll, beforeAll } from 'vitest';
import { type Harness, type LaunchOptions, launch } from './browser';

// Apart from browser.ts: the bench scripts import that one under tsx, where vitest cannot load.

/**
 * The usual lifetime for a test file that needs nothing else at start: launch in beforeAll,
 * hand the harness to `use`, close it in afterAll.
 */
export function launchPerFile(use: (harness: Harness) => void, options: LaunchOptions = {}): void {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launch(options);
    use(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });
}
