import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'ML Fit',
    description:
      'See how well you fit a machine-learning-engineer posting, right on the page. Nothing leaves your machine.',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'ML Fit' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ml-fit@example.org',
              // 140: CSS Custom Highlight API and data_collection_permissions both arrive here.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // Firefox review needs what builds the extension, nothing more: no tests, corpus,
    // benchmarks, screenshots, build output or keys (WXT's sources zip ignores .gitignore).
    excludeSources: [
      '.ci/**',
      '.output/**',
      'coverage/**',
      'docs/**',
      'lib/cli/**',
      'node_modules/**',
      'samples/**',
      'scripts/**',
      'test-output/**',
      'tests/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/testing/**',
      '**/*.pem',
      '**/*.key',
      '**/*.png',
    ],
  },
});
