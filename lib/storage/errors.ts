/**
 * Turns whatever IndexedDB or Dexie threw into one sentence a user can act on.
 * Dexie wraps the browser's DOMException (OpenFailedError.inner), so both levels are checked.
 */

export class StorageError extends Error {
  override name = 'StorageError';
}

const MESSAGES: Record<string, string> = {
  MissingAPIError:
    'This browser gives the extension no IndexedDB storage (it may be disabled, or this is a private window that blocks it). Your profile cannot be kept here.',
  QuotaExceededError:
    'The browser’s storage is full, so your profile could not be saved. Free some disk space or site data and try again.',
  InvalidStateError:
    'The browser refused to open the extension’s storage (private browsing or a storage setting may block it).',
  SecurityError: 'Storage is blocked by a browser setting, so your profile cannot be kept here.',
  UnknownError:
    'The browser could not open the extension’s storage (a disk or browser-profile problem). Restarting the browser often helps.',
  VersionError:
    'Your profile was saved by a newer version of ML Fit than this one. Update the extension to read it.',
  DatabaseClosedError:
    'The extension’s storage was closed (it may have been upgraded or cleared in another tab). Reload this page.',
  BlockedError:
    'Another ML Fit page is holding an older copy of the storage open. Close other ML Fit tabs and reload this page.',
  AbortError: 'The browser aborted the storage operation. Try again.',
  TimeoutError: 'The browser’s storage did not answer in time. Try again.',
};

function nameOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

export function describeStorageError(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  // The inner DOMException is the more specific cause when Dexie wrapped one.
  const inner =
    typeof error === 'object' && error !== null ? (error as { inner?: unknown }).inner : undefined;
  for (const candidate of [inner, error]) {
    const name = nameOf(candidate);
    if (name && name in MESSAGES) return MESSAGES[name] as string;
  }
  const name = nameOf(error);
  if (name === 'OpenFailedError')
    return 'The extension’s storage could not be opened. Reload this page or restart the browser.';
  const detail = error instanceof Error ? error.message : String(error);
  return `The extension’s storage failed: ${detail}`;
}

/** Is IndexedDB present at all? (Missing in some embedded or locked-down browsers.) */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined' && indexedDB !== null;
}
