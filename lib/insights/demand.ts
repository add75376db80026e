import { CATEGORIES, type Category, type Side } from '../analysis/types';
import type { Level } from '../profile/schema';
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

const REQUIRED = 0;
const PREFERRED = 1;

/** Most-asked first; ties by required count, then name, so rankings are stable. */
export function demandByCategory(s: Scored, rows: readonly number[]): Demand {
  const c = s.columns;
  const n = c.skills.length;
  const postings = new Int32Array(n);
  const required = new Int32Array(n);
  const preferred = new Int32Array(n);
  for (const r of rows) {
    for (let e = c.start[r] as number; e < (c.start[r + 1] as number); e++) {
      const k = c.skill[e] as number;
      postings[k] = (postings[k] as number) + 1;
      if (c.listed[e] === REQUIRED) required[k] = (required[k] as number) + 1;
      else if (c.listed[e] === PREFERRED) preferred[k] = (preferred[k] as number) + 1;
    }
  }
  const out = Object.fromEntries(CATEGORIES.map((cat) => [cat, [] as DemandRow[]])) as Demand;
  c.skills.forEach((meta, k) => {
    if (!postings[k]) return;
    out[meta.category].push({
      ...meta,
      postings: postings[k] as number,
      required: required[k] as number,
      preferred: preferred[k] as number,
      level: s.levels[k] ?? null,
    });
  });
  for (const cat of CATEGORIES) out[cat].sort(byDemand);
  return out;
}

function byDemand(a: DemandRow, b: DemandRow): number {
  return b.postings - a.postings || b.required - a.required || compareText(a.name, b.name);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
