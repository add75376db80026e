import type { Browser } from 'wxt/browser';
import { seenEntries } from '../../app/storage/history';
import { parseMessage } from '../../lib/messages/schema';
import { analyzeAnyway, analyzeForTab, analyzeTab, forgetTab, profileChanged, viewOf } from './flows';
import { tellTabsHistoryChanged } from './history-changed';
import { contentTabId, isExtensionPage } from './senders';

/**
 * The background's single onMessage handler: parse, check the sender, dispatch. Returns a
 * promise for messages it answers and undefined for anything it ignores (malformed, unknown,
 * background → content types, or from the wrong kind of sender).
 */
export function routeMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'analyze': {
      const tabId = contentTabId(sender);
      return tabId === null ? undefined : analyzeForTab(tabId, message.posting, message.text);
    }
    case 'no-posting': {
      const tabId = contentTabId(sender);
      return tabId === null ? undefined : forgetTab(tabId);
    }
    case 'get-tab':
      return isExtensionPage(sender) ? viewOf(message.tabId) : undefined;
    case 'analyze-tab':
      return isExtensionPage(sender) ? analyzeTab(message.tabId) : undefined;
    case 'analyze-anyway':
      return isExtensionPage(sender) ? analyzeAnyway(message.tabId) : undefined;
    case 'profile-changed':
      return isExtensionPage(sender) ? profileChanged() : undefined;
    case 'seen':
      return contentTabId(sender) === null
        ? undefined
        : seenEntries(message.site, message.ids).then((seen) => ({ seen }));
    case 'history-changed':
      return isExtensionPage(sender) ? tellTabsHistoryChanged() : undefined;
    default:
      // fit-updated and show-anyway travel background → content only.
      return undefined;
  }
}
