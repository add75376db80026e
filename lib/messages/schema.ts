import * as z from 'zod/mini';
import {
  MAX_ID_CHARS,
  MAX_LINE_CHARS,
  MAX_LOOKUPS,
  MAX_RESUME_CHARS,
  MAX_TEXT_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';
import { MAX_SEEN_IDS } from './seen';

/**
 * The schemas of every request the background receives, one per direction (content script →
 * background, extension page → background): where zod checks what enters the background. It
 * parses with `parseContentRequest` or `parsePageRequest` and checks the sender; the content
 * script never loads these schemas. The replies' types are in ./protocol.ts, and ./README.md
 * says how each boundary is checked.
 */

/** What the content script knows about the posting it shows, besides its text. */
export const PostingHeaderSchema = z.object({
  site: z.string().check(z.maxLength(MAX_ID_CHARS)),
  jobId: z.nullable(z.string().check(z.maxLength(MAX_ID_CHARS))),
  url: z.string().check(z.maxLength(MAX_URL_CHARS)),
  title: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
  company: z.nullable(z.string().check(z.maxLength(MAX_LINE_CHARS))),
  location: z.nullable(z.string().check(z.maxLength(MAX_LINE_CHARS))),
  /** Analysed at the user's request on a page that is not recognised as a posting site. */
  onRequest: z.boolean(),
  /** The text ran past MAX_TEXT_CHARS and only its beginning was read. */
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
  /** The catalogue skills in a text (the options page's résumé, cut to MAX_RESUME_CHARS). */
  z.object({ type: z.literal('skills-in-text'), text: z.string().check(z.maxLength(MAX_RESUME_CHARS)) }),
  /** The catalogue as the options page's history, insights, fit and held skills' names read it. */
  z.object({ type: z.literal('catalogue-view') }),
  /** Catalogue skills for the text typed into the skill picker, without the held ones. */
  z.object({
    type: z.literal('search-skills'),
    text: z.string().check(z.maxLength(MAX_LINE_CHARS)),
    exclude: z.array(z.string().check(z.maxLength(MAX_ID_CHARS))).check(z.maxLength(MAX_LOOKUPS)),
  }),
  /** The catalogue skill each typed or imported name names. */
  z.object({
    type: z.literal('resolve-skills'),
    texts: z.array(z.string().check(z.maxLength(MAX_LINE_CHARS))).check(z.maxLength(MAX_LOOKUPS)),
  }),
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
