import { CATEGORIES, type Category, LISTED_AS, SIDES, type Side } from '../analysis/types';
import { catalogueFingerprint, decodeSkill, type StoredRow, skillCodes } from '../history/schema';
import { type CatalogueView, catalogueView } from '../profile/catalogue-view';
import { ROLE_FAMILIES, type RoleFamily, roleFamily } from './role-family';

/**
 * The saved postings as flat typed arrays, built once per list of rows and reused across
 * profile changes and filters. Ten thousand postings hold ~150,000 skill mentions: arrays
 * indexed by number keep the insights to a few passes without a Map lookup or an object
 * per mention.
 *
 * Each distinct code ("pytorch:cmr2") is decoded once and packed into one number. When the
 * history changes, the columns before the change are passed in: only the rows that are new or
 * whose skills or title changed are parsed, the others are copied, and the result is the same
 * as a build from scratch (columns.test.ts compares both with a plain reference).
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

/** Per catalogue position: its category and side as indexes into CATEGORIES and SIDES. */
let positional: { view: CatalogueView; category: Uint8Array; side: Uint8Array } | null = null;

function positionalOf(view: CatalogueView): { category: Uint8Array; side: Uint8Array } {
  if (positional?.view !== view) {
    const { categories, sides } = view.data;
    positional = {
      view,
      category: Uint8Array.from(categories, (c) => CATEGORIES.indexOf(c)),
      side: Uint8Array.from(sides, (s) => SIDES.indexOf(s)),
    };
  }
  return positional;
}

/**
 * The rows as columns. `previous`, the columns of an earlier list of rows (the history before
 * a change), lets unchanged rows be copied rather than parsed; the result is the same.
 */
export function toColumns(rows: readonly StoredRow[], previous: Columns | null = null): Columns {
  if (!previous) return parse(rows);
  const from = matchRows(rows, previous.rows);
  const changed: StoredRow[] = [];
  for (let r = 0; r < rows.length; r++) if ((from[r] as number) < 0) changed.push(rows[r] as StoredRow);
  const out = merge(rows, from, previous, parse(changed));
  // The earlier columns are superseded: dropping their own link keeps no chain of old builds alive.
  previous.reused = null;
  return out;
}

/** A build from scratch: one pass over every row's skills. */
function parse(rows: readonly StoredRow[]): Columns {
  const n = rows.length;
  const skills: SkillMeta[] = [];
  const skillIndex = new Map<string, number>();
  // Each distinct code ("pytorch:cmr2") is decoded once, into skill << 8 | category << 4 | side << 2 | listed.
  const codes = new Map<string, number>();
  const familyOf = new Map<string, number>();
  // A row indexed for this catalogue is read by position (StoredRow.skillIndex), others by code.
  const view = catalogueView();
  const fingerprint = catalogueFingerprint();
  const positions = view.size;
  const { ids, names, categories: categoryNames, sides: sideNames } = view.data;
  const { category: CATEGORY_AT, side: SIDE_AT } = positionalOf(view);
  const lists: (string[] | null)[] = new Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    const row = rows[r] as StoredRow;
    if (row.catalogue === fingerprint && row.skillIndex !== undefined) {
      lists[r] = null;
      total += row.skillIndex.length;
    } else {
      const list = skillCodes(row);
      lists[r] = list;
      total += list.length;
    }
  }
  // Catalogue position → skill index here (-1: not met yet).
  const atPosition = new Int32Array(positions).fill(-1);
  const start = new Int32Array(n + 1);
  const date = new Float64Array(n);
  const recorded = new Float64Array(n);
  const family = new Uint8Array(n);
  // Locals rather than a columns object's fields: this loop runs once per page, before the
  // engine has optimised it, where each field read costs.
  let skill = new Int32Array(total);
  let category = new Uint8Array(total);
  let side = new Uint8Array(total);
  let listed = new Uint8Array(total);
  // lastRow[skill] = the mark of the row that last mentioned it, to catch a skill listed twice
  // in one row. There are never more skills than entries.
  let lastRow = new Int32Array(total).fill(-1);
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
    let list = lists[r] as string[] | null;
    let mark = r;
    if (list === null) {
      // By catalogue position: no string cut, no lookup by text.
      const index = row.skillIndex as string;
      const known = skills.length;
      let damaged = false;
      let i = 0;
      for (; i < index.length; i++) {
        const unit = index.charCodeAt(i);
        const at = unit >> 2;
        const l = unit & 3;
        if (at >= positions || l === 3) {
          damaged = true;
          break;
        }
        let k = atPosition[at] as number;
        if (k < 0) {
          const id = ids[at] as string;
          k = skillIndex.get(id) ?? -1;
          if (k < 0) {
            k = skills.length;
            skills.push({
              id,
              name: names[at] as string,
              category: categoryNames[at] as Category,
              side: sideNames[at] as Side,
            });
            skillIndex.set(id, k);
          }
          atPosition[at] = k;
        }
        if (lastRow[k] === mark) {
          keepStronger(skill, listed, start[r] as number, e, k, l);
          continue;
        }
        lastRow[k] = mark;
        skill[e] = k;
        category[e] = CATEGORY_AT[at] as number;
        side[e] = SIDE_AT[at] as number;
        listed[e] = l;
        e++;
      }
      if (!damaged) continue;
      // Not an index of this catalogue after all: the row is read again from its codes, under
      // a mark no other row uses, into room that may need to grow. Skills first met in the
      // part read are forgotten, so that skills stay numbered by first mention.
      for (let j = 0; j < i; j++) {
        const at = index.charCodeAt(j) >> 2;
        if ((atPosition[at] as number) >= known) atPosition[at] = -1;
      }
      for (const meta of skills.splice(known)) skillIndex.delete(meta.id);
      e = start[r] as number;
      mark = -2 - r;
      list = skillCodes(row);
      // The room counted this row's index; its codes may be more.
      total += list.length - index.length;
      if (total > skill.length) {
        const size = Math.max(total, skill.length * 2);
        skill = grown(skill, new Int32Array(size));
        category = grown(category, new Uint8Array(size));
        side = grown(side, new Uint8Array(size));
        listed = grown(listed, new Uint8Array(size));
        lastRow = grown(lastRow, new Int32Array(size).fill(-1));
      }
    }
    for (let i = 0; i < list.length; i++) {
      const code = list[i] as string;
      let d = codes.get(code);
      if (d === undefined) {
        d = decode(code, skills, skillIndex);
        codes.set(code, d);
      }
      if (d < 0) continue; // malformed code: the skill is left out
      const k = d >> 8;
      const l = d & 3;
      if (lastRow[k] === mark) {
        keepStronger(skill, listed, start[r] as number, e, k, l);
        continue;
      }
      lastRow[k] = mark;
      skill[e] = k;
      category[e] = (d >> 4) & 15;
      side[e] = (d >> 2) & 3;
      listed[e] = l;
      e++;
    }
  }
  start[n] = e;
  // Malformed or repeated codes may have left entries unused at the end.
  const fit = e < skill.length;
  return {
    rows,
    skills,
    date,
    recorded,
    family,
    start,
    skill: fit ? skill.slice(0, e) : skill,
    category: fit ? category.slice(0, e) : category,
    side: fit ? side.slice(0, e) : side,
    listed: fit ? listed.slice(0, e) : listed,
    reused: null,
  };
}

/** `into`, a larger array, with `from` copied to its start. */
/**
 * A skill listed twice in one row (entries `from`..`to`): its one entry keeps the stronger
 * listedAs (the lower code), as the fit does.
 */
function keepStronger(
  skill: Int32Array,
  listed: Uint8Array,
  from: number,
  to: number,
  k: number,
  l: number,
): void {
  for (let x = from; x < to; x++) if (skill[x] === k && l < (listed[x] as number)) listed[x] = l;
}

function grown<T extends Int32Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

function decode(code: string, skills: SkillMeta[], skillIndex: Map<string, number>): number {
  const s = decodeSkill(code);
  if (!s) return -1;
  let skill = skillIndex.get(s.id);
  if (skill === undefined) {
    skill = skills.length;
    skills.push({ id: s.id, name: s.name, category: s.category, side: s.side });
    skillIndex.set(s.id, skill);
  }
  return (
    (skill << 8) |
    (CATEGORIES.indexOf(s.category) << 4) |
    (SIDES.indexOf(s.side) << 2) |
    LISTED_AS.indexOf(s.listedAs)
  );
}

/**
 * The rows in order, each copied from the earlier columns (`from[r]` its row there) or from
 * the columns of the changed rows (in order), skills renumbered by first mention as a build
 * from scratch numbers them.
 */
function merge(rows: readonly StoredRow[], from: Int32Array, previous: Columns, changed: Columns): Columns {
  const n = rows.length;
  let total = changed.skill.length;
  for (let r = 0; r < n; r++) {
    const p = from[r] as number;
    if (p >= 0) total += (previous.start[p + 1] as number) - (previous.start[p] as number);
  }
  const skills: SkillMeta[] = [];
  const skillIndex = new Map<string, number>();
  const c: Columns = {
    rows,
    skills,
    date: new Float64Array(n),
    recorded: new Float64Array(n),
    family: new Uint8Array(n),
    start: new Int32Array(n + 1),
    skill: new Int32Array(total),
    category: new Uint8Array(total),
    side: new Uint8Array(total),
    listed: new Uint8Array(total),
    reused: { from: previous, row: from },
  };
  // Each source's skill index → the merged one (-1: not met yet).
  const fromPrevious = new Int32Array(previous.skills.length).fill(-1);
  const fromChanged = new Int32Array(changed.skills.length).fill(-1);
  let e = 0;
  let q = 0;
  for (let r = 0; r < n; r++) {
    const row = rows[r] as StoredRow;
    c.start[r] = e;
    c.date[r] = row.lastSeen;
    c.recorded[r] = row.fit ? row.fit.score : Number.NaN;
    const p = from[r] as number;
    const src = p >= 0 ? previous : changed;
    const at = p >= 0 ? p : q++;
    const map = p >= 0 ? fromPrevious : fromChanged;
    c.family[r] = src.family[at] as number;
    for (let k = src.start[at] as number; k < (src.start[at + 1] as number); k++) {
      const old = src.skill[k] as number;
      let now = map[old] as number;
      if (now < 0) {
        const meta = src.skills[old] as SkillMeta;
        now = skillIndex.get(meta.id) ?? -1;
        if (now < 0) {
          now = skills.length;
          skills.push(meta);
          skillIndex.set(meta.id, now);
        }
        map[old] = now;
      }
      c.skill[e] = now;
      c.category[e] = src.category[k] as number;
      c.side[e] = src.side[k] as number;
      c.listed[e] = src.listed[k] as number;
      e++;
    }
  }
  c.start[n] = e;
  return c;
}

/**
 * For each row of a new list, the index of the same row in the earlier list when its mentions
 * and title are unchanged, else -1. Both lists are in the same order (most recently viewed
 * first) and mostly the same rows, so the next earlier row is tried before a lookup by key.
 */
function matchRows(rows: readonly StoredRow[], earlier: readonly StoredRow[]): Int32Array {
  const from = new Int32Array(rows.length).fill(-1);
  let next = 0;
  let byKey: Map<string, number> | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as StoredRow;
    let p = -1;
    if (next < earlier.length && (earlier[next] as StoredRow).key === row.key) p = next;
    else {
      if (!byKey) {
        byKey = new Map();
        for (let i = 0; i < earlier.length; i++) byKey.set((earlier[i] as StoredRow).key, i);
      }
      p = byKey.get(row.key) ?? -1;
    }
    if (p < 0) continue;
    next = p + 1;
    const old = earlier[p] as StoredRow;
    if (old === row || (old.skills === row.skills && old.title === row.title)) from[r] = p;
  }
  return from;
}

export function familyAt(c: Columns, r: number): RoleFamily {
  return ROLE_FAMILIES[c.family[r] as number] as RoleFamily;
}
