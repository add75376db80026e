import * as z from 'zod/mini';

/** The history's settings, kept in the settings table (app/storage/history.ts reads them). */

export const DAY_MS = 86_400_000;

export const HistorySettingsSchema = z.object({
  paused: z.boolean(),
  /** Postings not viewed for this many days are deleted; null keeps them for ever. */
  keepDays: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  /** When the last prune ran (epoch ms), so pruning happens at most daily. */
  lastPrune: z.number(),
});
export type HistorySettings = z.infer<typeof HistorySettingsSchema>;

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = { paused: false, keepDays: 180, lastPrune: 0 };

/** The stored value laid over the defaults; the defaults whole when it does not parse. */
export function parseHistorySettings(stored: unknown): HistorySettings {
  const parsed = HistorySettingsSchema.safeParse({ ...DEFAULT_HISTORY_SETTINGS, ...asObject(stored) });
  return parsed.success ? parsed.data : DEFAULT_HISTORY_SETTINGS;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
