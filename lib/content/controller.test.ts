// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/jobs/search/?currentJobId=4012345678"}
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type FakePainter, fakePainter } from '../../tests/support/painter';
import type { Analysis } from '../analysis/types';
import { checkedSend } from '../messages/guards';
import { MAX_TEXT_CHARS } from '../messages/limits';
import type { AnalyzeReply, ContentToBackground, RequestOf, TabView } from '../messages/protocol';

type OutgoingMessage = RequestOf<ContentToBackground>;

import { type Controller, startController } from './controller';
import { REPLY_TIMEOUT_MS, RETRY_PAUSES_MS } from './transitions';
import type { UiFactory } from './ui';

/**
 * The lifecycle with the UI and the background replaced by recording fakes. The fake
 * background answers `analyze` as the real one does: mentions as offsets into the text it
 * received, the analysis summary, and the tab's view.
 */

const ML_TEXT =
  'We need Python and SQL for model serving. Requirements: Docker and Kubernetes in production.';

function fakeAnalysis(text: string, ml: boolean): Analysis {
  const mentions = ['Python', 'SQL', 'Docker'].flatMap((w) => {
    const start = text.indexOf(w);
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
}

function fakeUi() {
  const log: string[] = [];
  const ui: UiFactory = {
    async mountChip(_title, model, signal) {
      log.push(`mount ${model.role.id} ${model.view?.fit?.score ?? '-'}`);
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

/** Lets the page's watch settle and the fake background answer: 120 ms of fake time, no real wait. */
const settle = () => vi.advanceTimersByTimeAsync(120);
let abort: AbortController;
let painter: FakePainter;
/** What is highlighted now: the text of each highlight. */
const painted = () => painter.painted().map(([text]) => text);
let sent: OutgoingMessage[];
/** Texts the background was asked to analyse. */
let calls: string[];

interface BackgroundOptions {
  ml?: boolean;
  /** The skill the profile holds (in the view's `held`), if any. */
  held?: string;
  /** Replaces the answer to `analyze` (a rejection, garbage, a delay...). */
  answer?: (m: Extract<OutgoingMessage, { type: 'analyze' }>, normal: AnalyzeReply) => unknown;
}

function fakeBackground(options: BackgroundOptions = {}) {
  return async (m: OutgoingMessage): Promise<unknown> => {
    sent.push(m);
    if (m.type !== 'analyze') return view(null, '');
    calls.push(m.text);
    const analysis = fakeAnalysis(m.text, options.ml ?? true);
    const normal: AnalyzeReply = {
      mentions: analysis.mentions,
      analysis: { isMlEngineer: analysis.isMlEngineer, role: analysis.role, skills: analysis.skills },
      view: view(options.held ?? null, m.posting.jobId ?? ''),
    };
    return options.answer ? options.answer(m, normal) : normal;
  };
}

function start(options: BackgroundOptions = {}) {
  const { ui, log } = fakeUi();
  painter = fakePainter();
  const controller: Controller = startController({
    doc: document,
    highlighter: painter,
    ui,
    send: checkedSend(fakeBackground(options)),
    signal: abort.signal,
    onRequest: false,
    quietMs: 20,
  });
  return { controller, log };
}

function view(skillHeld: string | null, jobId = '4012345678'): TabView {
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
    fit: {
      score: 61,
      band: 'partial',
      matched: [],
      missing: [],
      bySide: {},
      advice: 'Fine.',
    } as unknown as TabView['fit'],
    held: skillHeld ? { [skillHeld]: 'working' } : {},
    profile: 'ready',
    showAnyway: false,
  };
}

beforeEach(() => {
  abort = new AbortController();
  sent = [];
  calls = [];
  history.replaceState({}, '', '/jobs/search/?currentJobId=4012345678');
  vi.useFakeTimers();
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

test('sends the text once it settles, and highlights the mentions of the reply, held or not alike', async () => {
  pane('A', ML_TEXT);
  const { log } = start({ held: 'python' });
  await settle();
  expect(calls).toEqual([ML_TEXT]);
  expect(sent).toEqual([
    {
      type: 'analyze',
      posting: {
        site: 'linkedin',
        jobId: '4012345678',
        url: 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678',
        title: 'Machine Learning Engineer A',
        company: null,
        location: null,
        onRequest: false,
      },
      text: ML_TEXT,
    },
  ]);
  // Python is held: the highlights must not say so (held-ness lives in the chip and card).
  expect(painter.painted()).toEqual([
    ['Python', 'core'],
    ['SQL', 'core'],
    ['Docker', 'core'],
  ]);
  // One mount, with the view already in hand (the chip waits for the background's answer).
  expect(log).toEqual(['mount ml-engineer 61']);
});

test('never analyses the same text twice in a row; its own painting does not wake it', async () => {
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
  expect(painted().length).toBe(3);
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
  expect(sent.map((m) => m.type)).toEqual(['analyze', 'no-posting']);
  expect(painted().length).toBe(0);
});

test('a page without a posting says so once, so the background knows it was read', async () => {
  history.pushState({}, '', '/feed/');
  document.body.replaceChildren(document.createElement('main'));
  start();
  await settle();
  document.querySelector('main')?.append('More of the feed.');
  await settle();
  expect(sent.map((m) => m.type)).toEqual(['no-posting']);
  expect(painted().length).toBe(0);
});

test('fit-updated updates the chip only, for the job shown: the page sees no change at all', async () => {
  pane('A', ML_TEXT);
  const { controller, log } = start();
  await settle();
  const changes = new MutationObserver(() => {});
  changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  await controller.onMessage({ type: 'fit-updated', view: view('sql', 'some-other-job') });
  expect(log).toEqual(['mount ml-engineer 61']);
  await controller.onMessage({ type: 'fit-updated', view: view('sql') });
  await settle();
  expect(log).toEqual(['mount ml-engineer 61', 'update 61']);
  expect(changes.takeRecords()).toEqual([]);
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
  expect(log).toEqual(['mount data-analyst 61']);
});

test('a failing background is retried a bounded number of times, then no annotation, logged once; the next text still works', async () => {
  vi.useFakeTimers();
  try {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
    pane('A', ML_TEXT);
    let fail: 'reject' | 'garbage' | null = 'reject';
    const { log } = start({
      answer: (_m, normal) => {
        if (fail === 'reject') return Promise.reject(new Error('Receiving end does not exist.'));
        if (fail === 'garbage') return { mentions: 'no' };
        return normal;
      },
    });
    await wait(120);
    expect(calls).toHaveLength(1);
    await wait(RETRY_PAUSES_MS.reduce((a, b) => a + b, 0) + 100);
    expect(calls).toHaveLength(RETRY_PAUSES_MS.length + 1); // bounded
    await wait(60_000);
    expect(calls).toHaveLength(RETRY_PAUSES_MS.length + 1); // and it stays quiet
    expect(painted().length).toBe(0);
    expect(log).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    const p = document.querySelector('#job-details p');
    fail = 'garbage';
    p?.append(' More text.');
    await wait(10_000);
    expect(painted().length).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1); // once per piece, not per failure
    fail = null;
    p?.append(' Even more.');
    await wait(120);
    expect(painted().length).toBe(3);
    warn.mockRestore();
  } finally {
    vi.useRealTimers();
  }
});

test('the worker stopped mid-analysis: a lost or unanswered request is retried until the posting is annotated', async () => {
  vi.useFakeTimers();
  try {
    pane('A', ML_TEXT);
    let attempt = 0;
    start({
      answer: (_m, normal) => {
        attempt++;
        // As Chrome answers when the worker dies under a request, then a worker that never answers.
        if (attempt === 1)
          return Promise.reject(new Error('The message port closed before a response was received.'));
        if (attempt === 2) return new Promise(() => {});
        return normal;
      },
    });
    await vi.advanceTimersByTimeAsync(120);
    expect(painted().length).toBe(0);
    await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS + RETRY_PAUSES_MS.reduce((a, b) => a + b, 0));
    expect(calls).toHaveLength(3);
    expect(painted()).toEqual(['Python', 'SQL', 'Docker']);
  } finally {
    vi.useRealTimers();
  }
});

test('"Analyze this page" re-runs an analysis that gave up, and skips the wait of one still retrying', async () => {
  vi.useFakeTimers();
  try {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    pane('A', ML_TEXT);
    let down = true;
    const { controller } = start({
      answer: (_m, normal) => (down ? Promise.reject(new Error('Receiving end does not exist.')) : normal),
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(RETRY_PAUSES_MS.length + 1);
    down = false;
    await controller.onMessage({ type: 'show-anyway' });
    await vi.advanceTimersByTimeAsync(120);
    expect(calls).toHaveLength(RETRY_PAUSES_MS.length + 2);
    expect(painted().length).toBe(3);

    // A second job whose first attempt failed: the request retries at once, not after the pause.
    down = true;
    history.pushState({}, '', '/jobs/search/?currentJobId=4099999999');
    pane('B', `${ML_TEXT} For job B.`);
    await vi.advanceTimersByTimeAsync(120);
    const sentSoFar = calls.length;
    down = false;
    await controller.onMessage({ type: 'show-anyway' });
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(sentSoFar + 1);
    expect(painted().length).toBe(3);
  } finally {
    vi.useRealTimers();
  }
});

test('a reply for a job the user has left, or for text that has since changed, is dropped', async () => {
  const release: Array<() => void> = [];
  pane('A', ML_TEXT);
  const { log } = start({
    // Hold every answer until the test lets it go.
    answer: (_m, normal) => new Promise((ok) => release.push(() => ok(normal))),
  });
  await settle();
  expect(calls).toHaveLength(1);
  // The text grows while the first answer is on its way: a second request.
  const p = document.querySelector('#job-details p');
  p?.append(' Also Docker.');
  await settle();
  expect(calls).toHaveLength(2);
  release.shift()?.(); // the answer for the old text
  await settle();
  expect(painted().length).toBe(0);
  expect(log).toEqual([]);
  // Another job is selected before the second answer comes.
  history.pushState({}, '', '/jobs/search/?currentJobId=4099999999');
  pane('B', `${ML_TEXT} For job B.`);
  await settle();
  expect(calls).toHaveLength(3);
  release.shift()?.(); // job A's answer: stale
  await settle();
  expect(painted().length).toBe(0);
  release.shift()?.(); // job B's answer: shown
  await settle();
  expect(painted()).toEqual(['Python', 'SQL', 'Docker']);
  expect(log).toEqual(['mount ml-engineer 61']);
});

test('a re-render while the answer is on its way: the answer maps onto the new nodes', async () => {
  let release: (() => void) | undefined;
  pane('A', ML_TEXT);
  start({ answer: (_m, normal) => new Promise((ok) => (release = () => ok(normal))) });
  await settle();
  pane('A', ML_TEXT); // same text, new elements
  await settle();
  release?.();
  await settle();
  expect(painted()).toEqual(['Python', 'SQL', 'Docker']);
  expect(painter.intact()).toBe(true);
  expect(calls).toHaveLength(1);
});

test('only the background talks to it: other messages are ignored', async () => {
  pane('A', ML_TEXT);
  const { controller } = start();
  await settle();
  expect(controller.onMessage({ type: 'analyze', text: 'x' })).toBeUndefined();
  expect(controller.onMessage({ type: 'fit-updated', view: { held: 'all' } })).toBeUndefined();
  expect(controller.onMessage(null)).toBeUndefined();
});

test('a huge posting is read up to a bound', async () => {
  pane('A', `${ML_TEXT} ${'lorem ipsum dolor '.repeat(40_000)}`);
  start();
  await settle();
  // The bound the background's schema enforces: one shared constant.
  expect(calls[0]?.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  expect(painted().length).toBe(3);
  // ... and the background hears that the text was cut, so the user is told.
  const analyzed = sent.find((m) => m.type === 'analyze');
  expect(analyzed?.type === 'analyze' && analyzed.posting.truncated).toBe(true);
});

test('a posting read whole is not marked as cut', async () => {
  pane('A', ML_TEXT);
  start();
  await settle();
  const analyzed = sent.find((m) => m.type === 'analyze');
  expect(analyzed?.type === 'analyze' && analyzed.posting.truncated).toBeFalsy();
});

test('a new job id over the old job text waits for the pane to re-render', async () => {
  pane('A', ML_TEXT);
  start();
  await settle();
  history.pushState({}, '', '/jobs/search/?currentJobId=4099999999');
  document.body.append(document.createElement('span')); // the site starts re-rendering
  await settle();
  expect(calls).toHaveLength(1);
  expect(painted().length).toBe(0); // the old job's highlights are gone
  pane('B', `${ML_TEXT} For job B.`);
  await settle();
  expect(calls).toHaveLength(2);
  expect(calls[1]).toContain('For job B.');
});

test('two jobs with the same text: the second is annotated once the wait is over', async () => {
  // The controller waits up to 3 s for a re-render: on fake timers, not in real time.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  try {
    const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);
    pane('A', ML_TEXT);
    start();
    await tick(120);
    history.pushState({}, '', '/jobs/search/?currentJobId=4099999999');
    pane('B', ML_TEXT);
    await tick(120);
    expect(calls).toHaveLength(1);
    await tick(2500);
    expect(calls).toHaveLength(1);
    await tick(600);
    expect(calls).toHaveLength(2);
    expect(painted().length).toBe(3);
  } finally {
    vi.useRealTimers();
  }
});

test('stopped (the content script ends) while a retry waits: no retry after', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  pane('A', ML_TEXT);
  start({ answer: () => Promise.reject(new Error('Receiving end does not exist.')) });
  await settle(); // the first attempt failed: a retry waits
  expect(calls).toHaveLength(1);
  abort.abort();
  await vi.advanceTimersByTimeAsync(60_000);
  expect(calls).toHaveLength(1);
});

test('stopped with an answer on its way: highlights cleared, the late answer paints nothing', async () => {
  const release: Array<() => void> = [];
  pane('A', ML_TEXT);
  const { log } = start({
    answer: (_m, normal) =>
      calls.length === 1 ? normal : new Promise((ok) => release.push(() => ok(normal))),
  });
  await settle();
  expect(painted().length).toBe(3);
  document.querySelector('#job-details p')?.append(' Also MLflow.');
  await settle();
  expect(release).toHaveLength(1);
  abort.abort();
  expect(painted().length).toBe(0);
  release[0]?.();
  await settle();
  expect(painted().length).toBe(0);
  expect(log).toEqual(['mount ml-engineer 61', 'chip removed']);
});

test('another posting while the first is retrying: the first is not sent again, its answer never paints', async () => {
  pane('A', ML_TEXT);
  let failA = true;
  start({
    answer: (m, normal) =>
      m.posting.jobId === '4012345678' && failA
        ? Promise.reject(new Error('The message port closed before a response was received.'))
        : normal,
  });
  await settle();
  expect(calls).toEqual([ML_TEXT]); // failed, a retry waits 250 ms
  failA = false;
  history.pushState({}, '', '/jobs/search/?currentJobId=4099999999');
  pane('B', `${ML_TEXT} For job B.`);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(calls).toEqual([ML_TEXT, `${ML_TEXT} For job B.`]);
  expect(painted()).toEqual(['Python', 'SQL', 'Docker']);
  // Over job B's text: the page holds only B's pane, and every range is in it.
  expect(painter.intact()).toBe(true);
});

test('on the clock: a failed attempt is retried after each pause, an unanswered one after the timeout and the pause', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const at: number[] = [];
  const gaps = () => at.slice(1).map((t, i) => t - (at[i] as number));
  pane('A', ML_TEXT);
  start({
    answer: () => {
      at.push(Date.now());
      return Promise.reject(new Error('Receiving end does not exist.'));
    },
  });
  await vi.advanceTimersByTimeAsync(60_000);
  expect(gaps()).toEqual(RETRY_PAUSES_MS);

  abort.abort();
  abort = new AbortController();
  at.length = 0;
  pane('B', `${ML_TEXT} B.`);
  start({
    answer: () => {
      at.push(Date.now());
      return new Promise(() => {});
    },
  });
  await vi.advanceTimersByTimeAsync(120_000);
  expect(gaps()).toEqual(RETRY_PAUSES_MS.map((ms) => REPLY_TIMEOUT_MS + ms));
});
