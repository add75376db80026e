import { browser } from 'wxt/browser';
import { sendToContent } from '../../app/messaging/background';
import { loadProfile } from '../../app/storage/profile';
import { analyzePosting } from '../../lib/analysis';
import type { AnalyzeReply, AnalyzeResult, PostingReport, TabView } from '../../lib/messages/protocol';
import type { PostingHeader } from '../../lib/messages/schema';
import { extraSkillsOf } from '../../lib/profile/own-skills';
import { applyBadge } from './badge';
import { buildReport } from './report';
import { allTabStates, clearTab, EMPTY_TAB_STATE, getTabState, setReport, setShowAnyway } from './tab-state';
import { buildTabView, tabView } from './tab-view';
import { postingShown } from './viewing';

/** What each message makes the background do. Every flow ends with the tab's badge in step. */

/** Path of the content script in the build, for injection on request. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/job.js';

export async function reportPosting(tabId: number, report: PostingReport): Promise<TabView> {
  const view = await tabView(await setReport(tabId, report));
  await applyBadge(tabId, view);
  postingShown(tabId, report); // history: saved once it has stayed on screen a moment
  return view;
}

/**
 * A tab's content script sent the posting it shows: analyse it here (the engine and its
 * catalogue stay out of the page), keep the report for the tab, and hand back the mentions
 * to highlight with the view for the chip.
 */
export async function analyzeForTab(
  tabId: number,
  posting: PostingHeader,
  text: string,
): Promise<AnalyzeReply> {
  // The user's own skills are looked for too, whenever the profile can be read.
  const load = await loadProfile();
  const extraSkills = load.state === 'ready' ? extraSkillsOf(load.profile) : [];
  // The site's company name keeps its words from reading as skills ("Acme Robotics").
  const analysis = analyzePosting(
    { text, title: posting.title, company: posting.company ?? undefined },
    { extraSkills },
  );
  const view = await reportPosting(tabId, buildReport(posting, analysis));
  const { isMlEngineer, role, skills } = analysis;
  // Own skills' mentions stay here: the content script paints mentions into the page, and a
  // highlight of a word the catalogue does not know would tell the page what the profile holds.
  const mentions = analysis.mentions.filter((m) => !m.own);
  return { mentions, analysis: { isMlEngineer, role, skills }, view };
}

export async function forgetTab(tabId: number): Promise<TabView> {
  await clearTab(tabId);
  await applyBadge(tabId, null);
  return tabView(EMPTY_TAB_STATE);
}

export async function viewOf(tabId: number): Promise<TabView> {
  return tabView(await getTabState(tabId));
}

/**
 * "Analyze this page": a content script already in the tab is asked to show its analysis;
 * where none answers, inject one (the popup click granted activeTab for this tab).
 */
export async function analyzeTab(tabId: number): Promise<AnalyzeResult> {
  await setShowAnyway(tabId);
  try {
    await sendToContent(tabId, { type: 'show-anyway' });
    return { ok: true, injected: false };
  } catch {
    // No receiver: no content script in this page yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true, injected: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function analyzeAnyway(tabId: number): Promise<TabView> {
  const view = await tabView(await setShowAnyway(tabId));
  await applyBadge(tabId, view);
  await sendToContent(tabId, { type: 'show-anyway' }).catch(() => undefined);
  return view;
}

/** Recompute every known tab against the new profile: badge, and the chip via fit-updated. */
export async function profileChanged(): Promise<{ tabs: number }> {
  const [states, load] = await Promise.all([allTabStates(), loadProfile()]);
  await Promise.all(
    [...states].map(async ([tabId, state]) => {
      const view = buildTabView(state, load);
      await applyBadge(tabId, view);
      await sendToContent(tabId, { type: 'fit-updated', view }).catch(() => undefined);
    }),
  );
  return { tabs: states.size };
}
