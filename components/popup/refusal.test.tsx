// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PopupApi } from './api';
import { Popup } from './Popup';
import { REFUSED } from './use-tab-view';

afterEach(cleanup);

/** A tab with no posting whose page the browser refuses to open to the extension. */
function refusingApi(error: string): PopupApi {
  return {
    tabId: vi.fn(async () => 9),
    getView: vi.fn(async () => ({
      report: null,
      fit: null,
      held: {},
      profile: 'ready' as const,
      showAnyway: false,
    })),
    analyzeTab: vi.fn(async () => ({ ok: false as const, error })),
    analyzeAnyway: vi.fn(async () => null),
    addSkill: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    storageError: vi.fn(async () => ''),
  };
}

describe('the popup on a page the browser keeps closed', () => {
  // Chrome's and Firefox's own wordings for the same refusal.
  test.each(['Cannot access a chrome:// URL', 'Missing host permission for the tab'])(
    'says the same words whatever the browser said ("%s")',
    async (error) => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      render(<Popup api={refusingApi(error)} />);
      await vi.advanceTimersByTimeAsync(2000);
      fireEvent.click(await screen.findByRole('button', { name: 'Analyze this page' }));
      const note = await screen.findByText(REFUSED);
      expect(note.textContent).not.toContain(error);
      vi.useRealTimers();
    },
  );
});
