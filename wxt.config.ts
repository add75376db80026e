import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin, ResolvedConfig } from 'vite';
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
      // map: null keeps preact.mjs's own source map (its code is one line, so only columns
      // after the patch shift): without it, Preact's bytes map to no source at all.
      return {
        code: code.replace(assignment, '(()=>{throw Error("dangerouslySetInnerHTML is disabled")})()'),
        map: null,
      };
    },
  };
}

/** Replaces each pattern, failing the build unless it occurs exactly `count` times. */
function patch(code: string, file: string, edits: ReadonlyArray<[RegExp, string, number]>): string {
  let out = code;
  for (const [pattern, replacement, count] of edits) {
    const found = out.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    if (found !== count) throw new Error(`${file}: expected ${count} × ${pattern}, found ${found}`);
    out = out.replace(new RegExp(pattern.source, 'g'), replacement);
  }
  return out;
}

/**
 * pdf.js (the options page's PDF reader) carries code the extension never runs but
 * reviewers' linters rightly flag: an eval probe and a PostScript-to-Function compiler (off
 * when eval is unsupported, as it is under the extension's CSP), and dynamic imports of
 * computed URLs (a main-thread "fake worker" and a JPEG 2000 fallback module). Each is
 * replaced by its unsupported branch, in the library and in its worker file; if a pdf.js
 * upgrade changes that code, the build fails here.
 */
function pdfjsWithoutEval(): Plugin {
  return {
    name: 'ml-fit:pdfjs-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]pdfjs-dist[\\/]build[\\/]pdf\.mjs$/.test(id)) return null;
      return patch(code, 'pdf.mjs', [
        [/new Function\(""\);/, 'throw new Error("no eval");', 1],
        [
          /await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*this\.workerSrc\)/,
          'await Promise.reject(new Error("no fake worker"))',
          1,
        ],
      ]);
    },
    generateBundle(_, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !/pdf\.worker\.min-[\w-]+\.mjs$/.test(asset.fileName)) continue;
        asset.source = patch(String(asset.source), asset.fileName, [
          [/try\{new Function\(""\);return!0\}catch\{return!1\}/, 'return!1', 1],
          [/if\(e\)return new Function\("src","srcOffset","dest","destOffset",e\)/, 'if(e);', 1],
          [
            /await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*t\)/,
            'await Promise.reject(Error("no module"))',
            1,
          ],
        ]);
      }
    },
  };
}

/** WXT builds each content script on its own, as a library build of its entry. */
function isContentScriptBuild(config: ResolvedConfig): boolean {
  const entry = config.build.lib ? config.build.lib.entry : null;
  return typeof entry === 'string' && /[\\/]entrypoints[\\/]job\.content[\\/]index\.ts$/.test(entry);
}

/**
 * The content script talks to the extension APIs natively: Chrome's MV3 `chrome.runtime`
 * returns promises and Firefox has `browser`, so the webextension-polyfill (a tenth of the
 * script's budget) stays in the background and the extension pages only. In the content
 * script's build `wxt/browser` (which the polyfill module aliases to the polyfill) is WXT's
 * plain `@wxt-dev/browser` (`browser` if it has a runtime, else `chrome`). Its one listener
 * answers through `sendResponse` (entrypoints/job.content/main.ts), which both APIs accept.
 */
function contentScriptWithoutPolyfill(): Plugin {
  let content = false;
  return {
    name: 'ml-fit:content-script-without-polyfill',
    enforce: 'pre',
    configResolved(config) {
      content = isContentScriptBuild(config);
    },
    resolveId(source, importer) {
      if (!content || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/**
 * WXT's ContentScriptContext is a class with timers, a location watcher and a logger this
 * script never uses, and it announces each run to the page by an event named with the
 * extension's id; in the content script's build the module is entrypoints/job.content/context.ts,
 * which ends a run whose extension is gone without telling the page anything (see there).
 */
function contentScriptLeanContext(): Plugin {
  let content = false;
  return {
    name: 'ml-fit:content-script-lean-context',
    enforce: 'pre',
    configResolved(config) {
      content = isContentScriptBuild(config);
    },
    resolveId(source) {
      if (!content || source !== 'wxt/utils/content-script-context') return null;
      return resolve('entrypoints/job.content/context.ts');
    },
  };
}

/**
 * The content script draws its JSX (the chip, its panel's FitExplanation, the hover card) with
 * components/chip/dom.ts, not Preact's renderer. Preact's JSX factory would still bring the
 * renderer along (its module sets up the component prototype, which tree-shaking keeps), so
 * in that build `preact/jsx-runtime` is components/chip/jsx-runtime.ts: nodes of type and
 * props, all dom.ts reads. The build fails if any other Preact module reaches the script.
 */
function contentScriptWithoutPreact(): Plugin {
  let content = false;
  return {
    name: 'ml-fit:content-script-without-preact',
    enforce: 'pre',
    configResolved(config) {
      content = isContentScriptBuild(config);
    },
    resolveId(source, importer) {
      if (!content || !/^preact(?:\/|$)/.test(source)) return null;
      if (source === 'preact/jsx-runtime' || source === 'preact/jsx-dev-runtime')
        return resolve('components/chip/jsx-runtime.ts');
      throw new Error(
        `content script: ${importer ?? '?'} imports ${source}; it has no Preact (dom.ts draws its views)`,
      );
    },
  };
}

/**
 * The chip's styles (components/chip/chip-css.ts: the theme, the fit explanation's and the
 * chip's own sheets, inlined as text) travel inside the content script, so its build trims
 * them beyond minifying: custom properties that nothing reads are dropped (the theme's
 * extension-page colours, the minifier's unused light/dark helpers), and the ones read are
 * renamed short, consistently across the three sheets. The popup and options keep the sheets
 * as written. Only the content script's build applies this; nothing outside these sheets
 * names their custom properties.
 */
function chipCssTrimmed(): Plugin {
  let content = false;
  const sheets = ['components/theme.css', 'components/fit/fit.css', 'components/chip/chip.css'];
  const sheet = /[\\/]components[\\/](?:theme|fit[\\/]fit|chip[\\/]chip)\.css\?inline$/;
  let short: Map<string, string> | null = null;
  /** Every custom property the sheets read, in order of first use: short names by rank. */
  const names = () => {
    if (short) return short;
    const text = sheets.map((f) => readFileSync(resolve(f), 'utf8')).join('\n');
    const read = [...new Set([...text.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] as string))];
    short = new Map(
      read.map((name, i) => [name, `--${String.fromCharCode(97 + (i % 26))}${i < 26 ? '' : (i / 26) | 0}`]),
    );
    return short;
  };
  return {
    name: 'ml-fit:chip-css-trimmed',
    enforce: 'post',
    configResolved(config) {
      content = isContentScriptBuild(config);
    },
    transform(code, id) {
      if (!content || !sheet.test(id)) return null;
      const found = /^export default ("(?:[^"\\]|\\.)*");?\s*$/.exec(code);
      if (!found?.[1]) throw new Error(`${id}: expected a CSS string module`);
      const map = names();
      const css = (JSON.parse(found[1]) as string)
        // A declaration of a property nothing reads: gone (with its separator).
        .replace(/(--[\w-]+):[^;{}]*(;|(?=\}))/g, (decl, name: string) => (map.has(name) ? decl : ''))
        .replace(/;\}/g, '}')
        .replace(/--[\w-]+/g, (name) => {
          const to = map.get(name);
          if (!to) throw new Error(`${id}: ${name} is read but never declared`);
          return to;
        });
      return { code: `export default ${JSON.stringify(css)};`, map: null };
    },
  };
}

/**
 * The selector tables' `since` and `note` fields (lib/sites/selectors.ts) document each entry
 * for people and the data tests; nothing reads them at run time, so the build drops them
 * (about 0.7 KB of the content script, gzipped). If a table stops writing them as plain
 * quoted strings, the build fails here rather than ship them.
 */
function selectorNotesStripped(): Plugin {
  const table = /[\\/]lib[\\/]sites[\\/](?:[\w-]+[\\/]selectors|cards)\.ts$/;
  const field = /\s*\b(?:since|note):\s*'(?:[^'\\\n]|\\.)*',?/g;
  return {
    name: 'ml-fit:selector-notes-stripped',
    enforce: 'pre',
    transform(code, id) {
      if (!table.test(id)) return null;
      const out = code.replace(field, '');
      if (out === code || /\b(?:since|note):/.test(out))
        throw new Error(`${id}: since/note fields not all stripped`);
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    build: { sourcemap: process.env.ML_FIT_SOURCEMAP ? true : undefined },
    plugins: [
      contentScriptWithoutPolyfill(),
      contentScriptWithoutPreact(),
      contentScriptLeanContext(),
      chipCssTrimmed(),
      selectorNotesStripped(),
      preactWithoutInnerHtml(),
      pdfjsWithoutEval(),
      preact(),
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'ML Fit',
    description:
      'See how well you fit a machine-learning-engineer posting, right on the page. Nothing leaves your machine.',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'ML Fit' },
    commands: {
      // entrypoints/background/command.ts; users can change the key at chrome://extensions/shortcuts
      // or in Firefox's add-on manager.
      'analyze-page': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Analyze this page',
      },
    },
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
      : // 105: the CSS Custom Highlight API arrives here; the content script paints with nothing else.
        { minimum_chrome_version: '105' }),
  }),
  zip: {
    // Firefox review needs what builds the extension, nothing more: no tests or their helpers
    // and configs (tests/, *.test.ts, vitest*.config.ts), corpus, benchmarks, screenshots,
    // build output or keys (WXT's sources zip ignores .gitignore).
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
      'vitest*.config.ts',
      '**/*.pem',
      '**/*.key',
      '**/*.png',
    ],
  },
});
