import { OWN_ATTR } from '../highlight/names';
import { isOwnUi } from '../sites/skip';

/**
 * Calls `onSettled` once the page has stopped changing for `quietMs` (or at most every
 * `maxWaitMs` while it keeps changing), and on every same-document navigation. Mutations
 * made by the extension itself (its shadow hosts, the highlights' fallback <style>) are ignored.
 */
export interface PageWatch {
  /** Run `change` (the extension's own DOM edits) without waking the watcher. */
  quietly(change: () => void): void;
  /** Schedule a check now (debounced like a mutation). */
  poke(): void;
}

function isOwnNode(n: Node): boolean {
  return n.nodeType === 1 && (isOwnUi(n as Element) || (n as Element).hasAttribute(OWN_ATTR));
}

function ownRecord(r: MutationRecord): boolean {
  const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
  if (target?.closest(`[${OWN_ATTR}]`) || (target && isOwnUi(target))) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

export function watchPage(
  doc: Document,
  signal: AbortSignal,
  onSettled: () => void,
  options: { quietMs?: number; maxWaitMs?: number } = {},
): PageWatch {
  const quietMs = options.quietMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const fire = () => {
    timer = undefined;
    firstPending = 0;
    if (!signal.aborted) onSettled();
  };
  const poke = () => {
    const now = performance.now();
    if (firstPending === 0) firstPending = now;
    clearTimeout(timer);
    const wait = Math.min(quietMs, Math.max(0, firstPending + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((r) => !ownRecord(r))) poke();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  // Same-document navigations (pushState by the site). The Navigation API sees the page's
  // own calls from the isolated world; where it is missing, the mutations that follow a
  // navigation wake the watcher anyway and the URL is re-read at each check.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigate', poke, { signal });
  doc.defaultView?.addEventListener('popstate', poke, { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  return {
    quietly(change) {
      change();
      observer.takeRecords();
    },
    poke,
  };
}
