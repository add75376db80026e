import { browser } from 'wxt/browser';
import { applyBadge } from './badge';
import { onCommand } from './command';
import { pruneIfDue } from './history';
import { routeMessage } from './router';
import { clearTab } from './tab-state';
import { tabActivated } from './viewing';

/**
 * Every listener of the background, added synchronously when the service worker starts so
 * that the event which woke a stopped worker is delivered to it.
 */
export function registerBackground(): void {
  void pruneIfDue(); // history: drop postings older than the kept days, at most daily
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender));

  // A posting in a tab the user switches to is on screen from now (history dwell).
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void tabActivated(tabId).catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTab(tabId);
  });

  // Without the "tabs" permission changeInfo carries no URL, but status 'loading' alone marks
  // a new document in the tab (a load, reload or cross-document navigation; same-document
  // history changes do not go through it): the old posting is gone, and the new page's
  // content script reports afresh. In-page job switches arrive as analyze / no-posting.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading') return;
    void clearTab(tabId).then(() => applyBadge(tabId, null));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    void onCommand(command, tab);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Onboarding: the fit needs a profile, so a fresh install starts on the options page, in a
    // tab of its own (openOptionsPage may take over whatever blank tab is current instead).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });
}
