import { CATEGORIES, type Category, LISTED_AS, SIDES, type Side } from '../analysis/types';
import { decodeSkill, type StoredRow, skillCodes } from '../history/schema';
import { ROLE_FAMILIES, type RoleFamily, roleFamily } from './role-family';

/**
 * The saved postings as flat typed arrays, built once per list of rows and reused across
 * profile changes and filters. Ten thousand postings hold ~150,000 skill mentions: arrays
 * indexed by number keep the insights to a few passes without a Map lookup or an object
 * per mention.
 */

export interface SkillMeta {
  id: string;
  name: string;
  category: Category;
  side: Side;
}

export interface Columns {
  rows: readonly StoredRow[];
  /** Distinct skills; `skill[]` below indexes into this. */
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
}

export function toColumns(rows: readonly StoredRow[]): Columns {
  const skills: SkillMeta[] = [];
  const skillIndex = new Map<string, number>();
  // Each distinct code ("pytorch:cmr2") is decoded once, into skill << 8 | category << 4 | side << 2 | listed.
  const codes = new Map<string, number>();
  const familyOf = new Map<string, number>();
  const lists = rows.map(skillCodes);
  let total = 0;
  for (const list of lists) total += list.length;
  const c: Columns = {
    rows,
    skills,
    date: new Float64Array(rows.length),
    recorded: new Float64Array(rows.length),
    family: new Uint8Array(rows.length),
    start: new Int32Array(rows.length + 1),
    skill: new Int32Array(total),
    category: new Uint8Array(total),
    side: new Uint8Array(total),
    listed: new Uint8Array(total),
  };
  // lastRow[skill] = the row that last mentioned it, to catch a skill listed twice in one row.
  const lastRow = new Int32Array(total).fill(-1);
  let e = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as StoredRow;
    c.start[r] = e;
    c.date[r] = row.lastSeen;
    c.recorded[r] = row.fit ? row.fit.score : Number.NaN;
    let family = familyOf.get(row.title);
    if (family === undefined) {
      family = ROLE_FAMILIES.indexOf(roleFamily(row.title));
      familyOf.set(row.title, family);
    }
    c.family[r] = family;
    for (const code of lists[r] as string[]) {
      let d = codes.get(code);
      if (d === undefined) {
        d = decode(code, skills, skillIndex);
        codes.set(code, d);
      }
      if (d < 0) continue; // malformed code: the skill is left out
      const skill = d >> 8;
      const listed = d & 3;
      if (lastRow[skill] === r) {
        // Listed twice: keep one entry with the stronger listedAs, as the fit does.
        for (let k = c.start[r] as number; k < e; k++) {
          if (c.skill[k] === skill && listed < (c.listed[k] as number)) c.listed[k] = listed;
        }
        continue;
      }
      lastRow[skill] = r;
      c.skill[e] = skill;
      c.category[e] = (d >> 4) & 15;
      c.side[e] = (d >> 2) & 3;
      c.listed[e] = listed;
      e++;
    }
  }
  c.start[rows.length] = e;
  return c;
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

export function familyAt(c: Columns, r: number): RoleFamily {
  return ROLE_FAMILIES[c.family[r] as number] as RoleFamily;
}
