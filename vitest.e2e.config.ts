import { defineConfig } from 'vitest/config';

// Real-Chromium tests against the production build (npm run test:e2e builds it first).
export default defineConfig({
  test: {
    setupFiles: ['tests/support/install-catalogue.ts'],
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
