import { browser } from 'wxt/browser';
import { BAND_LABELS, type Band } from '../../lib/fit/types';
import type { TabView } from '../../lib/messages/protocol';

/**
 * The toolbar badge of one tab: the fit score for an ML engineer posting (or one the user
 * asked about), coloured by band; empty for other postings, other pages, or no profile.
 * Colours match components/theme.css's band colours and keep white text readable.
 */
export const BAND_BADGE_COLOUR: Readonly<Record<Band, string>> = {
  strong: '#1f7a3a',
  partial: '#9a5b00',
  stretch: '#5f6670',
};

export interface BadgeLook {
  text: string;
  colour: string | null;
  title: string;
}

export function badgeFor(view: TabView): BadgeLook {
  const { report, fit } = view;
  const asked = report && (report.isMlEngineer || view.showAnyway || report.onRequest);
  if (!report || !fit || !asked) return { text: '', colour: null, title: 'ML Fit' };
  return {
    text: String(fit.score),
    colour: BAND_BADGE_COLOUR[fit.band],
    title: `ML Fit: ${fit.score} — ${BAND_LABELS[fit.band].toLowerCase()}`,
  };
}

/** MV3 has `action`; Firefox's MV2 build has the same calls under `browserAction`. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function applyBadge(tabId: number, view: TabView | null): Promise<void> {
  const look = view ? badgeFor(view) : { text: '', colour: null, title: 'ML Fit' };
  const button = toolbarButton();
  try {
    await button.setBadgeText({ tabId, text: look.text });
    if (look.colour) {
      await button.setBadgeBackgroundColor({ tabId, color: look.colour });
      await button.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
    await button.setTitle({ tabId, title: look.title });
  } catch (error) {
    // The tab closed meanwhile: nothing to show it on.
    if (!/no tab with id/i.test(String(error))) console.warn('ml-fit: badge update failed', error);
  }
}
