import type { AnalyzeResult, TabView } from '../../lib/messages/protocol';
import type { Level } from '../../lib/profile/levels';

/**
 * Everything the popup asks of the extension, behind one interface so tests can fake it.
 * The popup page gives the browser's (entrypoints/popup/api.ts).
 */
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
