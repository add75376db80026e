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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: [
      'test-output/**',
      'tests/output/**',
      '**/*.pem',
      '**/*.key',
      '.output/**',
      'node_modules/**',
      'coverage/**',
    ],
  },
});
