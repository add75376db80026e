import { browser } from 'wxt/browser';
import { sendToContent } from '../../app/messaging/background';

/**
 * Tells content scripts that the history changed, so their seen markers re-ask: every tab
 * when the options page deleted, cleared or paused it, or the one tab whose posting was just
 * saved. Tabs without our content script refuse the message; that is expected.
 */
export async function tellTabsHistoryChanged(tabIds?: readonly number[]): Promise<{ tabs: number }> {
  const ids = tabIds ?? (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  await Promise.all(
    ids.map(async (id) => {
      try {
        await sendToContent(id, { type: 'history-changed' });
      } catch {
        // No content script in that tab.
      }
    }),
  );
  return { tabs: ids.length };
}
