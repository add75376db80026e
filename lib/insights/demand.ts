import { CATEGORIES, type Category, type Side } from '../analysis/types';
import type { Level } from '../profile/levels';
import type { SkillCounts } from './counts';
import { compareText, type Ranked, rankedSkills } from './rank';
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

export type Demand = Record<Category, Ranked<DemandRow>>;

/** Most-asked first; ties by required count, then name, so rankings are stable. */
export function demandByCategory(s: Scored, counts: SkillCounts): Demand {
  const skills = s.columns.skills;
  const kept = Object.fromEntries(CATEGORIES.map((cat) => [cat, [] as number[]])) as Record<
    Category,
    number[]
  >;
  for (let k = 0; k < skills.length; k++)
    if (counts.postings[k]) kept[(skills[k] as (typeof skills)[number]).category].push(k);
  const row = (k: number): DemandRow => {
    const meta = skills[k] as (typeof skills)[number];
    return {
      id: meta.id,
      name: meta.name,
      category: meta.category,
      side: meta.side,
      postings: counts.postings[k] as number,
      required: counts.required[k] as number,
      preferred: counts.preferred[k] as number,
      level: s.levels[k] ?? null,
    };
  };
  return Object.fromEntries(
    CATEGORIES.map((cat) => [cat, rankedSkills(skills, kept[cat], counts.postings, counts.required, row)]),
  ) as Demand;
}

export function byDemand(a: DemandRow, b: DemandRow): number {
  return b.postings - a.postings || b.required - a.required || compareText(a.name, b.name);
}

/**
 * The first `n` of every category's rows together, in byDemand order: a merge of each
 * category's first n (ties keep category order), without ranking them all.
 */
export function topDemand(demand: Demand, n: number): DemandRow[] {
  const lists = CATEGORIES.map((cat) => demand[cat].top(n));
  const at = CATEGORIES.map(() => 0);
  const out: DemandRow[] = [];
  while (out.length < n) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const row = (lists[i] as DemandRow[])[at[i] as number];
      if (!row) continue;
      const current = best < 0 ? undefined : (lists[best] as DemandRow[])[at[best] as number];
      if (!current || byDemand(row, current) < 0) best = i;
    }
    if (best < 0) break;
    out.push((lists[best] as DemandRow[])[at[best] as number] as DemandRow);
    at[best] = (at[best] as number) + 1;
  }
  return out;
}
