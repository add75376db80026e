import { type Browser, browser } from 'wxt/browser';

/**
 * Who may say what. Content-script messages must come from our own content script in a tab's
 * top frame (sub-frames would overwrite the tab's posting); page messages from one of the
 * extension's own pages. Anything else is ignored without an answer.
 */

type Sender = Browser.runtime.MessageSender;

function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}

function fromExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin());
}

/** The tab id of a valid content-script sender, else null. */
export function contentTabId(sender: Sender): number | null {
  if (sender.id !== browser.runtime.id) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if ((sender.frameId ?? 0) !== 0) return null;
  if (fromExtensionPage(sender)) return null;
  return tabId;
}

export function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && fromExtensionPage(sender);
}
