import { browser } from 'wxt/browser';
import type { PostingReport } from '../../lib/messages/protocol';

/**
 * What each tab shows, kept in storage.session so that a service worker stopped by the
 * browser (MV3 does that after ~30 s idle) finds it again on restart. Session storage is
 * memory-only, cleared when the browser closes, and not readable by content scripts.
 */

export interface TabState {
  report: PostingReport | null;
  /** The user asked to see this posting's analysis although it is not an ML engineer role. */
  showAnyway: boolean;
}

const PREFIX = 'tab:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export const EMPTY_TAB_STATE: TabState = { report: null, showAnyway: false };

// Writes for one tab run one after another so that a 'loading' clear and the new page's
// report (or two quick reports during a job switch) land in the order they arrived.
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

export async function getTabState(tabId: number): Promise<TabState> {
  await queues.get(tabId);
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabState | undefined;
  return stored ?? EMPTY_TAB_STATE;
}

/**
 * Same posting = same job id when the site has one, else the same URL. A request made before
 * any report (analyze-tab on a page showing none) applies to the first report that follows.
 */
function samePosting(a: PostingReport | null, b: PostingReport): boolean {
  if (!a) return true;
  return a.jobId !== null || b.jobId !== null ? a.jobId === b.jobId && a.site === b.site : a.url === b.url;
}

/** Stores a tab's report; "show anyway" survives re-analysis of the same posting only. */
export function setReport(tabId: number, report: PostingReport): Promise<TabState> {
  return serial(tabId, async () => {
    const key = keyOf(tabId);
    const prev = ((await browser.storage.session.get(key))[key] as TabState | undefined) ?? EMPTY_TAB_STATE;
    const next: TabState = { report, showAnyway: prev.showAnyway && samePosting(prev.report, report) };
    await browser.storage.session.set({ [key]: next });
    return next;
  });
}

export function setShowAnyway(tabId: number): Promise<TabState> {
  return serial(tabId, async () => {
    const key = keyOf(tabId);
    const prev = ((await browser.storage.session.get(key))[key] as TabState | undefined) ?? EMPTY_TAB_STATE;
    const next: TabState = { ...prev, showAnyway: true };
    await browser.storage.session.set({ [key]: next });
    return next;
  });
}

export function clearTab(tabId: number): Promise<void> {
  return serial(tabId, () => browser.storage.session.remove(keyOf(tabId)));
}

/** Every tab with stored state (for the profile-changed fan-out). */
export async function allTabStates(): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const id = Number(key.slice(PREFIX.length));
    if (Number.isInteger(id)) out.set(id, value as TabState);
  }
  return out;
}
