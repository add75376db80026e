import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANALYZE_COMMAND, onCommand } from './command';
import { CONTENT_SCRIPT_FILE } from './flows';
import { registerBackground } from './lifecycle';
import { getTabState } from './tab-state';

beforeEach(() => fakeBrowser.reset());

describe('the Analyze this page shortcut', () => {
  test('runs the popup action on the tab it was pressed in: inject where no content script answers', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    await onCommand(ANALYZE_COMMAND, { id: 12 });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12 }, files: [CONTENT_SCRIPT_FILE] });
    expect((await getTabState(12)).showAnyway).toBe(true);
  });

  test('falls back to the active tab, and ignores other commands', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 44 }] as never);
    await onCommand('something-else', { id: 3 });
    expect(inject).not.toHaveBeenCalled();
    await onCommand(ANALYZE_COMMAND);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 44 }, files: [CONTENT_SCRIPT_FILE] });
  });

  test('the background listens for it from the start', async () => {
    let listener: ((command: string, tab?: { id?: number }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
      listener = l as typeof listener;
    });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    registerBackground();
    listener?.(ANALYZE_COMMAND, { id: 21 });
    await vi.waitFor(() =>
      expect(inject).toHaveBeenCalledWith({ target: { tabId: 21 }, files: [CONTENT_SCRIPT_FILE] }),
    );
  });
});
