import { CATEGORIES, type Category, LISTED_AS, SIDES, type Side } from '../analysis/types';
import { decodeSkill, type StoredRow } from '../history/schema';
import { ROLE_FAMILIES, type RoleFamily, roleFamily } from './role-family';

/**
 * The saved postings as flat typed arrays, built once per list of rows and reused across
 * profile changes and filters. Ten thousand postings hold ~150,000 skill mentions: arrays
 * indexed by number keep the insights to a few passes without a Map lookup or an object
 * per mention.
 *
 * Built in one pass over the rows: each distinct code ("pytorch:cmr2") is decoded once and
 * packed into one number. When the history changes, the columns before the change are passed
 * in and every row whose skills and title are unchanged is copied from them instead of parsed
 * again; the result is the same as a build from scratch (columns.test.ts compares both with a
 * plain reference).
 */

export interface SkillMeta {
  id: string;
  name: string;
  category: Category;
  side: Side;
}

export interface Columns {
  rows: readonly StoredRow[];
  /** Distinct skills, in order of first mention; `skill[]` below indexes into this. */
  skills: SkillMeta[];
  /** Per row: last-viewed date, recorded fit (NaN when none), role family (index into ROLE_FAMILIES). */
  date: Float64Array;
  recorded: Float64Array;
  family: Uint8Array;
  /** Row r's mentions are entries start[r] .. start[r+1]-1, one per skill, in stored order. */
  start: Int32Array;
  skill: Int32Array;
  /** Per entry: category, side and listedAs as indexes into CATEGORIES, SIDES and LISTED_AS. */
  category: Uint8Array;
  side: Uint8Array;
  listed: Uint8Array;
  /**
   * When built from earlier columns: per row, the earlier row whose mentions it copied (-1 when
   * parsed), so the fit of an unchanged row can be copied too (scoreColumns). Null otherwise.
   */
  reused: { from: Columns; row: Int32Array } | null;
}

/** A code's packed meaning: skill << 8 | category << 4 | side << 2 | listed; -1 when malformed. */
type Packed = number;

/** The distinct codes and skills met so far, each code decoded once. */
class Decoder {
  readonly skills: SkillMeta[] = [];
  private readonly skillIndex = new Map<string, number>();
  private readonly codes = new Map<string, Packed>();

  /** The packed meaning of one code. */
  lookup(code: string): Packed {
    const packed = this.codes.get(code);
    return packed === undefined ? this.add(code) : packed;
  }

  /** The skill's index, added (as first mentioned now) when new. */
  skillOf(meta: SkillMeta): number {
    let k = this.skillIndex.get(meta.id);
    if (k === undefined) {
      k = this.skills.length;
      this.skills.push(meta);
      this.skillIndex.set(meta.id, k);
    }
    return k;
  }

  private add(code: string): Packed {
    const s = decodeSkill(code);
    const packed = s
      ? (this.skillOf({ id: s.id, name: s.name, category: s.category, side: s.side }) << 8) |
        (CATEGORIES.indexOf(s.category) << 4) |
        (SIDES.indexOf(s.side) << 2) |
        LISTED_AS.indexOf(s.listedAs)
      : -1;
    this.codes.set(code, packed);
    return packed;
  }
}

/** The shortest code ("r:cmr1") and its separator: a bound on a row's mentions from its length. */
const MIN_CODE = 7;

/**
 * The rows as columns. `previous`, the columns of an earlier list of rows (the history before
 * a change), lets unchanged rows be copied rather than parsed; the result is the same.
 */
export function toColumns(rows: readonly StoredRow[], previous: Columns | null = null): Columns {
  const n = rows.length;
  let bound = 0;
  for (let r = 0; r < n; r++) bound += Math.floor(((rows[r] as StoredRow).skills.length + 1) / MIN_CODE);
  const d = new Decoder();
  const skill = new Int32Array(bound);
  const category = new Uint8Array(bound);
  const side = new Uint8Array(bound);
  const listed = new Uint8Array(bound);
  const start = new Int32Array(n + 1);
  const date = new Float64Array(n);
  const recorded = new Float64Array(n);
  const family = new Uint8Array(n);
  const reusedRow = previous ? new Int32Array(n).fill(-1) : null;
  // lastRow[skill] = the row that last mentioned it, to catch a skill listed twice in one row.
  let lastRow = new Int32Array(1024).fill(-1);
  const familyOf = new Map<string, number>();
  // Earlier skill index → this one's (-1: not met yet), for copied rows.
  const remap = previous ? new Int32Array(previous.skills.length).fill(-1) : null;
  const match = previous ? rowMatcher(previous.rows) : null;
  let e = 0;
  for (let r = 0; r < n; r++) {
    const row = rows[r] as StoredRow;
    start[r] = e;
    date[r] = row.lastSeen;
    recorded[r] = row.fit ? row.fit.score : Number.NaN;
    let f = familyOf.get(row.title);
    if (f === undefined) {
      f = ROLE_FAMILIES.indexOf(roleFamily(row.title));
      familyOf.set(row.title, f);
    }
    family[r] = f;
    const p = match ? match(row) : -1;
    if (p >= 0 && previous && remap && reusedRow) {
      // Unchanged since the earlier columns: its mentions, with skill indexes renumbered.
      reusedRow[r] = p;
      for (let k = previous.start[p] as number; k < (previous.start[p + 1] as number); k++) {
        const old = previous.skill[k] as number;
        let now = remap[old] as number;
        if (now < 0) {
          now = d.skillOf(previous.skills[old] as SkillMeta);
          remap[old] = now;
        }
        skill[e] = now;
        category[e] = previous.category[k] as number;
        side[e] = previous.side[k] as number;
        listed[e] = previous.listed[k] as number;
        e++;
      }
      continue;
    }
    // No skills: "" (split would give one empty, malformed code).
    const codes = row.skills ? row.skills.split(' ') : [];
    for (let i = 0; i < codes.length; i++) {
      const packed = d.lookup(codes[i] as string);
      if (packed < 0) continue;
      const k = packed >> 8;
      const l = packed & 3;
      if (k >= lastRow.length) {
        const grown = new Int32Array(lastRow.length * 2).fill(-1);
        grown.set(lastRow);
        lastRow = grown;
      }
      if (lastRow[k] === r) {
        // Listed twice: keep one entry with the stronger listedAs, as the fit does.
        for (let x = start[r] as number; x < e; x++) {
          if (skill[x] === k && l < (listed[x] as number)) listed[x] = l;
        }
        continue;
      }
      lastRow[k] = r;
      skill[e] = k;
      category[e] = (packed >> 4) & 15;
      side[e] = (packed >> 2) & 3;
      listed[e] = l;
      e++;
    }
  }
  start[n] = e;
  // The earlier columns are superseded: dropping their own link keeps no chain of old builds alive.
  if (previous) previous.reused = null;
  return {
    rows,
    skills: d.skills,
    date,
    recorded,
    family,
    start,
    skill: skill.slice(0, e),
    category: category.slice(0, e),
    side: side.slice(0, e),
    listed: listed.slice(0, e),
    reused: previous && reusedRow ? { from: previous, row: reusedRow } : null,
  };
}

/**
 * For each row of a new list, the index of the same row in the earlier list when its mentions
 * and title are unchanged, else -1. Both lists are in the same order (most recently viewed
 * first) and mostly the same rows, so the next earlier row is tried before a lookup by key.
 */
function rowMatcher(earlier: readonly StoredRow[]): (row: StoredRow) => number {
  let next = 0;
  let byKey: Map<string, number> | null = null;
  return (row) => {
    let p = -1;
    if (next < earlier.length && (earlier[next] as StoredRow).key === row.key) p = next;
    else {
      if (!byKey) {
        byKey = new Map();
        for (let i = 0; i < earlier.length; i++) byKey.set((earlier[i] as StoredRow).key, i);
      }
      p = byKey.get(row.key) ?? -1;
    }
    if (p < 0) return -1;
    next = p + 1;
    const old = earlier[p] as StoredRow;
    return old === row || (old.skills === row.skills && old.title === row.title) ? p : -1;
  };
}

export function familyAt(c: Columns, r: number): RoleFamily {
  return ROLE_FAMILIES[c.family[r] as number] as RoleFamily;
}
