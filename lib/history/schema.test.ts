import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateRows } from '../../tests/fixtures/history/generate';
import { DEGREES, ROLE_IDS } from '../analysis/types';
import { checkStoredRow, parseStoredRows, StoredRowSchema } from './schema';

/**
 * The hand-written check of stored rows against StoredRowSchema: whenever it accepts a row, zod
 * accepts it too and returns the same object, keys in the same order; a row it leaves out is
 * decided by zod, so parseStoredRows gives what zod alone gives.
 */

const VALID = generateRows(60, 3);
/** Values that break (or, for some fields, happen to satisfy) a field's type. */
const ODD: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'strong',
  'ml-engineer',
  'master',
  0,
  -0,
  1.5,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  2 ** 60,
  true,
  [],
  ['x'],
  {},
  { min: 1 },
  { min: 1, max: undefined },
  { min: '1' },
  { min: 1, max: 2, extra: 3 },
  { years: null, degree: null },
  { years: { min: 2 }, degree: 'phd', extra: 1 },
  { years: null },
  { degree: 'bachelor', years: { min: Number.NaN } },
  { score: 50, band: 'partial' },
  { score: 50, band: 'weak' },
  { score: Number.NaN, band: 'strong' },
  { score: 50, band: 'strong', more: true },
  Object.create(null),
  new Date(0),
];
const FIELDS = [
  'key',
  'site',
  'jobId',
  'url',
  'title',
  'company',
  'location',
  'firstSeen',
  'lastSeen',
  'role',
  'skills',
  'requirements',
  'fit',
  'catalogue',
  'skillIndex',
  'extra',
] as const;

/** Keys at every depth, in order: toStrictEqual does not compare key order. */
function shape(x: unknown): unknown {
  if (typeof x !== 'object' || x === null) return typeof x;
  return Object.entries(x).map(([k, v]) => [k, shape(v)]);
}

function agrees(input: unknown): void {
  const fast = checkStoredRow(input);
  const zod = StoredRowSchema.safeParse(input);
  if (fast) {
    expect(zod.success).toBe(true);
    expect(fast).toStrictEqual(zod.data);
    expect(shape(fast)).toEqual(shape(zod.data));
  }
  expect(parseStoredRows([input])).toStrictEqual(zod.success ? [zod.data] : []);
}

/** A change to one row: a field set to an odd value, deleted, or a nested field changed. */
const damage = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    field: fc.constantFrom(...FIELDS),
    value: fc.constantFrom(...ODD),
  }),
  fc.record({ kind: fc.constant('delete' as const), field: fc.constantFrom(...FIELDS) }),
  fc.record({
    kind: fc.constant('nested' as const),
    field: fc.constantFrom('requirements', 'fit'),
    inner: fc.constantFrom('years', 'degree', 'min', 'max', 'score', 'band', 'other'),
    value: fc.constantFrom(...ODD),
  }),
  fc.record({ kind: fc.constant('reorder' as const) }),
);

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function apply(row: Record<string, unknown>, d: Damage): unknown {
  const out: Record<string, unknown> = structuredClone(row);
  if (d.kind === 'set') out[d.field] = d.value;
  else if (d.kind === 'delete') delete out[d.field];
  else if (d.kind === 'reorder') return Object.fromEntries(Object.entries(out).reverse());
  else {
    const inner = out[d.field];
    if (typeof inner === 'object' && inner !== null) (inner as Record<string, unknown>)[d.inner] = d.value;
    else out[d.field] = { [d.inner]: d.value };
  }
  return out;
}

describe('checkStoredRow agrees with StoredRowSchema', () => {
  test('accepts every generated valid row, as zod returns it', () => {
    for (const row of VALID) {
      const copy = structuredClone(row);
      expect(checkStoredRow(copy)).not.toBeNull();
      agrees(copy);
    }
    // Without the optional index, with a range of years and no fit.
    const { catalogue: _, skillIndex: __, ...plain } = structuredClone(VALID[0] as (typeof VALID)[number]);
    const bare = { ...plain, requirements: { years: { min: 2, max: 5 }, degree: 'phd' }, fit: null };
    expect(checkStoredRow(bare)).not.toBeNull();
    agrees(bare);
  });

  test('on damaged rows: one or more changes to a valid row', () => {
    fc.assert(
      fc.property(
        fc.nat(VALID.length - 1),
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        (at, damages) => {
          let row = VALID[at] as unknown;
          for (const d of damages) row = apply(row as Record<string, unknown>, d);
          agrees(row);
        },
      ),
      { numRuns: 8000 },
    );
  });

  test('on values that are not rows at all', () => {
    for (const v of [...ODD, 'row', 42, [VALID[0]], new Map()]) agrees(v);
    // A row with another prototype is left to zod, which accepts it.
    class Row {}
    const odd = Object.assign(new Row(), VALID[0]);
    expect(checkStoredRow(odd)).toBeNull();
    agrees(odd);
  });

  test('the check can fail: damaged rows are refused by both', () => {
    const row = VALID[0] as Record<string, unknown>;
    for (const bad of [
      { ...row, key: '' },
      { ...row, lastSeen: Number.NaN },
      { ...row, role: 'chef' },
    ]) {
      expect(checkStoredRow(bad)).toBeNull();
      expect(parseStoredRows([bad])).toEqual([]);
    }
  });
});

describe('the row schema takes its enums from the vocabulary', () => {
  const row = VALID[0] as Record<string, unknown>;
  const withDegree = (degree: unknown) => ({ ...row, requirements: { years: null, degree } });

  test('every role id and degree passes; anything else does not', () => {
    for (const role of ROLE_IDS) expect(StoredRowSchema.safeParse({ ...row, role }).success).toBe(true);
    expect(StoredRowSchema.safeParse({ ...row, role: 'ceo' }).success).toBe(false);
    for (const degree of DEGREES) expect(StoredRowSchema.safeParse(withDegree(degree)).success).toBe(true);
    expect(StoredRowSchema.safeParse(withDegree('mba')).success).toBe(false);
  });
});
