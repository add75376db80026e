import { browser } from 'wxt/browser';
import type { AnalyzeResult } from '../../lib/background/flows';
import type { TabView } from '../../lib/messages/schema';
import type { Level } from '../../lib/profile/schema';

/** Everything the popup asks of the extension, behind one interface so tests can fake it. */
export interface PopupApi {
  /** The tab to describe: ?tabId=N, else the active tab of this window. */
  tabId(): Promise<number | null>;
  getView(tabId: number): Promise<TabView | null>;
  analyzeTab(tabId: number): Promise<AnalyzeResult>;
  analyzeAnyway(tabId: number): Promise<TabView | null>;
  /** Adds (or raises) one skill in the stored profile. */
  addSkill(skill: string, level: Level): Promise<void>;
  openOptions(): void;
  /** Why the profile cannot be read, in words for the user (only asked when it cannot). */
  storageError(): Promise<string>;
}

export function browserPopupApi(search: string): PopupApi {
  return {
    async tabId() {
      const fromQuery = Number(new URLSearchParams(search).get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async getView(tabId) {
      return ((await browser.runtime.sendMessage({ type: 'get-tab', tabId })) as TabView | undefined) ?? null;
    },
    async analyzeTab(tabId) {
      return (await browser.runtime.sendMessage({ type: 'analyze-tab', tabId })) as AnalyzeResult;
    },
    async analyzeAnyway(tabId) {
      return (
        ((await browser.runtime.sendMessage({ type: 'analyze-anyway', tabId })) as TabView | undefined) ??
        null
      );
    },
    async addSkill(skill, level) {
      // Loaded on first use: Dexie stays out of the popup's first paint. One patch, applied to
      // the profile as stored at that moment: an options page editing meanwhile loses nothing.
      const { updateProfile } = await import('../../lib/profile/store');
      await updateProfile([{ op: 'put-skill', entry: { skill, level } }]);
    },
    async storageError() {
      const { loadProfile } = await import('../../lib/profile/store');
      const load = await loadProfile();
      return load.state === 'unavailable' ? load.error : 'The profile can be read again; reopen ML Fit.';
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
  };
}
