import * as z from 'zod/mini';
import type { TabView } from '../messages/schema';
import { PostingReportSchema } from '../messages/schema';

/**
 * The background builds TabViews itself, but they reach the content script through the
 * message channel as `unknown` (fit-updated carries `view: unknown`): check the parts this
 * script reads before trusting them.
 */
const Level = z.enum(['learning', 'working', 'expert']);
const FitShape = z.looseObject({
  score: z.number(),
  band: z.enum(['strong', 'partial', 'stretch']),
  matched: z.array(z.looseObject({ skill: z.string() })),
  missing: z.array(z.looseObject({ skill: z.string() })),
});
const TabViewShape = z.looseObject({
  report: z.nullable(PostingReportSchema),
  fit: z.nullable(FitShape),
  held: z.record(z.string(), Level),
  profile: z.enum(['ready', 'empty', 'unavailable']),
  showAnyway: z.boolean(),
});

export function parseTabView(raw: unknown): TabView | null {
  const parsed = TabViewShape.safeParse(raw);
  return parsed.success ? (parsed.data as unknown as TabView) : null;
}
