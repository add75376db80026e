import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { report } from '../../tests/support/background';
import { registerBackground } from './lifecycle';
import { allTabStates, clearTab, getTabState, setReport, setShowAnyway } from './tab-state';

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser has no commands API; command.test.ts covers that listener.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
});

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('tab state', () => {
  test('lives in storage.session, keyed by tab, so a restarted worker finds it', async () => {
    await setReport(4, report());
    await setReport(6, report({ jobId: '7' }));
    const raw = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(raw).sort()).toEqual(['tab:4', 'tab:6']);
    vi.resetModules();
    const fresh = await import('./tab-state');
    expect((await fresh.getTabState(4)).report?.jobId).toBe('123');
    expect([...(await allTabStates()).keys()].sort()).toEqual([4, 6]);
  });

  test('show-anyway holds for the same posting and resets for another', async () => {
    await setReport(1, report());
    await setShowAnyway(1);
    expect((await setReport(1, report({ title: 'ML Engineer (re-rendered)' }))).showAnyway).toBe(true);
    expect((await setReport(1, report({ jobId: '456' }))).showAnyway).toBe(false);
  });

  test('a request made before any report applies to the first report', async () => {
    await setShowAnyway(2);
    expect((await setReport(2, report({ onRequest: true }))).showAnyway).toBe(true);
  });

  test('writes for one tab apply in order', async () => {
    const writes = [setReport(3, report({ jobId: 'a' })), clearTab(3), setReport(3, report({ jobId: 'b' }))];
    await Promise.all(writes);
    expect((await getTabState(3)).report?.jobId).toBe('b');
  });

  test('cleared when the tab closes or loads a new document, not on other updates', async () => {
    registerBackground();
    await setReport(1, report());
    await setReport(2, report());
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 0, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(2, { title: 'x' }, { id: 2 } as never);
    await settle();
    expect((await getTabState(1)).report).toBeNull();
    expect((await getTabState(2)).report).not.toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading' }, { id: 2 } as never);
    await settle();
    expect((await getTabState(2)).report).toBeNull();
  });

  test('a fresh install opens the options page for onboarding; an update does not', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    registerBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' } as never);
    expect(open).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(open).toHaveBeenCalledExactlyOnceWith({
      url: 'chrome-extension://test-extension-id/options.html',
    });
  });
});
