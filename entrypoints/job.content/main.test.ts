// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REPLY_TIMEOUT_MS } from '../../lib/content/transitions';
import { CHECK_MS, LeanContentScriptContext } from './context';
import { runContentScript } from './main';

/** A second injection into the same isolated world must not start a second content script. */

/** The content script's own context (context.ts); `invalidate` ends the run. */
function fakeCtx() {
  const ctx = new LeanContentScriptContext('job');
  return { ctx, invalidate: () => ctx.abort() };
}

afterEach(() => fakeBrowser.reset());

test('injected twice: one controller, one message listener; after invalidation a new one may start', () => {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const first = fakeCtx();
  runContentScript(first.ctx);
  const second = fakeCtx();
  runContentScript(second.ctx);
  expect(add).toHaveBeenCalledTimes(1);
  first.invalidate();
  const third = fakeCtx();
  runContentScript(third.ctx);
  expect(add).toHaveBeenCalledTimes(2);
  third.invalidate();
  second.invalidate();
});

test('messages are read only when they come from this extension', async () => {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const { ctx, invalidate } = fakeCtx();
  runContentScript(ctx);
  const listener = add.mock.calls[0]?.[0] as unknown as (
    raw: unknown,
    sender: { id?: string },
    respond: (answer: unknown) => void,
  ) => unknown;
  expect(listener).toBeTypeOf('function');
  const respond = vi.fn();
  expect(listener({ type: 'show-anyway' }, { id: 'another-extension' }, respond)).toBeUndefined();
  expect(listener({ type: 'unknown' }, { id: fakeBrowser.runtime.id }, respond)).toBeUndefined();
  // The browser's own API (no polyfill here): true keeps the channel open for sendResponse.
  expect(listener({ type: 'show-anyway' }, { id: fakeBrowser.runtime.id }, respond)).toBe(true);
  await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ ok: true }));
  expect(respond).toHaveBeenCalledTimes(1);
  invalidate();
});

const TEXT =
  'Machine learning engineer. We need Python and SQL for model serving, Docker and Kubernetes in production.';

/** A page no adapter claims, read at the user's request (the popup's "Analyze this page"). */
function postingPage(): void {
  const h1 = document.createElement('h1');
  h1.textContent = 'Machine Learning Engineer';
  const p = document.createElement('p');
  p.textContent = TEXT;
  const main = document.createElement('main');
  main.append(h1, p);
  document.body.replaceChildren(main);
}

/** The background, as far as this script asks it: `analyze` gets a reply with two mentions. */
function fakeBackground() {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    type: string;
    text?: string;
  }) => {
    const summary = {
      isMlEngineer: true,
      role: { id: 'ml-engineer', confidence: 1, reasons: [] },
      skills: [],
    };
    const view = { report: null, fit: null, held: {}, profile: 'ready', showAnyway: false };
    if (message.type !== 'analyze') return view;
    const text = message.text ?? '';
    const mentions = ['Python', 'SQL'].map((w) => ({
      start: text.indexOf(w),
      end: text.indexOf(w) + w.length,
      text: w,
      skill: w.toLowerCase(),
      name: w,
      category: 'core',
      listedAs: 'required',
    }));
    return { mentions, analysis: summary, view };
  }) as never);
}

const hosts = () => document.querySelectorAll('ml-fit-chip').length;

test('without the CSS Custom Highlight API the script fails closed and quietly: no highlights, the chip still comes', async () => {
  // happy-dom has no CSS.highlights, as a browser without the API.
  expect(typeof CSS === 'undefined' || !('highlights' in CSS)).toBe(true);
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  postingPage();
  const before = document.body.innerHTML;
  const send = fakeBackground();
  const { ctx, invalidate } = fakeCtx();
  runContentScript(ctx);
  await vi.waitFor(() => expect(hosts()).toBe(1), { timeout: 3000 });
  expect(send.mock.calls.map(([m]) => (m as unknown as { type: string }).type)).toEqual(['analyze']);
  // Nothing but the chip's host was added to the page: no <mark>, no <style>, no attribute.
  document.querySelector('ml-fit-chip')?.remove();
  expect(document.body.innerHTML).toBe(before);
  expect(document.head.querySelector('style')).toBeNull();
  expect(warn).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
  invalidate();
});

describe('a run whose extension is gone (updated, reloaded, removed) ends itself', () => {
  const ID = fakeBrowser.runtime.id;
  let registry: Map<string, unknown>;
  beforeEach(() => {
    vi.useFakeTimers();
    // The CSS Custom Highlight API, as far as the painter uses it.
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal(
      'Highlight',
      class {
        readonly ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
  });
  afterEach(() => {
    fakeBrowser.runtime.id = ID;
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  async function running() {
    postingPage();
    const send = fakeBackground();
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const remove = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    const { ctx } = fakeCtx();
    runContentScript(ctx);
    await vi.advanceTimersByTimeAsync(1000);
    expect(hosts()).toBe(1);
    expect([...registry.keys()]).toEqual(['ml-fit-core']);
    expect(send).toHaveBeenCalledTimes(1);
    fakeBrowser.runtime.id = undefined as unknown as string;
    return { ctx, send, add, remove };
  }

  function expectEnded(ctx: LeanContentScriptContext, remove: { mock: { calls: unknown[][] } }) {
    expect(ctx.signal.aborted).toBe(true);
    expect(hosts()).toBe(0);
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(remove.mock.calls).toHaveLength(1);
  }
  /** No timer left: the watcher's debounce, the context's check, any retry. */
  const noTimers = () => expect(vi.getTimerCount()).toBe(0);

  test('at its next activity: the page changes, and instead of sending it stops', async () => {
    const { ctx, send, remove } = await running();
    document.querySelector('main p')?.append(' Also Kubernetes.');
    await vi.advanceTimersByTimeAsync(500); // the watcher's pause, and less than CHECK_MS in all
    expect(send).toHaveBeenCalledTimes(1);
    expectEnded(ctx, remove);
    // The page keeps changing: nothing wakes it. (The send it did not make never settles,
    // quietly: the wait for its answer ends with its timeout.)
    document.querySelector('main p')?.append(' And Spark.');
    await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS);
    expect(send).toHaveBeenCalledTimes(1);
    noTimers();
  });

  test('at its next activity: the page re-renders the same text, and instead of repainting it stops', async () => {
    const { ctx, send, remove } = await running();
    const p = document.querySelector('main p');
    p?.replaceWith(p.cloneNode(true)); // the highlighted text nodes are gone
    await vi.advanceTimersByTimeAsync(500);
    expect(send).toHaveBeenCalledTimes(1);
    expectEnded(ctx, remove);
    noTimers();
  });

  test('unprompted, within CHECK_MS; a newer run then starts in its place', async () => {
    const { ctx, remove, add } = await running();
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    expectEnded(ctx, remove);
    noTimers();
    fakeBrowser.runtime.id = ID;
    const newer = fakeCtx();
    runContentScript(newer.ctx);
    await vi.advanceTimersByTimeAsync(1000);
    expect(add).toHaveBeenCalledTimes(2);
    expect(hosts()).toBe(1);
    expect([...registry.keys()]).toEqual(['ml-fit-core']);
    newer.invalidate();
  });

  test('a newer run clears what an older one left and could not take down', async () => {
    const older = await running();
    fakeBrowser.runtime.id = ID;
    // The older run sits in a world of its own (as after a reload); this one cannot see it.
    const stale = document.createElement('ml-fit-chip');
    document.body.append(stale);
    registry.set('ml-fit-nice-to-have', {});
    // happy-dom drops ::highlight() rules, so the left-over sheet shows its rule as a browser would.
    const pages = new CSSStyleSheet();
    pages.replaceSync('p { color: red; }');
    const left = new CSSStyleSheet();
    Object.defineProperty(left, 'cssRules', {
      value: [{ cssText: '::highlight(ml-fit-core) { color: blue; }' }],
    });
    document.adoptedStyleSheets = [pages, left];
    Reflect.deleteProperty(globalThis, Symbol.for('ml-fit.content'));
    const newer = fakeCtx();
    runContentScript(newer.ctx);
    await vi.advanceTimersByTimeAsync(1000);
    expect(stale.isConnected).toBe(false);
    expect(hosts()).toBe(1);
    expect([...registry.keys()]).toEqual(['ml-fit-core']);
    // The page's own sheet stays; the left-over rules give way to the newer run's.
    const sheets = document.adoptedStyleSheets;
    expect(sheets).toHaveLength(2);
    expect(sheets[0]).toBe(pages);
    expect(sheets.includes(left)).toBe(false);
    newer.invalidate();
    older.ctx.abort();
  });
});
