import { CATEGORIES, type Category, type Side } from '../analysis/types';
import type { Level } from '../profile/levels';
import type { SkillCounts } from './counts';
import { compareText, rankSkills } from './rank';
import type { Scored } from './score';

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
export function demandByCategory(s: Scored, counts: SkillCounts): Demand {
  const skills = s.columns.skills;
  const out = Object.fromEntries(CATEGORIES.map((cat) => [cat, [] as DemandRow[]])) as Demand;
  const kept: number[] = [];
  for (let k = 0; k < skills.length; k++) if (counts.postings[k]) kept.push(k);
  // One ranking of all of them: each category's rows, taken in that order, are in byDemand order.
  const order = rankSkills(skills, kept, counts.postings, counts.required);
  for (let i = 0; i < order.length; i++) {
    const k = order[i] as number;
    const meta = skills[k] as (typeof skills)[number];
    out[meta.category].push({
      id: meta.id,
      name: meta.name,
      category: meta.category,
      side: meta.side,
      postings: counts.postings[k] as number,
      required: counts.required[k] as number,
      preferred: counts.preferred[k] as number,
      level: s.levels[k] ?? null,
    });
  }
  return out;
}

export function byDemand(a: DemandRow, b: DemandRow): number {
  return b.postings - a.postings || b.required - a.required || compareText(a.name, b.name);
}

/**
 * The first `n` of every category's rows together, in byDemand order: a merge of the sorted
 * lists (ties keep category order), without sorting them all again.
 */
export function topDemand(demand: Demand, n: number): DemandRow[] {
  const at = CATEGORIES.map(() => 0);
  const out: DemandRow[] = [];
  while (out.length < n) {
    let best = -1;
    for (let i = 0; i < CATEGORIES.length; i++) {
      const row = demand[CATEGORIES[i] as Category][at[i] as number];
      if (!row) continue;
      const current = best < 0 ? undefined : demand[CATEGORIES[best] as Category][at[best] as number];
      if (!current || byDemand(row, current) < 0) best = i;
    }
    if (best < 0) break;
    out.push(demand[CATEGORIES[best] as Category][at[best] as number] as DemandRow);
    at[best] = (at[best] as number) + 1;
  }
  return out;
}
