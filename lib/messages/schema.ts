import * as z from 'zod/mini';

/**
 * Every message between the content script, the background and the extension pages.
 * One module, one schema each; receivers parse with `parseMessage` and check the sender.
 * Analyses cross as plain JSON (no mention offsets: they stay in the tab that owns the text).
 */

const Category = z.enum(['core', 'underemphasized', 'nice-to-have']);
const Side = z.enum(['ml', 'engineering']);
const ListedAs = z.enum(['required', 'preferred', 'unspecified']);

export const SkillSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  category: Category,
  side: Side,
  count: z.number(),
  listedAs: ListedAs,
});

export const RoleVerdictSchema = z.object({
  id: z.enum([
    'ml-engineer',
    'data-scientist',
    'data-engineer',
    'research-scientist',
    'data-analyst',
    'backend-engineer',
    'frontend-engineer',
    'devops',
    'product-manager',
    'other',
  ]),
  confidence: z.number(),
  reasons: z.array(z.string()),
});

export const RequirementsSchema = z.object({
  years: z.nullable(z.object({ min: z.number(), max: z.optional(z.number()) })),
  degree: z.nullable(z.enum(['bachelor', 'master', 'phd'])),
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
});
export type PostingReport = z.infer<typeof PostingReportSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  /** content → background: the selected posting was analysed. Reply: TabView. */
  z.object({ type: z.literal('posting'), report: PostingReportSchema }),
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
]);
export type Message = z.infer<typeof MessageSchema>;

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
  held: Record<string, import('../profile/schema').Level>;
  profile: 'ready' | 'empty' | 'unavailable';
  /** True when the user asked to see the analysis of a non-ML posting. */
  showAnyway: boolean;
}
