import { browser } from 'wxt/browser';
import type { PageToBackground, Send } from '../../lib/messages/protocol';

/**
 * An extension page (popup, options) → the background. The reply is typed by construction:
 * the background's handlers are checked against the same map, and both ship in one build. No
 * answer at all (nothing listening) rejects, as the browser's own "no receiver" does.
 */
export const sendFromPage: Send<PageToBackground> = async (message) => {
  const reply = await browser.runtime.sendMessage(message);
  if (reply === undefined) throw new Error(`the background did not answer ${message.type}`);
  return reply;
};
