import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '../analysis/catalogue';
import { createCatalogueView, fingerprintOf } from './catalogue-view';

/** The fingerprint as first written: FNV-1a over one string per entry. Rows store its value. */
function reference(data: { ids: string[]; categories: string[]; sides: string[] }): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.ids.length; i++) {
    const text = `${data.ids[i]}|${data.categories[i]}|${data.sides[i]};`;
    for (let c = 0; c < text.length; c++) h = Math.imul(h ^ text.charCodeAt(c), 0x01000193);
  }
  return h >>> 0;
}

describe('catalogue fingerprint', () => {
  test('hashed field by field, it is the hash of the text it always hashed', () => {
    // The shipped catalogue's fields, as the background's view holds them.
    const data = {
      ids: CATALOGUE.map((s) => s.id),
      categories: CATALOGUE.map((s) => s.category),
      sides: CATALOGUE.map((s) => s.side),
    };
    expect(data.ids.length).toBeGreaterThan(1000);
    expect(fingerprintOf(data)).toBe(reference(data));
    const small = {
      ids: ['a', 'b-c', 'été', ''],
      names: ['A', 'B C', 'Été', ''],
      categories: ['core', 'nice-to-have', 'underemphasized', 'core'] as const,
      sides: ['ml', 'engineering', 'ml', 'engineering'] as const,
      nameKeys: [],
      nameIds: [],
    };
    const view = createCatalogueView({
      ...small,
      categories: [...small.categories],
      sides: [...small.sides],
    });
    expect(view.fingerprint).toBe(
      reference({ ...small, categories: [...small.categories], sides: [...small.sides] }),
    );
    expect(fingerprintOf({ ids: [], categories: [], sides: [] })).toBe(0x811c9dc5);
  });

  test('a change of id, category, side or order changes it', () => {
    const base = { ids: ['x', 'y'], categories: ['core', 'core'], sides: ['ml', 'ml'] } as const;
    const of = (d: { ids: readonly string[]; categories: readonly string[]; sides: readonly string[] }) =>
      fingerprintOf(d as never);
    const seen = new Set([
      of(base),
      of({ ...base, ids: ['x', 'z'] }),
      of({ ...base, categories: ['core', 'nice-to-have'] }),
      of({ ...base, sides: ['ml', 'engineering'] }),
      of({ ...base, ids: ['y', 'x'] }),
    ]);
    expect(seen.size).toBe(5);
  });
});
