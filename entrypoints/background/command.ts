import { browser } from 'wxt/browser';
import { analyzeTab } from './flows';

/** The keyboard shortcut's command name (manifest `commands`, wxt.config.ts). */
export const ANALYZE_COMMAND = 'analyze-page';

/**
 * The "Analyze this page" shortcut does what the popup's button does, on the active tab; the
 * key press grants activeTab for that tab, as the popup click does.
 */
export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== ANALYZE_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await analyzeTab(tabId);
}
