// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/jobs/search/?currentJobId=4012345678"}
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Analysis, PostingInput } from '../analysis/types';
import { markHighlighter } from '../highlight/marks';
import type { Message, TabView } from '../messages/schema';
import { type Controller, startController } from './controller';
import type { UiFactory } from './ui';

/** The lifecycle with the engine, the UI and the background replaced by recording fakes. */

const ML_TEXT =
  'We need Python and SQL for model serving. Requirements: Docker and Kubernetes in production.';

function fakeAnalyze(calls: string[], ml = true) {
  return (input: PostingInput): Analysis => {
    calls.push(input.text);
    const mentions = ['Python', 'SQL', 'Docker'].flatMap((w) => {
      const start = input.text.indexOf(w);
      return start < 0
        ? []
        : [
            {
              start,
              end: start + w.length,
              text: w,
              skill: w.toLowerCase(),
              name: w,
              category: 'core' as const,
              listedAs: 'required' as const,
            },
          ];
    });
    return {
      isMlEngineer: ml,
      role: { id: ml ? 'ml-engineer' : 'data-analyst', confidence: 1, reasons: [] },
      mentions,
      skills: mentions.map((m) => ({
        id: m.skill,
        name: m.name,
        category: m.category,
        side: 'engineering' as const,
        count: 1,
        listedAs: m.listedAs,
      })),
      requirements: { years: null, degree: null },
    };
  };
}

function fakeUi() {
  const log: string[] = [];
  const ui: UiFactory = {
    async mountChip(_title, model, signal) {
      log.push(`mount ${model.role.id}`);
      signal.addEventListener('abort', () => log.push('chip removed'));
      return {
        update: (m) => log.push(`update ${m.view?.fit?.score ?? '-'}`),
        remove: () => log.push('chip removed'),
      };
    },
    async mountCard() {
      return { show: () => {}, remove: () => {} };
    },
  };
  return { ui, log };
}

function pane(id: string, text: string): void {
  document.body.replaceChildren();
  const container = document.createElement('div');
  container.className = 'jobs-search__job-details--container';
  const h1 = document.createElement('h1');
  h1.className = 'job-details-jobs-unified-top-card__job-title';
  h1.textContent = `Machine Learning Engineer ${id}`;
  const details = document.createElement('div');
  details.id = 'job-details';
  const p = document.createElement('p');
  p.textContent = text;
  details.append(p);
  container.append(h1, details);
  document.body.append(container);
}

const settle = () => new Promise((r) => setTimeout(r, 120));
let abort: AbortController;
let sent: Message[];
let calls: string[];

function start(options: { ml?: boolean; reply?: (m: Message) => unknown } = {}) {
  const { ui, log } = fakeUi();
  const controller: Controller = startController({
    doc: document,
    analyze: fakeAnalyze(calls, options.ml ?? true),
    highlighter: markHighlighter(document),
    ui,
    send: async (m) => {
      sent.push(m);
      return options.reply?.(m);
    },
    signal: abort.signal,
    onRequest: false,
    quietMs: 20,
  });
  return { controller, log };
}

function view(skillHeld: string, jobId = '4012345678'): TabView {
  return {
    report: {
      site: 'linkedin',
      jobId,
      url: 'https://www.linkedin.com/jobs/search/',
      title: 'Machine Learning Engineer',
      company: null,
      location: null,
      isMlEngineer: true,
      role: { id: 'ml-engineer', confidence: 1, reasons: [] },
      skills: [],
      requirements: { years: null, degree: null },
      onRequest: false,
    },
    fit: { score: 61, band: 'partial', matched: [], missing: [] } as unknown as TabView['fit'],
    held: { [skillHeld]: 'working' },
    profile: 'ready',
    showAnyway: false,
  };
}

beforeEach(() => {
  abort = new AbortController();
  sent = [];
  calls = [];
  history.replaceState({}, '', '/jobs/search/?currentJobId=4012345678');
});
afterEach(() => abort.abort());

test('analyses once the text settles, reports it, and marks held skills from the reply', async () => {
  pane('A', ML_TEXT);
  const { log } = start({ reply: () => view('python') });
  await settle();
  expect(calls).toEqual([ML_TEXT]);
  expect(sent.map((m) => m.type)).toEqual(['posting']);
  const marks = [...document.querySelectorAll('mark[data-ml-fit]')].map((m) => [
    m.textContent,
    m.getAttribute('data-ml-fit'),
  ]);
  expect(marks).toEqual([
    ['Python', 'core held'],
    ['SQL', 'core'],
    ['Docker', 'core'],
  ]);
  expect(log).toEqual(['mount ml-engineer', 'update 61']);
});

test('never analyses the same text twice in a row; its own marks do not wake it', async () => {
  pane('A', ML_TEXT);
  const { controller } = start();
  await settle();
  controller.check();
  document.body.append(document.createElement('div'));
  await settle();
  expect(calls).toHaveLength(1);
});

test('a placeholder is not analysed; the text that replaces it is', async () => {
  pane('A', 'About the job');
  start();
  await settle();
  expect(calls).toEqual([]);
  const p = document.querySelector('#job-details p');
  if (p) p.textContent = ML_TEXT;
  await settle();
  expect(calls).toEqual([ML_TEXT]);
});

test('switching jobs tears the old one down; growing text ("see more") is analysed again', async () => {
  pane('A', ML_TEXT);
  const { log } = start();
  await settle();
  history.pushState({}, '', '/jobs/search/?currentJobId=4099999999');
  pane('B', `${ML_TEXT} Second posting.`);
  await settle();
  expect(calls).toHaveLength(2);
  expect(log.filter((l) => l === 'chip removed')).toHaveLength(1);
  expect(document.querySelectorAll('mark').length).toBe(3);
  const p = document.querySelector('#job-details p');
  if (p) p.append(' Also MLflow.');
  await settle();
  expect(calls).toHaveLength(3);
});

test('leaving the posting clears everything and says so once', async () => {
  pane('A', ML_TEXT);
  start();
  await settle();
  history.pushState({}, '', '/feed/');
  document.body.replaceChildren(document.createElement('main'));
  await settle();
  expect(sent.map((m) => m.type)).toEqual(['posting', 'no-posting']);
  expect(document.querySelectorAll('mark').length).toBe(0);
});

test('fit-updated restyles without re-analysing, and only for the job shown', async () => {
  pane('A', ML_TEXT);
  const { controller } = start();
  await settle();
  await controller.onMessage({ type: 'fit-updated', view: view('sql', 'some-other-job') });
  expect(document.querySelector('mark[data-ml-fit="core held"]')).toBeNull();
  await controller.onMessage({ type: 'fit-updated', view: view('sql') });
  expect(document.querySelector('mark[data-ml-fit="core held"]')?.textContent).toBe('SQL');
  await controller.onMessage({ type: 'fit-updated', view: { nonsense: true } });
  expect(calls).toHaveLength(1);
});

test('a non-ML posting gets no chip until the user asks', async () => {
  pane('A', ML_TEXT);
  const { controller, log } = start({ ml: false });
  await settle();
  expect(log).toEqual([]);
  await expect(controller.onMessage({ type: 'show-anyway' })).resolves.toEqual({ ok: true });
  await settle();
  expect(log).toEqual(['mount data-analyst']);
});

test('an engine that throws degrades to no annotation, logged once, and the next text still works', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  pane('A', ML_TEXT);
  let fail = true;
  const { ui } = fakeUi();
  const analyze = fakeAnalyze(calls);
  startController({
    doc: document,
    analyze: (input) => {
      if (fail) throw new Error('engine down');
      return analyze(input);
    },
    highlighter: markHighlighter(document),
    ui,
    send: async (m) => void sent.push(m),
    signal: abort.signal,
    onRequest: false,
    quietMs: 20,
  });
  await settle();
  expect(document.querySelectorAll('mark').length).toBe(0);
  expect(warn).toHaveBeenCalledTimes(1);
  fail = false;
  const p = document.querySelector('#job-details p');
  if (p) p.append(' More text.');
  await settle();
  expect(document.querySelectorAll('mark').length).toBe(3);
});

test('a huge posting is read up to a bound', async () => {
  pane('A', `${ML_TEXT} ${'lorem ipsum dolor '.repeat(40_000)}`);
  start();
  await settle();
  expect(calls[0]?.length).toBeLessThanOrEqual(60_000);
  expect(document.querySelectorAll('mark').length).toBe(3);
});

test('a new job id over the old job text waits for the pane to re-render', async () => {
  pane('A', ML_TEXT);
  start();
  await settle();
  history.pushState({}, '', '/jobs/search/?currentJobId=4099999999');
  document.body.append(document.createElement('span')); // the site starts re-rendering
  await settle();
  expect(calls).toHaveLength(1);
  expect(document.querySelectorAll('mark').length).toBe(0); // the old job's marks are gone
  pane('B', `${ML_TEXT} For job B.`);
  await settle();
  expect(calls).toHaveLength(2);
  expect(calls[1]).toContain('For job B.');
});

test('two jobs with the same text: the second is annotated once the wait is over', async () => {
  pane('A', ML_TEXT);
  start();
  await settle();
  history.pushState({}, '', '/jobs/search/?currentJobId=4099999999');
  pane('B', ML_TEXT);
  await settle();
  expect(calls).toHaveLength(1);
  await new Promise((r) => setTimeout(r, 3100));
  expect(calls).toHaveLength(2);
  expect(document.querySelectorAll('mark').length).toBe(3);
});
