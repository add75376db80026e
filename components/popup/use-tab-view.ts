import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabView } from '../../lib/messages/protocol';
import type { Level } from '../../lib/profile/levels';
import type { PopupApi } from './api';

/** What the popup is showing; each kind is its own screen. */
export type PopupState =
  | { kind: 'pending'; reason: 'opening' | 'analyzing' }
  | { kind: 'no-tab' }
  | { kind: 'not-job'; note: string | null }
  | { kind: 'view'; view: TabView };

/** How long to wait for a report that may still be on its way, in ms. */
export const WAIT_ON_OPEN = 1500;
export const WAIT_AFTER_ANALYZE = 6000;
const POLL_EVERY = 150;

/** What the popup says when the browser will not let the extension read the page. */
export const REFUSED =
  "This page cannot be analysed: the browser does not let extensions read it (its own pages, add-on stores and other extensions' pages stay closed).";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Fetches the tab's view from the background and keeps asking briefly while no report has
 * arrived: the content script may still be reading a page that has just loaded.
 */
export function useTabView(api: PopupApi) {
  const [state, setState] = useState<PopupState>({ kind: 'pending', reason: 'opening' });
  const [error, setError] = useState<string | null>(null);
  const tab = useRef<number | null>(null);
  const alive = useRef(true);

  const waitForReport = useCallback(
    async (tabId: number, within: number, note: string | null) => {
      const until = Date.now() + within;
      for (;;) {
        const view = await api.getView(tabId);
        if (!alive.current) return;
        // Without a profile (or storage) there is a screen to show right away.
        if (view && (view.report || view.profile !== 'ready')) return setState({ kind: 'view', view });
        if (Date.now() >= until) return setState({ kind: 'not-job', note });
        await sleep(POLL_EVERY);
      }
    },
    [api],
  );

  useEffect(() => {
    alive.current = true;
    void (async () => {
      try {
        const tabId = await api.tabId();
        tab.current = tabId;
        if (tabId === null) return setState({ kind: 'no-tab' });
        await waitForReport(tabId, WAIT_ON_OPEN, null);
      } catch (e) {
        setError(String(e instanceof Error ? e.message : e));
        setState({ kind: 'not-job', note: null });
      }
    })();
    return () => {
      alive.current = false;
    };
  }, [api, waitForReport]);

  const analyzePage = useCallback(async () => {
    const tabId = tab.current;
    if (tabId === null) return;
    setState({ kind: 'pending', reason: 'analyzing' });
    const result = await api.analyzeTab(tabId);
    // The browsers word their refusals differently ("Cannot access a chrome:// URL", "Missing
    // host permission for the tab"): the user gets one answer in the product's words.
    if (!result.ok) return setState({ kind: 'not-job', note: REFUSED });
    await waitForReport(tabId, WAIT_AFTER_ANALYZE, 'No posting text was found on this page.');
  }, [api, waitForReport]);

  const analyzeAnyway = useCallback(async () => {
    const tabId = tab.current;
    if (tabId === null) return;
    const view = await api.analyzeAnyway(tabId);
    if (view) setState({ kind: 'view', view });
  }, [api]);

  const addSkill = useCallback(
    async (skill: string, level: Level) => {
      const tabId = tab.current;
      if (tabId === null) return;
      try {
        await api.addSkill(skill, level);
        setError(null);
      } catch (e) {
        setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      const view = await api.getView(tabId);
      if (view) setState({ kind: 'view', view });
    },
    [api],
  );

  return { state, error, analyzePage, analyzeAnyway, addSkill };
}
