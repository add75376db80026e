/**
 * The seen-markers exchange: the content script names the job ids its list shows, the
 * background answers with those of them the history holds (fit and last-viewed date only).
 * Plain TypeScript: the content script imports the types and the guard without zod; the
 * background's schema for the question is in ./schema.ts.
 */

/** Ids per question: more than any result page shows (lib/sites/cards.ts MAX_CARDS). */
export const MAX_SEEN_IDS = 200;

export interface SeenEntry {
  id: string;
  /** The fit when last viewed; null when none was computed then (no profile). */
  score: number | null;
  /** Epoch ms. */
  lastSeen: number;
}
export interface SeenReply {
  seen: SeenEntry[];
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isEntry(v: unknown): v is SeenEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.id === 'string' && (e.score === null || isNum(e.score)) && isNum(e.lastSeen);
}

export function isSeenReply(v: unknown): v is SeenReply {
  const seen = (v as { seen?: unknown } | null)?.seen;
  return Array.isArray(seen) && seen.every(isEntry);
}
