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
  const listener = add.mock.calls[0]?.[0] as (raw: unknown, sender: { id?: string }) => unknown;
  expect(listener).toBeTypeOf('function');
  expect(listener({ type: 'show-anyway' }, { id: 'another-extension' })).toBeUndefined();
  await expect(listener({ type: 'show-anyway' }, { id: fakeBrowser.runtime.id })).resolves.toEqual({
    ok: true,
  });
  invalidate();
});
