import * as z from 'zod/mini';
import {
  CATEGORIES,
  DEGREES,
  LISTED_AS,
  type Mention,
  ROLE_IDS,
  type RoleVerdict,
  SIDES,
  type SkillSummary,
} from '../analysis/types';
import { MAX_ID_CHARS, MAX_LINE_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';
import { MAX_SEEN_IDS } from './seen';

/**
 * Every message between the content script, the background and the extension pages.
 * One module, one schema each; the background parses with `parseMessage` and checks the
 * sender. The content script never loads this module's schemas: it only receives from its own
 * background and checks what it reads with the hand-written guards in ./guards.ts.
 */

const Category = z.enum(CATEGORIES);
const Side = z.enum(SIDES);
const ListedAs = z.enum(LISTED_AS);

export const SkillSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  category: Category,
  side: Side,
  count: z.number(),
  listedAs: ListedAs,
});

export const RoleVerdictSchema = z.object({
  id: z.enum(ROLE_IDS),
  confidence: z.number(),
  reasons: z.array(z.string()),
});

export const RequirementsSchema = z.object({
  years: z.nullable(z.object({ min: z.number(), max: z.optional(z.number()) })),
  degree: z.nullable(z.enum(DEGREES)),
});

/** What a tab reports about the posting it shows. */
export const PostingReportSchema = z.object({
  site: z.string(),
  jobId: z.nullable(z.string()),
  url: z.string(),
  title: z.string(),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  isMlEngineer: z.boolean(),
  role: RoleVerdictSchema,
  skills: z.array(SkillSummarySchema),
  requirements: RequirementsSchema,
  /** Analysed at the user's request on a page that is not recognised as a posting site. */
  onRequest: z.boolean(),
  /** The posting ran past MAX_TEXT_CHARS and only its beginning was read. */
  truncated: z.optional(z.boolean()),
});
export type PostingReport = z.infer<typeof PostingReportSchema>;

/** What the content script knows about the posting it shows, besides its text. */
export const PostingHeaderSchema = z.object({
  site: z.string().check(z.maxLength(MAX_ID_CHARS)),
  jobId: z.nullable(z.string().check(z.maxLength(MAX_ID_CHARS))),
  url: z.string().check(z.maxLength(MAX_URL_CHARS)),
  title: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
  company: z.nullable(z.string().check(z.maxLength(MAX_LINE_CHARS))),
  location: z.nullable(z.string().check(z.maxLength(MAX_LINE_CHARS))),
  onRequest: z.boolean(),
  /** The text was cut at MAX_TEXT_CHARS. */
  truncated: z.optional(z.boolean()),
});
export type PostingHeader = z.infer<typeof PostingHeaderSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  /**
   * content → background: analyse the selected posting's text (read by the content script,
   * cut to MAX_TEXT_CHARS), keep its report for the tab. Reply: AnalyzeReply.
   */
  z.object({
    type: z.literal('analyze'),
    posting: PostingHeaderSchema,
    text: z.string().check(z.maxLength(MAX_TEXT_CHARS)),
  }),
  /** content → background: the page no longer shows a posting. */
  z.object({ type: z.literal('no-posting') }),
  /** popup → background: what does tab N show? Reply: TabView. */
  z.object({ type: z.literal('get-tab'), tabId: z.number() }),
  /** popup → background: analyse tab N at the user's request (activeTab + scripting). */
  z.object({ type: z.literal('analyze-tab'), tabId: z.number() }),
  /** popup → background: show the chip even though the posting is not an ML engineer role. */
  z.object({ type: z.literal('analyze-anyway'), tabId: z.number() }),
  /** extension pages → background: the profile changed; recompute every tab. */
  z.object({ type: z.literal('profile-changed') }),
  /** background → content: new fit for the shown posting (after a profile change). */
  z.object({ type: z.literal('fit-updated'), view: z.unknown() }),
  /** background → content: the user asked to see the analysis even for a non-ML posting. */
  z.object({ type: z.literal('show-anyway') }),
  /** content → background: which of these job ids does the history hold? Reply: SeenReply. */
  z.object({
    type: z.literal('seen'),
    site: z.string().check(z.maxLength(MAX_ID_CHARS)),
    ids: z.array(z.string().check(z.maxLength(MAX_ID_CHARS))).check(z.maxLength(MAX_SEEN_IDS)),
  }),
  /**
   * options → background → every tab: the history changed (deleted, cleared, paused); also
   * background → the tab whose posting was just saved. Tabs re-ask for their seen markers.
   */
  z.object({ type: z.literal('history-changed') }),
]);
export type Message = z.infer<typeof MessageSchema>;

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

export function parseMessage(raw: unknown): Message | null {
  const parsed = MessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The background's answer about one tab: what the popup renders and what the
 * content script needs to mark held skills and draw the chip. Built by the
 * background itself, so it is typed rather than parsed.
 */
export interface TabView {
  report: PostingReport | null;
  fit: import('../fit/types').FitResult | null;
  /** Skill id → the user's level, for the skills of this posting the profile holds. */
  held: Record<string, import('../profile/levels').Level>;
  profile: 'ready' | 'empty' | 'unavailable';
  /** True when the user asked to see the analysis of a non-ML posting. */
  showAnyway: boolean;
}

/** The background's answer to `analyze-tab`: whether the tab could be read (injected: a script was added). */
export type AnalyzeResult = { ok: true; injected: boolean } | { ok: false; error: string };
