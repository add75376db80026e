import { CATEGORIES, type Category, type Side } from '../analysis/types';
import type { Level } from '../profile/schema';
import type { PreparedRow } from './prepare';

/** How often the market asks for one skill, and whether the user has it. */
export interface DemandRow {
  id: string;
  name: string;
  category: Category;
  side: Side;
  /** Postings naming the skill at all ... */
  postings: number;
  /** ... of which it is listed as required / as preferred (the rest: neither). */
  required: number;
  preferred: number;
  level: Level | null;
}

export type Demand = Record<Category, DemandRow[]>;

/** Most-asked first; ties by required count, then name, so rankings are stable. */
export function demandByCategory(rows: readonly PreparedRow[], levels: ReadonlyMap<string, Level>): Demand {
  const byId = new Map<string, DemandRow>();
  for (const r of rows) {
    for (const s of r.entry.skills) {
      let d = byId.get(s.id);
      if (!d) {
        d = {
          id: s.id,
          name: s.name,
          category: s.category,
          side: s.side,
          postings: 0,
          required: 0,
          preferred: 0,
          level: levels.get(s.id) ?? null,
        };
        byId.set(s.id, d);
      }
      d.postings++;
      if (s.listedAs === 'required') d.required++;
      else if (s.listedAs === 'preferred') d.preferred++;
    }
  }
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, [] as DemandRow[]])) as Demand;
  for (const d of byId.values()) out[d.category].push(d);
  for (const c of CATEGORIES) out[c].sort(byDemand);
  return out;
}

function byDemand(a: DemandRow, b: DemandRow): number {
  return b.postings - a.postings || b.required - a.required || compareText(a.name, b.name);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
