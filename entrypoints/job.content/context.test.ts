// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_MS, LeanContentScriptContext } from './context';

const ID = fakeBrowser.runtime.id;
/** As after the extension was updated, reloaded, disabled or removed: this run's API has no id. */
const extensionGone = () => {
  fakeBrowser.runtime.id = undefined as unknown as string;
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  fakeBrowser.runtime.id = ID;
});

test('a run lives while its extension is there, however long', () => {
  const ctx = new LeanContentScriptContext('job');
  vi.advanceTimersByTime(CHECK_MS * 100);
  expect(ctx.isValid).toBe(true);
  expect(ctx.signal.aborted).toBe(false);
  ctx.abort();
  expect(vi.getTimerCount()).toBe(0);
});

test('once its extension is gone, the next look ends the run, once', () => {
  const ctx = new LeanContentScriptContext('job');
  const ended = vi.fn();
  ctx.onInvalidated(ended);
  extensionGone();
  expect(ended).not.toHaveBeenCalled();
  expect(ctx.isValid).toBe(false);
  expect(ctx.signal.aborted).toBe(true);
  expect(ctx.isValid).toBe(false);
  expect(ended).toHaveBeenCalledTimes(1);
  // Its own timer is gone with it.
  expect(vi.getTimerCount()).toBe(0);
});

test('unprompted, the run notices within CHECK_MS that its extension is gone, and its timer stops', () => {
  const ctx = new LeanContentScriptContext('job');
  const ended = vi.fn();
  ctx.onInvalidated(ended);
  vi.advanceTimersByTime(CHECK_MS * 3);
  expect(ended).not.toHaveBeenCalled();
  extensionGone();
  vi.advanceTimersByTime(CHECK_MS);
  expect(ended).toHaveBeenCalledTimes(1);
  expect(vi.getTimerCount()).toBe(0);
});

test('a run dispatches nothing on the page, and a second run does not end the first', () => {
  const dispatched = vi.fn();
  const spies = [document, window].map((target) =>
    vi.spyOn(target, 'dispatchEvent').mockImplementation((e) => {
      dispatched(e.type);
      return true;
    }),
  );
  const older = new LeanContentScriptContext('job');
  const newer = new LeanContentScriptContext('job');
  expect(dispatched).not.toHaveBeenCalled();
  expect(older.isValid && newer.isValid).toBe(true);
  for (const spy of spies) spy.mockRestore();
  older.abort();
  newer.abort();
});

test('onInvalidated gives back an undo', () => {
  const ctx = new LeanContentScriptContext('undo');
  let ran = false;
  const undo = ctx.onInvalidated(() => {
    ran = true;
  });
  undo();
  ctx.abort();
  expect(ctx.signal.aborted).toBe(true);
  expect(ran).toBe(false);
});
