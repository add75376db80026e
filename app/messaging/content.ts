import { browser } from 'wxt/browser';
import { checkedSend } from '../../lib/messages/guards';
import type { ContentToBackground, Send } from '../../lib/messages/protocol';

/**
 * The content script → the background. Each reply is checked by its hand-written guard
 * before it resolves (the page's bundle carries no zod); a missing or malformed one rejects.
 */
export const sendFromContent: Send<ContentToBackground> = checkedSend((message) =>
  browser.runtime.sendMessage(message),
);
