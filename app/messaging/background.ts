import { browser } from 'wxt/browser';
import type { SendToTab } from '../../lib/messages/protocol';

/**
 * The background → the content script of one tab. Rejects when the tab has none (another
 * site, a page still loading); the reply only says the message arrived.
 */
export const sendToContent: SendToTab = (tabId, message) => browser.tabs.sendMessage(tabId, message);
