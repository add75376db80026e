import type { AnalyzeReply, ContentRequest, PageRequest, TabView } from './schema';
import type { SeenReply } from './seen';

/**
 * The protocol, one request → reply map per direction (./README.md says how each reply is
 * checked). Types only: the content script imports this module without the schema library. Requests the background receives are the zod-inferred types of
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
