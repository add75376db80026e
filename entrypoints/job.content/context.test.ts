// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { LeanContentScriptContext } from './context';

test('a newer run of the same script ends the older one, not itself or other scripts', () => {
  const older = new LeanContentScriptContext('job');
  const other = new LeanContentScriptContext('other');
  let ended = 0;
  older.onInvalidated(() => ended++);
  expect(older.signal.aborted).toBe(false);
  const newer = new LeanContentScriptContext('job');
  expect(older.signal.aborted).toBe(true);
  expect(ended).toBe(1);
  expect(newer.signal.aborted).toBe(false);
  expect(other.signal.aborted).toBe(false);
});

test("WXT's context and this one stop each other (an update across the swap)", () => {
  expect(fakeBrowser.runtime.id).toBeTruthy();
  const wxt = new WxtContext('job');
  const lean = new LeanContentScriptContext('job');
  expect(wxt.signal.aborted).toBe(true);
  expect(lean.signal.aborted).toBe(false);
  new WxtContext('job');
  expect(lean.signal.aborted).toBe(true);
});

test('onInvalidated gives back an undo', () => {
  const ctx = new LeanContentScriptContext('undo');
  let ran = false;
  const undo = ctx.onInvalidated(() => {
    ran = true;
  });
  undo();
  new LeanContentScriptContext('undo');
  expect(ctx.signal.aborted).toBe(true);
  expect(ran).toBe(false);
});
