import { browser } from 'wxt/browser';
import { sendFromPage } from '../../app/messaging/page';
import type { PopupApi } from '../../components/popup/api';

/** The popup's PopupApi: messages to the background, and the profile store for one edit. */
export function browserPopupApi(search: string): PopupApi {
  return {
    async tabId() {
      const fromQuery = Number(new URLSearchParams(search).get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async getView(tabId) {
      return sendFromPage({ type: 'get-tab', tabId });
    },
    async analyzeTab(tabId) {
      return sendFromPage({ type: 'analyze-tab', tabId });
    },
    async analyzeAnyway(tabId) {
      return sendFromPage({ type: 'analyze-anyway', tabId });
    },
    async addSkill(skill, level) {
      // Loaded on first use: Dexie stays out of the popup's first paint. One patch, applied to
      // the profile as stored at that moment: an options page editing meanwhile loses nothing.
      const { updateProfile } = await import('../../app/storage/profile');
      await updateProfile([{ op: 'put-skill', entry: { skill, level } }]);
    },
    async storageError() {
      const { loadProfile } = await import('../../app/storage/profile');
      const load = await loadProfile();
      return load.state === 'unavailable' ? load.error : 'The profile can be read again; reopen ML Fit.';
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
  };
}
