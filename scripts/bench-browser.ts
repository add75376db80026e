import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { bundleForPage, LIB } from '../tests/support/bundle';
import { median } from './bench/median';
import { POSTINGS } from './bench/postings';

/**
 * In-browser benchmark (npm run bench:browser, after a production build), in Debian's Chromium.
 * The content script reads the posting and paints highlights; the analysis runs in the
 * extension's background. Here the page runs the content script's own code (text-map,
 * guards, annotate's paint) and a dedicated Worker stands in for the background: it runs
 * analyzePosting off the page's thread and answers like the background does, so the message
 * travels as a structured clone both ways, as runtime messages do. Reported per posting size:
 *  - page main thread: extraction + sending + reading the answer + highlight registration;
 *  - analysis: analyzePosting's time, measured inside the worker (off the page's thread);
 *  - end to end: wall clock from the start of extraction to the highlights being registered;
 *  - mark.js highlighting the same terms on a fresh copy of the same page in the same run,
 *    and the ratio mark.js ÷ our full pipeline (extraction + analysis + highlight);
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
const lib = (path: string) => JSON.stringify(`${LIB}/${path}`);

/** The background's part: the engine, answering each text as entrypoints/background/flows.ts does. */
function bundleWorker(): Promise<string> {
  return bundle(
    `import { analyzePosting } from ${lib('analysis/index.ts')};
const view = { report: null, fit: null, held: {}, profile: 'empty', showAnyway: false };
self.onmessage = (e: MessageEvent) => {
  const { posting, text } = e.data;
  const t0 = performance.now();
  const a = analyzePosting({ text, title: posting.title });
  const ms = performance.now() - t0;
  const { isMlEngineer, role, skills } = a;
  self.postMessage({ reply: { mentions: a.mentions, analysis: { isMlEngineer, role, skills }, view }, ms });
};`,
  );
}

/** The content script's part, in the page: read, send, check the answer, paint. */
function bundleHarness(workerJs: string): Promise<string> {
  return bundle(
    `import { paint } from ${lib('content/annotate.ts')};
import { extractText } from ${lib('content/text-map.ts')};
import { createHighlighter } from ${lib('highlight/index.ts')};
import { isAnalyzeReply } from ${lib('messages/guards.ts')};
const highlighter = createHighlighter(document);
const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(workerJs)}], { type: 'text/javascript' })));
const posting = { site: 'bench', jobId: null, url: location.href, title: 'Machine Learning Engineer', company: null, location: null, onRequest: false };
function ask(text: string): Promise<{ data: any; readMs: number }> {
  return new Promise((resolve) => {
    worker.onmessage = (e) => {
      // The answer is deserialised on the page's thread when it is read: count that too.
      const t = performance.now();
      const data = e.data;
      resolve({ data, readMs: performance.now() - t });
    };
    worker.postMessage({ type: 'analyze', posting, text });
  });
}
(globalThis as any).__bench = {
  /** The background is up and its catalogue compiled before any posting (service worker start). */
  warm: (text: string) => ask(text).then(() => true),
  async run() {
    const el = document.getElementById('job-details')!;
    // A real page is laid out long before the content script runs: do not time first layout.
    document.body.getBoundingClientRect();
    const t0 = performance.now();
    const map = extractText(el, { maxChars: 200_000 });
    const answer = ask(map.text); // posts the message: its serialisation is on this thread
    const t1 = performance.now();
    const { data, readMs } = await answer;
    const t2 = performance.now();
    if (!isAnalyzeReply(data.reply)) throw new Error('bad reply');
    const items = paint(map, data.reply.mentions, highlighter);
    const t3 = performance.now();
    const mentions = data.reply.mentions;
    return {
      main: t1 - t0 + readMs + (t3 - t2),
      extract: t1 - t0,
      analysis: data.ms,
      endToEnd: t3 - t0,
      chars: map.text.length,
      mentions: items.length,
      terms: [...new Set(mentions.map((m: { text: string }) => m.text))],
    };
  },
};`,
  );
}

interface Timing {
  /** Medians, ms. */
  main: number;
  mainBest: number;
  extract: number;
  analysis: number;
  /** Extraction + analysis + highlight: every piece of work, wherever it runs. */
  full: number;
  endToEnd: number;
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

/** An https origin for the fixture page (blob workers need a real origin, not about:blank). */
const ORIGIN = 'https://bench.ml-fit.test/';

async function load(page: Page, html: string): Promise<void> {
  await page.route(ORIGIN, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(ORIGIN);
  await page.unroute(ORIGIN);
}

/** One posting size: alternate ours and mark.js on a fresh copy of the page, take medians. */
async function timePosting(
  page: Page,
  harness: string,
  markJs: string,
  text: string,
  runs: number,
): Promise<Timing> {
  const rows: { main: number; extract: number; analysis: number; full: number; endToEnd: number }[] = [];
  const theirs: number[] = [];
  let chars = 0;
  let mentions = 0;
  let marked = 0;
  const warmUp = postingOf(5_000).slice(0, 3_000);
  for (let run = 0; run < runs + 3; run++) {
    await load(page, pageHtml(text));
    await page.addScriptTag({ content: harness });
    await page.evaluate(`__bench.warm(${JSON.stringify(warmUp)})`);
    const r = (await page.evaluate('__bench.run()')) as {
      main: number;
      extract: number;
      analysis: number;
      endToEnd: number;
      chars: number;
      mentions: number;
      terms: string[];
    };
    await load(page, pageHtml(text));
    await page.addScriptTag({ content: markJs });
    const m = (await page.evaluate(`${MARK_RUN}(${JSON.stringify(r.terms)})`)) as {
      ms: number;
      marked: number;
    };
    if (run < 3) continue; // warm-up: JIT, style caches
    rows.push({ ...r, full: r.main + r.analysis });
    theirs.push(m.ms);
    chars = r.chars;
    mentions = r.mentions;
    marked = m.marked;
  }
  const med = (k: keyof (typeof rows)[number]) => median(rows.map((r) => r[k]));
  return {
    main: med('main'),
    mainBest: Math.min(...rows.map((r) => r.main)),
    extract: med('extract'),
    analysis: med('analysis'),
    full: med('full'),
    endToEnd: med('endToEnd'),
    markjs: median(theirs),
    chars,
    mentions,
    marked,
  };
}

const f = (ms: number) => `${ms.toFixed(2)} ms`;

function rowsFor(name: string, t: Timing, mainTarget: number | null, ratioTarget: number | null): Row[] {
  const ratio = t.markjs / t.full;
  return [
    {
      label: `${name} (${t.chars} chars, ${t.mentions} mentions): page main thread, median`,
      value: f(t.main),
      ...(mainTarget === null ? {} : { target: `< ${mainTarget} ms`, ok: t.main < mainTarget }),
    },
    { label: '  of which text extraction', value: f(t.extract) },
    { label: '  page main thread, best run', value: f(t.mainBest) },
    { label: '  analysis (analyzePosting, off the page thread)', value: f(t.analysis) },
    { label: '  full pipeline: extraction + analysis + highlight', value: f(t.full) },
    { label: '  end to end (wall clock, incl. messaging)', value: f(t.endToEnd) },
    { label: `  mark.js, same terms (${t.marked} marks)`, value: f(t.markjs) },
    {
      label: '  ratio mark.js / our full pipeline',
      value: `x${ratio.toFixed(1)}`,
      ...(ratioTarget === null ? {} : { target: `>= ${ratioTarget}x`, ok: ratio >= ratioTarget }),
    },
    { label: '  ratio mark.js / our page main thread', value: `x${(t.markjs / t.main).toFixed(1)}` },
  ];
}

const annotateSection: Section = {
  name: 'annotate (content script in the page, analysis in a worker standing in for the background)',
  async run(browser) {
    const harness = await bundleHarness(await bundleWorker());
    const markJs = readFileSync(resolve('node_modules/mark.js/dist/mark.min.js'), 'utf8');
    const page = await browser.newPage();
    const typical = await timePosting(page, harness, markJs, postingOf(5_000), RUNS.typical);
    const big = await timePosting(page, harness, markJs, postingOf(100_000), RUNS.big);
    await page.close();
    return [
      ...rowsFor('typical posting', typical, 5, null),
      // The content script itself stops reading at 60k characters; here the whole 100 KB is read.
      ...rowsFor('100 KB posting, read whole', big, null, 10),
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
        // The release budget (tests/e2e/release.e2e.test.ts).
        target: '≤ 20 KB',
        ok: gz <= 20 * 1024,
      },
      {
        label: 'engine, in the background only (lib/analysis, gzipped)',
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
