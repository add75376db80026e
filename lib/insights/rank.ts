import type { SkillMeta } from './columns';

/**
 * Skills ranked by two counts, largest first, then by name (compareText) and, for equal names,
 * by index: the order a stable sort of the skills in index order with that comparator gives.
 * Sorting ~2,000 objects with a comparator costs tens of milliseconds on a page's first run;
 * here each skill's rank is packed into one number, (maxA - a, maxB - b, name rank), and the
 * numbers are sorted natively. When the counts are not small non-negative integers, or the
 * packed number would not be exact, the comparator sort is used instead.
 */
export function rankSkills(
  skills: readonly SkillMeta[],
  kept: readonly number[],
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): number[] {
  let maxA = 0;
  let maxB = 0;
  let exact = true;
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i] as number;
    const x = a[k] as number;
    const y = b[k] as number;
    if (!(Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0)) exact = false;
    if (x > maxA) maxA = x;
    if (y > maxB) maxB = y;
  }
  const names = skills.length;
  const nameSpan = 2 ** Math.ceil(Math.log2(names + 1));
  const bSpan = 2 ** Math.ceil(Math.log2(maxB + 1));
  if (!exact || (maxA + 1) * bSpan * nameSpan > Number.MAX_SAFE_INTEGER) return bySort(skills, kept, a, b);
  const rank = nameRanks(skills);
  const byRank = new Int32Array(names);
  for (let k = 0; k < names; k++) byRank[rank[k] as number] = k;
  const keys = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i] as number;
    keys[i] =
      ((maxA - (a[k] as number)) * bSpan + (maxB - (b[k] as number))) * nameSpan + (rank[k] as number);
  }
  keys.sort();
  const out: number[] = new Array(kept.length);
  for (let i = 0; i < keys.length; i++) out[i] = byRank[(keys[i] as number) % nameSpan] as number;
  return out;
}

/** The comparator sort rankSkills stands for (and falls back to). */
export function bySort(
  skills: readonly SkillMeta[],
  kept: readonly number[],
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): number[] {
  return [...kept].sort(comparator(skills, a, b));
}

/** The order of rankSkills and bySort: two counts, largest first, then name, then index. */
function comparator(
  skills: readonly SkillMeta[],
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): (i: number, j: number) => number {
  return (i, j) =>
    (a[j] as number) - (a[i] as number) ||
    (b[j] as number) - (b[i] as number) ||
    compareText((skills[i] as SkillMeta).name, (skills[j] as SkillMeta).name) ||
    i - j;
}

/**
 * A ranked list whose first rows can be had without ranking, or building, all of them: the
 * insights show the first 8 to 15 of lists of thousands of skills (one per skill the postings
 * name), and the whole list only when asked to.
 */
export interface Ranked<T> {
  /** How many rows in all. */
  readonly length: number;
  /** The first `n` rows, as all().slice(0, n) gives them. */
  top(n: number): T[];
  /** Every row, in order: ranked on the first call, then kept. */
  all(): T[];
}

/** Up to this many first rows are picked in one pass; more are sliced from the full ranking. */
const PICKED = 64;

/**
 * The kept skills in rankSkills order, each made into a row by `row` when it is read. `top(n)`
 * picks the first n in one pass over the skills (comparing counts, and names only between
 * equal counts): no key per skill, no name ranks, no sort of thousands.
 */
export function rankedSkills<T>(
  skills: readonly SkillMeta[],
  kept: readonly number[],
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  row: (k: number) => T,
): Ranked<T> {
  let every: T[] | null = null;
  const all = (): T[] => {
    every ??= rankSkills(skills, kept, a, b).map(row);
    return every;
  };
  return {
    length: kept.length,
    all,
    top(n) {
      if (every || n > PICKED || n >= kept.length) return all().slice(0, Math.max(0, n));
      return firstOf(kept, n, comparator(skills, a, b)).map(row);
    },
  };
}

/**
 * The first `n` of `kept` in the order of `compare` (a total order), as a sort would give them:
 * the best n so far kept sorted, each skill compared first with the last of them.
 */
function firstOf(kept: readonly number[], n: number, compare: (i: number, j: number) => number): number[] {
  const best: number[] = [];
  if (n <= 0) return best;
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i] as number;
    if (best.length === n) {
      if (compare(k, best[n - 1] as number) >= 0) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && compare(k, best[at - 1] as number) < 0) at--;
    best.splice(at, 0, k);
  }
  return best;
}

const ranks = new WeakMap<readonly SkillMeta[], Int32Array>();

/** Each skill's place in name order (ties by index), computed once per list of skills. */
function nameRanks(skills: readonly SkillMeta[]): Int32Array {
  let rank = ranks.get(skills);
  // The list only grows while columns are built; a longer list than the ranks cover is new.
  if (rank && rank.length === skills.length) return rank;
  // The names alone, sorted natively (by code units, as compareText): no comparator called
  // ~60,000 times, and no key string built per skill. Each name then takes the first free
  // place of its run in the sorted list, so equal names keep index order.
  const n = skills.length;
  const names: string[] = new Array(n);
  for (let k = 0; k < n; k++) names[k] = (skills[k] as SkillMeta).name;
  const sorted = names.slice().sort();
  const next = new Map<string, number>();
  for (let r = n - 1; r >= 0; r--) next.set(sorted[r] as string, r);
  rank = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const name = names[k] as string;
    const r = next.get(name) as number;
    rank[k] = r;
    next.set(name, r + 1);
  }
  ranks.set(skills, rank);
  return rank;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
