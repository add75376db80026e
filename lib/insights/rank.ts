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
  return [...kept].sort(
    (i, j) =>
      (a[j] as number) - (a[i] as number) ||
      (b[j] as number) - (b[i] as number) ||
      compareText((skills[i] as SkillMeta).name, (skills[j] as SkillMeta).name) ||
      i - j,
  );
}

const ranks = new WeakMap<readonly SkillMeta[], Int32Array>();

/** Each skill's place in name order (ties by index), computed once per list of skills. */
function nameRanks(skills: readonly SkillMeta[]): Int32Array {
  let rank = ranks.get(skills);
  // The list only grows while columns are built; a longer list than the ranks cover is new.
  if (rank && rank.length === skills.length) return rank;
  // The native sort of "name NUL index" strings (by code units, as compareText): no comparator
  // called ~20,000 times. Fixed-width indexes keep equal names in index order.
  const width = String(skills.length).length;
  let plain = true;
  const keys = Array.from(skills, (s, k) => {
    if (s.name.includes('\u0000')) plain = false;
    return `${s.name}\u0000${String(k).padStart(width, '0')}`;
  });
  const order = plain
    ? keys.sort().map((key) => Number(key.slice(key.length - width)))
    : Array.from(skills, (_, k) => k).sort(
        (i, j) => compareText((skills[i] as SkillMeta).name, (skills[j] as SkillMeta).name) || i - j,
      );
  rank = new Int32Array(skills.length);
  for (let r = 0; r < order.length; r++) rank[order[r] as number] = r;
  ranks.set(skills, rank);
  return rank;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
