import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { bundleForPage, LIB } from '../tests/fixtures/sites/bundle';
import { POSTINGS } from './bench/postings';

/**
 * In-browser benchmark (npm run bench:browser, after a production build), in Debian's Chromium:
 *  - annotate: main-thread time of the content script's annotate() (text extraction, analysis,
 *    highlight registration) on a typical ~5 KB posting and on a 100 KB one, measured inside the
 *    page with performance.now(), beside mark.js highlighting the same terms on the same page in
 *    the same run;
 *  - size: the built content script, gzipped.
 * Sections are independent entries of SECTIONS: add new ones there (see the hook at the end).
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Runs per posting size (after 3 warm-ups): many for the cheap typical posting, few for 100 KB. */
const RUNS = { typical: 41, big: 9 };

interface Row {
  label: string;
  value: string;
  target?: string;
  ok?: boolean;
}
interface Section {
  name: string;
  run(browser: Browser): Promise<Row[]>;
}

/** Posting text → HTML in the shape job sites use (headings, paragraphs, bullet lists). */
function toHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out: string[] = [];
  let list = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const bullet = /^[-•*]\s+/.test(line);
    if (list && !bullet) {
      out.push('</ul>');
      list = false;
    }
    if (!line) continue;
    if (bullet) {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${esc(line.replace(/^[-•*]\s+/, ''))}</li>`);
    } else if (line.length < 60 && !/[.!?]$/.test(line)) out.push(`<p><strong>${esc(line)}</strong></p>`);
    else out.push(`<p>${esc(line)}</p>`);
  }
  if (list) out.push('</ul>');
  return out.join('\n');
}

/** Postings joined until the text reaches `size` characters. */
function postingOf(size: number): string {
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${POSTINGS[i % POSTINGS.length]}\n`;
  return text;
}

function pageHtml(description: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title></head><body>
<nav><a>Jobs</a> <a>Python jobs</a></nav><h1 id="title">Machine Learning Engineer</h1>
<div id="job-details">${toHtml(description)}</div></body></html>`;
}

const bundle = (source: string) => bundleForPage(source, true);

/** The page-side harness: the content script's own annotate(), bundled as one IIFE. */
function bundleHarness(): Promise<string> {
  const lib = LIB;
  return bundle(
    `import { analyzePosting } from ${JSON.stringify(`${lib}/analysis/index.ts`)};
import { annotate } from ${JSON.stringify(`${lib}/content/annotate.ts`)};
import { createHighlighter } from ${JSON.stringify(`${lib}/highlight/index.ts`)};
const highlighter = createHighlighter(document);
(globalThis as any).__bench = {
  annotate() {
    const el = document.getElementById('job-details')!;
    // A real page is laid out long before the content script runs: do not time first layout.
    document.body.getBoundingClientRect();
    const t0 = performance.now();
    const a = annotate(el, "Machine Learning Engineer", analyzePosting, highlighter, () => false, undefined, 200_000);
    const ms = performance.now() - t0;
    return { ms, chars: a.map.text.length, mentions: a.items.length, terms: [...new Set(a.analysis.mentions.map((m) => m.text))] };
  },
  clear() { highlighter.clear(); },
};`,
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

interface Timing {
  ours: number;
  oursBest: number;
  markjs: number;
  chars: number;
  mentions: number;
  marked: number;
}

/**
 * mark.js on the same element and terms, timed inside the page. Passed as source text: the
 * bundler's helpers (tsx adds __name) do not exist in the page.
 */
const MARK_RUN = `((terms) => new Promise((resolve) => {
  const el = document.getElementById('job-details');
  document.body.getBoundingClientRect();
  const t0 = performance.now();
  new Mark(el).mark(terms, {
    separateWordSearch: false,
    accuracy: 'exactly',
    done: (n) => resolve({ ms: performance.now() - t0, marked: n }),
  });
}))`;

/** One posting size: alternate ours and mark.js on a fresh copy of the page, take medians. */
async function timePosting(
  page: Page,
  harness: string,
  markJs: string,
  text: string,
  runs: number,
): Promise<Timing> {
  const ours: number[] = [];
  const theirs: number[] = [];
  let chars = 0;
  let mentions = 0;
  let marked = 0;
  for (let run = 0; run < runs + 3; run++) {
    await page.setContent(pageHtml(text));
    await page.addScriptTag({ content: harness });
    await page.addScriptTag({ content: markJs });
    const r = (await page.evaluate('__bench.annotate()')) as {
      ms: number;
      chars: number;
      mentions: number;
      terms: string[];
    };
    await page.setContent(pageHtml(text));
    await page.addScriptTag({ content: markJs });
    const m = (await page.evaluate(`${MARK_RUN}(${JSON.stringify(r.terms)})`)) as {
      ms: number;
      marked: number;
    };
    if (run < 3) continue; // warm-up: JIT, style caches
    ours.push(r.ms);
    theirs.push(m.ms);
    chars = r.chars;
    mentions = r.mentions;
    marked = m.marked;
  }
  return { ours: median(ours), oursBest: Math.min(...ours), markjs: median(theirs), chars, mentions, marked };
}

const annotateSection: Section = {
  name: 'annotate (extraction + analysis + highlight registration, main thread)',
  async run(browser) {
    const harness = await bundleHarness();
    const markJs = readFileSync(resolve('node_modules/mark.js/dist/mark.min.js'), 'utf8');
    const page = await browser.newPage();
    const typical = await timePosting(page, harness, markJs, postingOf(5_000), RUNS.typical);
    const big = await timePosting(page, harness, markJs, postingOf(100_000), RUNS.big);
    await page.close();
    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    const ratio = big.markjs / big.ours;
    return [
      {
        label: `typical posting (${typical.chars} chars, ${typical.mentions} mentions), median`,
        value: f(typical.ours),
        target: '< 5 ms',
        ok: typical.ours < 5,
      },
      { label: '  best run (a quiet machine)', value: f(typical.oursBest) },
      {
        label: `  mark.js, same terms (${typical.marked} marks)`,
        value: `${f(typical.markjs)}  (x${(typical.markjs / typical.ours).toFixed(1)} slower)`,
      },
      { label: `100 KB posting (${big.chars} chars, ${big.mentions} mentions), median`, value: f(big.ours) },
      { label: '  best run', value: f(big.oursBest) },
      { label: `  mark.js, same terms (${big.marked} marks)`, value: f(big.markjs) },
      {
        label: '  ratio mark.js / ours on 100 KB',
        value: `x${ratio.toFixed(1)}`,
        target: '>= 10x',
        ok: ratio >= 10,
      },
    ];
  },
};

const sizeSection: Section = {
  name: 'content script size',
  async run() {
    const js = readFileSync(resolve('.output/chrome-mv3/content-scripts/job.js'));
    const gz = gzipSync(js, { level: 9 }).length;
    // The share the engine and its skill catalogue take, bundled on their own the same way.
    const engineJs = await bundle(
      `import { analyzePosting } from ${JSON.stringify(`${LIB}/analysis/index.ts`)}; (globalThis as any).a = analyzePosting;`,
    );
    const engine = gzipSync(engineJs, { level: 9 }).length;
    return [
      { label: 'content-scripts/job.js raw', value: `${(js.length / 1024).toFixed(1)} KB` },
      {
        label: 'content-scripts/job.js gzipped',
        value: `${(gz / 1024).toFixed(1)} KB`,
        target: '< 30 KB',
        ok: gz < 30 * 1024,
      },
      {
        label: '  of which the engine alone (lib/analysis, gzipped)',
        value: `${(engine / 1024).toFixed(1)} KB`,
      },
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Hook for further in-browser benchmarks (e.g. the history helper's insights page): add a
// Section object to this list; each gets the same browser and prints its own block.
// ---------------------------------------------------------------------------------------------
const SECTIONS: Section[] = [annotateSection, sizeSection];

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  // Timings on a shared machine drift with its load: print it beside them.
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${RUNS.typical} runs (typical) and ${RUNS.big} (100 KB) per figure`,
  );
  try {
    for (const section of SECTIONS) {
      console.log(`\n${section.name}`);
      for (const row of await section.run(browser)) {
        const verdict = row.target ? `  [target ${row.target}: ${row.ok ? 'met' : 'MISSED'}]` : '';
        console.log(`  ${row.label.padEnd(58)} ${row.value}${verdict}`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
