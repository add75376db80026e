import { browser } from 'wxt/browser';
import { historyKey } from '../../lib/history/canonical-url';
import { DWELL_MS } from '../../lib/history/limits';
import type { PostingReport } from '../../lib/messages/protocol';
import { recordInHistory } from './history';
import { tellTabsHistoryChanged } from './history-changed';
import { getTabState } from './tab-state';
import { tabView } from './tab-view';

/**
 * The history keeps what the user looked at, not everything a page shows: a posting is saved
 * once it has stayed the tab's posting for DWELL_MS while the tab is the active one of a
 * window that is not minimised. A page switching postings faster than that saves nothing; a
 * posting opened in a background tab is saved once the user has been on that tab a moment.
 */

export interface ViewingDeps {
  /** The tab's posting now (null when it shows none). */
  current(tabId: number): Promise<PostingReport | null>;
  visible(tabId: number): Promise<boolean>;
  record(tabId: number, report: PostingReport): Promise<unknown>;
}

const keyOf = (r: PostingReport) => historyKey(r.site, r.jobId, r.url);

/** Tabs waiting out the dwell, with the posting they wait for. */
const waiting = new Map<number, { key: string; timer: ReturnType<typeof setTimeout> }>();

/** The tab shows `report` (just analysed, or the tab became active): save it if it stays. */
export function postingShown(tabId: number, report: PostingReport, deps: ViewingDeps = browserDeps): void {
  const key = keyOf(report);
  const was = waiting.get(tabId);
  // The same posting re-read (its text grew, the site re-rendered it): keep the first wait.
  if (was?.key === key) return;
  if (was) clearTimeout(was.timer);
  waiting.delete(tabId);
  if (!report.isMlEngineer) return;
  const timer = setTimeout(() => {
    if (waiting.get(tabId)?.timer === timer) waiting.delete(tabId);
    void stillShown(tabId, key, deps);
  }, DWELL_MS);
  waiting.set(tabId, { key, timer });
}

async function stillShown(tabId: number, key: string, deps: ViewingDeps): Promise<void> {
  try {
    const report = await deps.current(tabId);
    if (!report || keyOf(report) !== key) return;
    if (!(await deps.visible(tabId))) return;
    await deps.record(tabId, report);
  } catch {
    // The tab closed meanwhile: nothing was looked at.
  }
}

/** The user switched to a tab: its posting is now on screen. */
export async function tabActivated(tabId: number, deps: ViewingDeps = browserDeps): Promise<void> {
  const report = await deps.current(tabId);
  if (report) postingShown(tabId, report, deps);
}

const browserDeps: ViewingDeps = {
  async current(tabId) {
    return (await getTabState(tabId)).report;
  },
  async visible(tabId) {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active) return false;
    const win = await browser.windows.get(tab.windowId);
    return win.state !== 'minimized';
  },
  async record(tabId, report) {
    // The fit as it is now (the profile may have changed during the dwell).
    const view = await tabView(await getTabState(tabId));
    const saved = await recordInHistory(report, view.fit, Date.now(), tabId);
    // The tab's result list (if it shows one) marks the posting seen now.
    if (saved) await tellTabsHistoryChanged([tabId]);
    return saved;
  },
};
