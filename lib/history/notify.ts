import { browser } from 'wxt/browser';

/**
 * Extension pages call this after deleting, clearing or pausing the history: the background
 * tells every tab, and the result lists' seen markers re-ask (lib/content/seen-markers.ts).
 * Nothing listening (a test page, a background still starting) loses nothing: tabs also
 * re-ask when they come back into view.
 */
export async function notifyHistoryChanged(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'history-changed' });
  } catch {
    // No receiver: see above.
  }
}
