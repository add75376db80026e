import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { zipEntries, zipEntrySizes } from './zip-entries';

// Checks on the release artefacts that `npm run build` leaves in .output/ (test:e2e builds first).
const OUT = '.output';
const KB = 1024;

function manifest(target: 'chrome-mv3' | 'firefox-mv2'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));
}

/** The permissions table of the README, between its markers: `| \`name\` | kind | why |`. */
function documentedPermissions(): Record<string, string[]> {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.split('<!-- permissions:start -->')[1]?.split('<!-- permissions:end -->')[0];
  if (!table) throw new Error('README.md has no permissions table markers');
  const byKind: Record<string, string[]> = { permission: [], host: [], optional: [], 'content script': [] };
  for (const row of table.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/gm)) {
    const [, name, kind] = row;
    if (!name || !kind) continue;
    const list = byKind[kind];
    if (!list) throw new Error(`README permissions table: unknown kind "${kind}"`);
    list.push(name);
  }
  return byKind;
}

const sorted = (list: unknown) => [...((list as string[] | undefined) ?? [])].sort();

describe('manifest', () => {
  const chrome = manifest('chrome-mv3');
  const firefox = manifest('firefox-mv2');
  const doc = documentedPermissions();

  test('permissions equal the README table, in both builds', () => {
    expect(sorted(chrome.permissions)).toEqual(sorted(doc.permission));
    expect(sorted(firefox.permissions)).toEqual(sorted(doc.permission));
    expect(sorted(chrome.host_permissions)).toEqual(sorted(doc.host));
    expect(sorted(chrome.optional_permissions)).toEqual(sorted(doc.optional));
    expect(sorted(firefox.optional_permissions)).toEqual(sorted(doc.optional));
    const scripts = chrome.content_scripts as { matches: string[] }[];
    expect(sorted(scripts.flatMap((s) => s.matches))).toEqual(sorted(doc['content script']));
  });

  test('exposes no resources to web pages', () => {
    for (const m of [chrome, firefox]) {
      expect((m.web_accessible_resources as unknown[] | undefined) ?? []).toEqual([]);
    }
  });

  test('both builds: the Analyze this page shortcut; Firefox: the button on the toolbar', () => {
    const command = { suggested_key: { default: 'Alt+Shift+M' }, description: 'Analyze this page' };
    expect(chrome.commands).toEqual({ 'analyze-page': command });
    expect(firefox.commands).toEqual({ 'analyze-page': command });
    expect((firefox.browser_action as Record<string, unknown>).default_area).toBe('navbar');
    expect(chrome.action).not.toHaveProperty('default_area');
  });

  test('Chrome: minimum version with the Highlight API (the only painter)', () => {
    expect(chrome.minimum_chrome_version).toBe('105');
  });

  test('Firefox: gecko id, nothing collected, minimum version with the Highlight API', () => {
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(140);
  });
});

describe('size budgets', () => {
  // 19.89 KB when set; the budget is the product's 20 KB target itself: no webextension-polyfill, no Preact (the
  // chip's views are drawn as DOM by components/chip/dom.ts), a lean script context instead of
  // WXT's, the chip's CSS trimmed, no add-skill form or selector notes (wxt.config.ts), and one
  // highlight painter (the CSS Custom Highlight API; Chrome 105+, Firefox 140+).
  test('content script at most 20 KB gzipped', () => {
    const script = readFileSync(join(OUT, 'chrome-mv3', 'content-scripts', 'job.js'));
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(20 * KB);
  });

  // The content script's build swaps Preact's JSX factory for components/chip/jsx-runtime.ts
  // and fails on any other Preact import; WXT's context class (with its location watcher) is
  // swapped for entrypoints/job.content/context.ts. Neither's marker is in either content script
  // (Preact's is in the extension pages' bundle).
  test('content script without Preact or the location watcher of WXT', () => {
    for (const target of ['chrome-mv3', 'firefox-mv2'] as const) {
      const script = readFileSync(join(OUT, target, 'content-scripts', 'job.js'), 'utf8');
      expect(script).not.toContain('wxt:locationchange');
      expect(script).not.toMatch(/\.prototype\.setState=/);
    }
    const chunks = readdirSync(join(OUT, 'chrome-mv3', 'chunks'));
    const pages = chunks.map((f) => readFileSync(join(OUT, 'chrome-mv3', 'chunks', f), 'utf8'));
    expect(pages.some((code) => /\.prototype\.setState=/.test(code))).toBe(true);
  });

  // The page hears nothing from the content script: WXT's script context announced each run by
  // an event named with the extension's id (and a window message); the lean one
  // (entrypoints/job.content/context.ts) sends no event or message at all.
  test('content script dispatches no event and posts no message the page could hear', () => {
    for (const target of ['chrome-mv3', 'firefox-mv2'] as const) {
      const script = readFileSync(join(OUT, target, 'content-scripts', 'job.js'), 'utf8');
      for (const marker of ['content-script-started', 'dispatchEvent', 'postMessage', 'CustomEvent'])
        expect(script, `${target}: ${marker}`).not.toContain(marker);
    }
  });

  // wxt.config.ts keeps webextension-polyfill out of the content script only (its marker,
  // `fallbackToNoCallback`, is in the background's bundle and in neither content script).
  test('content script without webextension-polyfill; the background keeps it', () => {
    const marker = 'fallbackToNoCallback';
    for (const target of ['chrome-mv3', 'firefox-mv2'] as const) {
      expect(readFileSync(join(OUT, target, 'content-scripts', 'job.js'), 'utf8')).not.toContain(marker);
      expect(readFileSync(join(OUT, target, 'background.js'), 'utf8')).toContain(marker);
    }
  });

  // pdf.js (the options page's PDF résumé reader, loaded only when a PDF is chosen) has a
  // budget of its own. The rest had 250 KB with 713 skills; the catalogue grew to 2,000+ skills
  // (about +9 KB) and the engine reads real postings with more rules (+5 KB): 280 KB; then to
  // 3,400+ skills, the technologies real ads name across web, mobile, QA, DevOps, security,
  // embedded, data, ML and enterprise work (about +18 KB, the catalogue ships twice): 300 KB;
  // then the domain files (about 1,500 more: networking, security, enterprise, embedded, games,
  // compliance, cloud services, blockchain, data platforms, developer and ML tooling,
  // industries) took the Chrome zip without the PDF reader from 288 to 312 KB measured
  // (+24 KB): 325 KB; then about 1,300 more names real ads write in mainstream.json
  // (regulations, cloud services, security, network and embedded tools, ERP modules, ML
  // libraries), with the rules for what the employer says of itself: 337 KB measured, 345 KB;
  // then the families of products ads name beside one another (document AI, Cloudera, Fortinet,
  // SAP finance modules, machine-vision SDKs...) and the rules for short product names that are
  // also words: from 343 to 350 KB measured, 355 KB; then the rules for what is named but not
  // asked (other teams' work, partner statuses, degree fields and negations in the posting
  // languages): from 350 to 358.5 KB measured, 365 KB; then the vendor families ads name
  // (certifications by exam code, AWS, Azure and Google Cloud services, Apple, Jetpack and Flutter
  // frameworks, Java, .NET, JavaScript and Python libraries): 369.1 KB measured, 375 KB; then
  // the products of domains ads name that the catalogue lacked (telecom cores, chip
  // verification, GIS, health integration, e-commerce, payments, weather and energy data) and
  // the rules for other teams' work, negations and headers in seven posting languages: 386.7 KB
  // measured, 395 KB. Then the catalogue shipped once, in the background: the options page asks
  // it by message for suggestions and for the skills typed and imported names are, and gets at
  // start the view its history, insights, fit and held skills read (the profile chunk went from
  // 115.1 to 42.3 KB gzipped): from 396.2 to 328.4 KB measured, 330 KB. Then about 1,100 more
  // products (a fourth source, SVG Logos; industry tools, bioinformatics, trading, e-invoicing)
  // and the not-required rules: 331.9 KB measured, 340 KB. Then the families of seven more
  // domains (networks, ServiceNow, Dynamics, GIS, bioinformatics, game engines, IT operations)
  // and a seventh tuning round's rules: from 331.9 to 344.2 KB measured, 350 KB. Then an eighth
  // round: the not-required statements, other teams' work and job-board filing in ten posting
  // languages, marked tables, and 36 more products: 350.0 KB measured, 360 KB.
  const isPdfReader = (name: string) =>
    /(^|\/)(chunks\/pdf-[\w-]+\.js|assets\/pdf\.worker\.min-[\w-]+\.mjs)$/.test(name);

  test('each installable zip: under 360 KB without the PDF reader, the PDF reader under 500 KB', () => {
    const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
    expect(zips.sort().map((z) => z.replace(/^.*-(\w+)\.zip$/, '$1'))).toEqual([
      'chrome',
      'firefox',
      'sources',
    ]);
    for (const zip of zips.filter((z) => !z.endsWith('-sources.zip'))) {
      const entries = zipEntrySizes(join(OUT, zip));
      const pdf = entries.filter((e) => isPdfReader(e.name));
      expect(pdf.map((e) => e.name.replace(/-[\w-]+\./, '.')).sort(), zip).toEqual([
        'assets/pdf.worker.min.mjs',
        'chunks/pdf.js',
      ]);
      const sum = (list: typeof entries) => list.reduce((a, e) => a + e.compressed, 0);
      expect(sum(pdf), `${zip}: PDF reader`).toBeLessThan(500 * KB);
      const rest = statSync(join(OUT, zip)).size - sum(pdf);
      expect(rest, `${zip} without the PDF reader`).toBeLessThan(360 * KB);
    }
  });

  // The sources zip is for Firefox review, not for users: it must carry package-lock.json
  // (about 110 KB compressed since pdf.js, the catalogue's source packages and the test
  // browsers' drivers joined it) so the review build is reproducible. README explains it. The
  // 3,400-skill catalogue's data files and their tests added about 10 KB: 450 KB. The typed
  // message protocol, the app/ layer and the insights' fast paths added about 12 KB of source
  // (456 KB measured): 480 KB. The catalogue's domain files (about 1,500 skills) took it from
  // 462 to 481 KB measured: 500 KB. About 1,300 more names in mainstream.json and the rules
  // and tests that read them: 500 KB measured, 520 KB. The product families, short-name rules
  // and their tests took it from 519 to 524 KB measured: 530 KB. The not-asked rules and their
  // tests: 532.6 KB measured, 540 KB. The not-asked and employer rules' speed work (gates read
  // by hand, Horspool searches, one bracket search): from 538.7 to 541.1 KB measured, 545 KB.
  // The sentence index, cue words by kind, header and optional phrasing in 20 more languages,
  // the inflection reader and product families: 566.4 KB measured, 590 KB. The domain
  // catalogue (verticals.json), the rules of five tuning rounds and the gated title patterns:
  // 630.6 KB measured, 650 KB. The options page's catalogue client, the catalogue view and the
  // background's lookups: from 637.0 to 648.4 KB measured, 660 KB. About 1,100 more products
  // and the rules of a sixth tuning round with their tests: 655.0 KB measured, 670 KB. The
  // seventh round's catalogue families, rules and their tests: 678.7 KB measured, 690 KB. The
  // eighth round's rules and tests (not-required statements, other teams, job-board filing,
  // marked tables) and the insights' ranking of only the rows shown: 693.9 KB measured, 710 KB.
  // The ninth round's rules and tests (a job board's furniture, labels inside a line and prose
  // lead-ins, other teams' work and the work denied in more languages) and 47 more products:
  // 715.1 KB measured, 730 KB.
  test('sources zip under 730 KB', () => {
    const sources = readdirSync(OUT).find((f) => f.endsWith('-sources.zip')) as string;
    expect(statSync(join(OUT, sources)).size).toBeLessThan(730 * KB);
  });
});

describe('sources zip', () => {
  const sources = readdirSync(OUT).find((f) => f.endsWith('-sources.zip'));

  test('holds the code and nothing generated, secret, personal or only for tests', () => {
    expect(sources).toMatch(/^ml-fit-.+-sources\.zip$/);
    const entries = zipEntries(join(OUT, sources as string));
    expect(entries).toContain('package.json');
    expect(entries).toContain('package-lock.json');
    expect(entries).toContain('wxt.config.ts');
    expect(entries.some((e) => e.startsWith('lib/analysis/'))).toBe(true);
    // The reviewer rebuilds the extension (npm ci && npm run build); tests, their helpers
    // (tests/support) and their configs play no part in that, so none ship.
    const unwanted = entries.filter((e) =>
      /(^|\/)(node_modules|\.output|test-output|coverage|\.git|tests?|test-[\w-]+|testing)(\/|\.tsx?$)|\.test\.tsx?$|^vitest.*\.config\.ts$|\.(pem|key|png|zip)$/.test(
        e,
      ),
    );
    expect(unwanted).toEqual([]);
  });
});

describe('web-ext lint (Firefox build)', () => {
  test('reports no errors, warnings or notices', () => {
    // web-ext exits non-zero on errors; the JSON report is on stdout either way.
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '-s', join(OUT, 'firefox-mv2'), '--output', 'json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as Record<
      'errors' | 'warnings' | 'notices',
      { code: string; file?: string }[]
    >;
    const findings = [...report.errors, ...report.warnings, ...report.notices].map(
      (f) => `${f.code} ${f.file ?? ''}`,
    );
    expect(findings).toEqual([]);
  }, 180_000); // pdf.js's worker (1.2 MB) takes the linter ~15 s of CPU; much longer on a loaded machine
});
