import { defineConfig } from 'vitest/config';

// Real-Firefox tests against the production Firefox build (npm run test:e2e builds it first).
export default defineConfig({
  test: {
    setupFiles: ['tests/support/install-catalogue.ts'],
    include: ['tests/e2e-firefox/**/*.firefox.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
