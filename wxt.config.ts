import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Preact's renderer carries one `el.innerHTML = props.dangerouslySetInnerHTML.__html` branch.
 * Nothing here uses that prop (Biome forbids it), so the branch is replaced by a throw: the
 * bundles hold no innerHTML assignment at all, and web-ext lint has nothing to flag. If a
 * Preact upgrade changes the code, the build fails here instead of shipping it silently.
 */
function preactWithoutInnerHtml(): Plugin {
  const assignment = /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/g;
  return {
    name: 'ml-fit:preact-without-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const found = code.match(assignment)?.length ?? 0;
      if (found !== 1) throw new Error(`preact.mjs: expected one innerHTML assignment, found ${found}`);
      return code.replace(assignment, '(()=>{throw Error("dangerouslySetInnerHTML is disabled")})()');
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preactWithoutInnerHtml(), preact()] }),
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
