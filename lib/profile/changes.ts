import { browser } from 'wxt/browser';

/**
 * Calls `onChange` when another extension page saved the profile. saveProfile's
 * `profile-changed` message reaches every extension page, not only the background, so an
 * open options page follows edits made in the popup. Returns the unsubscribe function.
 */
export function subscribeProfileChanges(onChange: () => void): () => void {
  const listener = (message: unknown): undefined => {
    if (
      typeof message === 'object' &&
      message !== null &&
      (message as { type?: unknown }).type === 'profile-changed'
    ) {
      onChange();
    }
    // No return value: this page never answers, the background does.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
