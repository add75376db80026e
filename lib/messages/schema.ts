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
import type { ProfileState } from './profile-state';
import { MAX_SEEN_IDS } from './seen';

/**
 * The schemas of every message the background receives, by direction (content script →
 * background, extension page → background), and the payload types they share with the
 * replies. The background parses with `parseMessage` and checks the sender; the content script
 * never loads this module's schemas (see ./README.md for the protocol).
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

/** content → background. Replies: ./protocol.ts ContentToBackground. */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  /** Analyse the selected posting's text (cut to MAX_TEXT_CHARS); keep its report for the tab. */
  z.object({
    type: z.literal('analyze'),
    posting: PostingHeaderSchema,
    text: z.string().check(z.maxLength(MAX_TEXT_CHARS)),
  }),
  /** The page no longer shows a posting. */
  z.object({ type: z.literal('no-posting') }),
  /** Which of these job ids does the history hold? */
  z.object({
    type: z.literal('seen'),
    site: z.string().check(z.maxLength(MAX_ID_CHARS)),
    ids: z.array(z.string().check(z.maxLength(MAX_ID_CHARS))).check(z.maxLength(MAX_SEEN_IDS)),
  }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** Extension pages (popup, options) → background. Replies: ./protocol.ts PageToBackground. */
export const PageRequestSchema = z.discriminatedUnion('type', [
  /** What does tab N show? */
  z.object({ type: z.literal('get-tab'), tabId: z.number() }),
  /** Analyse tab N at the user's request (activeTab + scripting). */
  z.object({ type: z.literal('analyze-tab'), tabId: z.number() }),
  /** Show the chip even though the posting is not an ML engineer role. */
  z.object({ type: z.literal('analyze-anyway'), tabId: z.number() }),
  /** The profile changed; recompute every tab. */
  z.object({ type: z.literal('profile-changed') }),
  /** The history changed (deleted, cleared, paused); every tab re-asks for its seen markers. */
  z.object({ type: z.literal('history-changed') }),
]);
export type PageRequest = z.infer<typeof PageRequestSchema>;

const parser =
  <T>(schema: z.ZodMiniType<T>) =>
  (raw: unknown): T | null => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
/** A content script's request, or null for anything malformed or of another direction. */
export const parseContentRequest = parser(ContentRequestSchema);
/** An extension page's request, or null for anything malformed or of another direction. */
export const parsePageRequest = parser(PageRequestSchema);

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
  fit: import('../fit/types').FitResult | null;
  /** Skill id → the user's level, for the skills of this posting the profile holds. */
  held: Record<string, import('../profile/levels').Level>;
  profile: ProfileState;
  /** True when the user asked to see the analysis of a non-ML posting. */
  showAnyway: boolean;
}
