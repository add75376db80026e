import { afterAll, beforeAll } from 'vitest';
import { type FirefoxHarness, launchFirefox } from './firefox';

/** One Firefox per test file: launched in beforeAll, handed to `use`, closed in afterAll. */
export function firefoxPerFile(use: (harness: FirefoxHarness) => void): void {
  let harness: FirefoxHarness | undefined;
  beforeAll(async () => {
    harness = await launchFirefox();
    use(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });
}
