import type { Mention, Requirements, RoleVerdict, SkillSummary } from '../analysis/types';
import type { FitResult } from '../fit/types';
import type { CatalogueViewData } from '../profile/catalogue-view';
import type { Level } from '../profile/levels';
import type { SkillRef, SuggestedSkill } from '../profile/skill-ref';
import type { ProfileState } from './profile-state';
import type { ContentRequest, PageRequest, PostingHeader } from './schema';
import type { SeenReply } from './seen';

/**
 * The protocol, one request → reply map per direction, and the payloads its replies carry
 * (./README.md says how each is checked). Types only: the content script imports this module
 * without the schema library. Requests the background receives are the zod-inferred types of
 * ./schema.ts; the sends are typed from these maps (app/messaging/), so no call site casts.
 */

/** A direction: every message type, with the request that carries it and its reply. */
export type Direction = Record<string, { request: { type: string }; reply: unknown }>;

/** The request of one message type of a direction (the schema's member with that `type`). */
type Of<Union, K> = Extract<Union, { type: K }>;

/** The content script → the background. */
export type ContentToBackground = {
  /** The posting's text, read and cut to MAX_TEXT_CHARS; the tab keeps the report. */
  analyze: { request: Of<ContentRequest, 'analyze'>; reply: AnalyzeReply };
  /** The page no longer shows a posting. */
  'no-posting': { request: Of<ContentRequest, 'no-posting'>; reply: TabView };
  /** Which of these job ids does the history hold (fit and last-viewed date only)? */
  seen: { request: Of<ContentRequest, 'seen'>; reply: SeenReply };
};

/** Extension pages (popup, options) → the background. */
export type PageToBackground = {
  'get-tab': { request: Of<PageRequest, 'get-tab'>; reply: TabView };
  'analyze-tab': { request: Of<PageRequest, 'analyze-tab'>; reply: AnalyzeResult };
  'analyze-anyway': { request: Of<PageRequest, 'analyze-anyway'>; reply: TabView };
  /** Every tab recomputed: how many. */
  'profile-changed': { request: Of<PageRequest, 'profile-changed'>; reply: { tabs: number } };
  /** Every tab told: how many. */
  'history-changed': { request: Of<PageRequest, 'history-changed'>; reply: { tabs: number } };
  /** The skills the engine finds in a résumé: the engine ships once, in the background. */
  'skills-in-text': { request: Of<PageRequest, 'skills-in-text'>; reply: { skills: SkillSummary[] } };
  /**
   * The catalogue lookups of the options page, which ships no catalogue: the skill picker's
   * suggestions (best first), and the skill each name names (null for none), in the request's
   * order.
   */
  /**
   * The catalogue's ids, names, categories and sides and the names that lead to an id, for
   * the options page's history, insights and fit (lib/profile/catalogue-view.ts): data at run
   * time, so the page's bundle ships no catalogue.
   */
  'catalogue-view': { request: Of<PageRequest, 'catalogue-view'>; reply: CatalogueViewData };
  'search-skills': { request: Of<PageRequest, 'search-skills'>; reply: { suggestions: SuggestedSkill[] } };
  'resolve-skills': { request: Of<PageRequest, 'resolve-skills'>; reply: { skills: Array<SkillRef | null> } };
};

/** The content script's answer to each message from the background: it got it. */
export type Received = { ok: true };

/** The background → one tab's content script. */
export type BackgroundToContent = {
  /** The user asked to see the analysis even for a non-ML posting (or on a page no site claims). */
  'show-anyway': { request: { type: 'show-anyway' }; reply: Received };
  /** New fit for the shown posting (after a profile change). */
  'fit-updated': { request: { type: 'fit-updated'; view: TabView }; reply: Received };
  /** The history changed (a posting saved or deleted, paused, cleared): re-ask for seen markers. */
  'history-changed': { request: { type: 'history-changed' }; reply: Received };
};

/** Every request of a direction. */
export type RequestOf<D extends Direction> = D[keyof D]['request'];
/** The reply to one request of a direction. */
export type ReplyTo<D extends Direction, M extends RequestOf<D>> = D[M['type']]['reply'];

/**
 * The one send of a direction: the reply's type follows the request's `type` through the
 * map. Resolves to the reply; rejects when nothing answers (and, for the content script,
 * when the answer does not pass its guard).
 */
export type Send<D extends Direction> = <M extends RequestOf<D>>(message: M) => Promise<ReplyTo<D, M>>;

/** The background's send to one tab's content script. */
export type SendToTab = <M extends RequestOf<BackgroundToContent>>(
  tabId: number,
  message: M,
) => Promise<ReplyTo<BackgroundToContent, M>>;

/** The background's answer to the popup's "Analyze this page". */
export type AnalyzeResult = { ok: true; injected: boolean } | { ok: false; error: string };

/** What the background keeps about a tab's posting: the page's header and the analysis, no offsets. */
export interface PostingReport extends PostingHeader, AnalysisSummary {
  requirements: Requirements;
}

/**
 * The background's answer to `analyze`: the mentions as offsets into the text that was sent
 * (the content script maps them back onto the page), what the chip needs of the analysis,
 * and the tab's view with the fit.
 */
export interface AnalyzeReply {
  mentions: Mention[];
  analysis: AnalysisSummary;
  view: TabView;
}
export interface AnalysisSummary {
  isMlEngineer: boolean;
  role: RoleVerdict;
  skills: SkillSummary[];
}

/**
 * The background's answer about one tab: what the popup renders and what the
 * content script needs to mark held skills and draw the chip. Built by the
 * background itself, so it is typed rather than parsed.
 */
export interface TabView {
  report: PostingReport | null;
  fit: FitResult | null;
  /** Skill id → the user's level, for the skills of this posting the profile holds. */
  held: Record<string, Level>;
  profile: ProfileState;
  /** True when the user asked to see the analysis of a non-ML posting. */
  showAnyway: boolean;
}
