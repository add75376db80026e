// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from './main';

/** A second injection into the same isolated world must not start a second content script. */

function fakeCtx() {
  const abort = new AbortController();
  const ctx = {
    signal: abort.signal,
    onInvalidated(cb: () => void) {
      abort.signal.addEventListener('abort', cb);
      return () => abort.signal.removeEventListener('abort', cb);
    },
  } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => abort.abort() };
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
