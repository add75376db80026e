import type { SeenEntry } from '../messages/seen';
import { getDb } from '../storage/db';
import { historyKey } from './canonical-url';
import { parseStoredRows } from './schema';
import { getHistorySettings } from './store';

/**
 * What a result list may show of the history: for the job ids it names, those saved, with
 * the fit they had and when they were last viewed. Nothing while history is paused (the
 * user asked it to keep nothing, so it shows nothing either).
 */
export async function seenEntries(site: string, ids: readonly string[]): Promise<SeenEntry[]> {
  if (ids.length === 0 || (await getHistorySettings()).paused) return [];
  const unique = [...new Set(ids)];
  const rows = parseStoredRows(
    (await getDb().history.bulkGet(unique.map((id) => historyKey(site, id, '')))).filter(Boolean),
  );
  return rows
    .filter((r) => r.site === site && r.jobId !== null)
    .map((r) => ({ id: r.jobId as string, score: r.fit?.score ?? null, lastSeen: r.lastSeen }));
}
