import { describe, expect, test } from 'vitest';
import { BENCH_PROFILE, generateRows, mulberry32 } from '../../tests/fixtures/history/generate';
import { CATEGORIES, LISTED_AS, SIDES } from '../analysis/types';
import {
  catalogueFingerprint,
  decodeRow,
  encodeSkill,
  encodeSkills,
  indexSkills,
  type StoredRow,
} from '../history/schema';
import { emptyProfile, type Profile } from '../profile/schema';
import { type Columns, type SkillMeta, toColumns } from './columns';
import { computeInsights, type Insights, NO_FILTER } from './index';
import { ROLE_FAMILIES, roleFamily } from './role-family';
import { scoreColumns } from './score';

/**
 * The fast columns (one pass, codes decoded once, unchanged rows copied from the last build)
 * against a plain reference: every row decoded to objects, a skill listed twice kept once with
 * its strongest listing, skills numbered by first mention. Then the whole insights, from
 * scratch and updated step by step through a changing history, against the reference's.
 */
function reference(rows: readonly StoredRow[]): Omit<Columns, 'reused'> {
  const skills: SkillMeta[] = [];
  const index = new Map<string, number>();
  const start: number[] = [];
  const entries: { skill: number; category: number; side: number; listed: number }[] = [];
  for (const row of rows) {
    start.push(entries.length);
    const mine = new Map<string, { skill: number; category: number; side: number; listed: number }>();
    for (const s of decodeRow(row).skills) {
      const listed = LISTED_AS.indexOf(s.listedAs);
      const seen = mine.get(s.id);
      if (seen) {
        seen.listed = Math.min(seen.listed, listed);
        continue;
      }
      if (!index.has(s.id)) {
        index.set(s.id, skills.length);
        skills.push({ id: s.id, name: s.name, category: s.category, side: s.side });
      }
      const entry = {
        skill: index.get(s.id) as number,
        category: CATEGORIES.indexOf(s.category),
        side: SIDES.indexOf(s.side),
        listed,
      };
      mine.set(s.id, entry);
      entries.push(entry);
    }
  }
  start.push(entries.length);
  return {
    rows,
    skills,
    date: Float64Array.from(rows, (r) => r.lastSeen),
    recorded: Float64Array.from(rows, (r) => (r.fit ? r.fit.score : Number.NaN)),
    family: Uint8Array.from(rows, (r) => ROLE_FAMILIES.indexOf(roleFamily(r.title))),
    start: Int32Array.from(start),
    skill: Int32Array.from(entries, (e) => e.skill),
    category: Uint8Array.from(entries, (e) => e.category),
    side: Uint8Array.from(entries, (e) => e.side),
    listed: Uint8Array.from(entries, (e) => e.listed),
  };
}

function plain(c: Columns | Omit<Columns, 'reused'>) {
  const { reused: _, ...rest } = c as Columns;
  return rest;
}

/** The insights with their ranked lists read in full, to compare as data. */
function readInsights(i: Insights) {
  return {
    ...i,
    gains: i.gains.all(),
    demand: Object.fromEntries(CATEGORIES.map((cat) => [cat, i.demand[cat].all()])),
  };
}

const insightsOf = (c: Omit<Columns, 'reused'>, profile: Profile) =>
  readInsights(computeInsights(scoreColumns({ ...c, reused: null }, profile), NO_FILTER));

/** A row as written before rows carried a catalogue index, or with a skill outside the catalogue. */
function withoutIndex({ catalogue: _, skillIndex: __, ...row }: StoredRow): StoredRow {
  return row;
}

/**
 * Rows with the odd cases a stored history can hold: a skill twice, malformed codes, no skills,
 * rows without a catalogue index (edited here as a row written without one).
 */
function withOddRows(rows: StoredRow[]): StoredRow[] {
  const out = rows.map((r, i) => (i < 5 || i % 3 === 0 ? withoutIndex(r) : { ...r }));
  const twice = encodeSkill({
    id: 'pytorch',
    name: 'PyTorch',
    category: 'core',
    side: 'ml',
    listedAs: 'preferred',
    count: 1,
  });
  const required = encodeSkill({
    id: 'pytorch',
    name: 'PyTorch',
    category: 'core',
    side: 'ml',
    listedAs: 'required',
    count: 2,
  });
  if (out[1]) out[1].skills = `${twice} ${out[1].skills} ${required}`;
  if (out[2]) out[2].skills = `${out[2].skills}  NOT-A-CODE own:rust-macros:nep1`;
  if (out[3]) out[3].skills = '';
  if (out[4]) out[4].fit = null;
  return out;
}

describe('toColumns agrees with a plain reference', () => {
  test('on generated histories, with malformed codes, repeated skills and empty rows', () => {
    for (const seed of [1, 2, 3]) {
      const rows = withOddRows(generateRows(400, seed));
      const fast = toColumns(rows);
      expect(plain(fast)).toEqual(reference(rows));
      expect(fast.reused).toBeNull();
    }
  });

  test('rows read by catalogue index give what their codes give', () => {
    const rows = generateRows(600, 21);
    // The generator writes rows as the extension does: every one indexed for this catalogue.
    expect(rows.every((r) => r.catalogue === catalogueFingerprint() && r.skillIndex !== undefined)).toBe(
      true,
    );
    expect(plain(toColumns(rows))).toEqual(reference(rows));
    const { rows: _, ...byCodes } = plain(toColumns(rows.map(withoutIndex)));
    const { rows: __, ...expected } = reference(rows);
    expect(byCodes).toEqual(expected);
  });

  test('an index for another catalogue, or a damaged one, is ignored: the codes are read', () => {
    const rows = generateRows(60, 22).map((r, i) => {
      if (i % 4 === 0) return { ...r, catalogue: ((r.catalogue ?? 0) + 1) >>> 0, skillIndex: '\u0000' };
      if (i % 4 === 1) return { ...r, skillIndex: `${r.skillIndex}${String.fromCharCode(0xd7ff)}` };
      // Shorter than the codes, so that reading them needs more room than the index promised.
      if (i % 4 === 2) return { ...r, skillIndex: `${String.fromCharCode(0)}${String.fromCharCode(0xffff)}` };
      return { ...r, skillIndex: `${r.skillIndex}${String.fromCharCode(3)}` };
    });
    expect(plain(toColumns(rows))).toEqual(reference(rows));
  });

  test('an indexed row naming a skill twice keeps its stronger listing, in the first row or later', () => {
    const rows = generateRows(40, 23).map((r, i) => {
      if (i % 5 !== 0) return r;
      const skills = decodeRow(r).skills;
      const first = skills[0];
      if (!first) return r;
      // The same skill again, preferred then required, after the others and before them.
      const again = [
        { ...first, listedAs: 'preferred' as const },
        ...skills,
        { ...first, listedAs: 'required' as const },
      ];
      const skillIndex = indexSkills(again);
      expect(skillIndex).not.toBeNull();
      return { ...r, skills: encodeSkills(again), skillIndex: skillIndex ?? undefined };
    });
    expect(plain(toColumns(rows))).toEqual(reference(rows));
  });

  test('an empty history', () => {
    expect(plain(toColumns([]))).toEqual(reference([]));
  });
});

/** One change to a history, as the store would show it: most recently viewed first. */
function change(rows: StoredRow[], rand: () => number, pool: StoredRow[]): StoredRow[] {
  // Rows come back from storage as new objects: an update never hands over the same ones.
  let next = rows.map((r) => ({ ...r }));
  const pick = () => Math.floor(rand() * next.length);
  const roll = rand();
  if (roll < 0.3 && pool.length) {
    // New postings, viewed now.
    const top = next[0]?.lastSeen ?? 0;
    next = [
      ...pool.splice(0, 1 + Math.floor(rand() * 3)).map((r, i) => ({ ...r, lastSeen: top + 1000 + i })),
      ...next,
    ];
  } else if (roll < 0.5 && next.length) {
    // Postings deleted (by hand or by the retention setting).
    next.splice(pick(), 1 + Math.floor(rand() * 2));
  } else if (roll < 0.7 && next.length) {
    // A posting seen again and re-analysed: new skills, new date, first in the list.
    const i = pick();
    const [row] = next.splice(i, 1);
    const other = next[pick()];
    if (row && other)
      next.unshift({
        ...withoutIndex(row),
        skills: other.skills,
        ...(other.skillIndex === undefined
          ? {}
          : { catalogue: other.catalogue, skillIndex: other.skillIndex }),
        lastSeen: (next[0]?.lastSeen ?? 0) + 1000,
      });
  } else if (roll < 0.8 && next.length) {
    // A title edited by the site, same skills.
    const i = pick();
    const row = next[i];
    if (row) next[i] = { ...row, title: `${row.title} (NLP)` };
  } else if (next.length) {
    // Seen again, unchanged analysis: only the date and the recorded fit move.
    const i = pick();
    const [row] = next.splice(i, 1);
    if (row)
      next.unshift({
        ...row,
        lastSeen: (next[0]?.lastSeen ?? 0) + 1000,
        fit: { score: 50, band: 'partial' },
      });
  }
  return next;
}

const STEPS = 30;

describe('updating the columns and fits from the last build', () => {
  test('gives what a build from scratch gives, step after step, and copies the unchanged rows', () => {
    const rand = mulberry32(11);
    const pool = generateRows(60, 5);
    let rows = withOddRows(generateRows(300, 4));
    let columns = toColumns(rows);
    let scored = scoreColumns(columns, BENCH_PROFILE);
    let copied = 0;
    for (let step = 0; step < STEPS; step++) {
      rows = change(rows, rand, pool);
      const next = toColumns(rows, columns);
      expect(plain(next)).toEqual(reference(rows));
      const reused = next.reused?.row ?? new Int32Array();
      copied += reused.filter((p) => p >= 0).length;
      // Only unchanged rows are copied, from the row with the same key.
      const wrong = [...reused].filter((p, r) => {
        const was = columns.rows[p];
        const now = rows[r];
        return p >= 0 && (was?.key !== now?.key || was?.skills !== now?.skills || was?.title !== now?.title);
      });
      expect(wrong).toEqual([]);
      const nextScored = scoreColumns(next, BENCH_PROFILE, scored);
      const fresh = scoreColumns(toColumns(rows), BENCH_PROFILE);
      expect([...nextScored.score]).toEqual([...fresh.score]);
      expect([...nextScored.band]).toEqual([...fresh.band]);
      expect([...nextScored.gain]).toEqual([...fresh.gain]);
      expect([...nextScored.sides]).toEqual([...fresh.sides]);
      expect(readInsights(computeInsights(nextScored, NO_FILTER))).toEqual(
        insightsOf(reference(rows), BENCH_PROFILE),
      );
      columns = next;
      scored = nextScored;
    }
    // The updates did reuse: almost every row survives each step.
    expect(copied).toBeGreaterThan(STEPS * 250);
  }, 60_000);

  test('a fit from another profile is not copied', () => {
    const rows = generateRows(50, 9);
    const before = toColumns(rows);
    const held = scoreColumns(before, BENCH_PROFILE);
    const after = toColumns(
      rows.map((r) => ({ ...r })),
      before,
    );
    const other: Profile = { ...emptyProfile(), skills: [{ skill: 'kubernetes', level: 'expert' }] };
    const updated = scoreColumns(after, other, held);
    expect([...updated.score]).toEqual([...scoreColumns(toColumns(rows), other).score]);
    expect([...updated.score]).not.toEqual([...held.score]);
  });
});
