import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../tests/fixtures/history/generate';
import type { SkillMeta } from './columns';
import { bySort, rankedSkills, rankSkills } from './rank';

/** The packed-number ranking against the comparator sort it replaces, on random counts and names. */
function skillsNamed(names: string[]): SkillMeta[] {
  return names.map((name, k) => ({ id: `s${k}`, name, category: 'core', side: 'ml' }));
}

describe('rankSkills', () => {
  test('orders as the comparator sort does, ties and equal names included', () => {
    const rand = mulberry32(7);
    const words = [
      'Spark',
      'spark',
      'SQL',
      'Spark ',
      'Sparkle',
      'A',
      'Ä',
      'a b',
      'a',
      '',
      'Z\u00e9',
      'Z\ud83d\ude00',
    ];
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rand() * 60);
      const skills = skillsNamed(
        Array.from({ length: n }, () => words[Math.floor(rand() * words.length)] ?? ''),
      );
      const spread = [1, 3, 1000, 1e6][round % 4] as number;
      const a = Float64Array.from({ length: n }, () => Math.floor(rand() * spread));
      const b = Int32Array.from({ length: n }, () => Math.floor(rand() * 4));
      const kept = Array.from({ length: n }, (_, k) => k).filter(() => rand() < 0.8);
      expect(rankSkills(skills, kept, a, b)).toEqual(bySort(skills, kept, a, b));
    }
  });

  test('falls back to the comparator sort for fractional, negative or huge counts', () => {
    const skills = skillsNamed(['b', 'a', 'c', 'a']);
    const kept = [0, 1, 2, 3];
    for (const a of [
      [1.5, 1.25, 0, 1.5],
      [-1, 2, -1, 0],
      [2 ** 52, 1, 2 ** 52, 3],
    ]) {
      const b = [0, 0, 1, 0];
      expect(rankSkills(skills, kept, a, b)).toEqual(bySort(skills, kept, a, b));
    }
    expect(rankSkills(skills, kept, [1.5, 1.25, 0, 1.5], [0, 0, 0, 0])).toEqual([3, 0, 1, 2]);
  });

  test('a name holding NUL still ranks by the comparator', () => {
    const skills = skillsNamed(['a\u0000b', 'a', 'a\u0000', 'a b']);
    const kept = [0, 1, 2, 3];
    const zero = [0, 0, 0, 0];
    expect(rankSkills(skills, kept, zero, zero)).toEqual(bySort(skills, kept, zero, zero));
    expect(rankSkills(skills, kept, zero, zero)).toEqual([1, 2, 0, 3]);
  });
});

describe('rankedSkills', () => {
  test('top(n) is the first n of the full ranking, before and after all() is read', () => {
    const rand = mulberry32(11);
    const words = ['Spark', 'spark', 'SQL', 'A', 'a', '', 'Z\u00e9', 'a\u0000b', 'b'];
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rand() * 120);
      const skills = skillsNamed(
        Array.from({ length: n }, () => words[Math.floor(rand() * words.length)] ?? ''),
      );
      const spread = [1, 3, 1000, 2.5][round % 4] as number;
      const a = Float64Array.from({ length: n }, () => Math.floor(rand() * spread * 4) / 4);
      const b = Int32Array.from({ length: n }, () => Math.floor(rand() * 3));
      const kept = Array.from({ length: n }, (_, k) => k).filter(() => rand() < 0.8);
      const order = bySort(skills, kept, a, b);
      const row = (k: number) => ({ k });
      for (const take of [0, 1, 2, 5, 15, 64, 65, n + 3]) {
        const fresh = rankedSkills(skills, kept, a, b, row);
        expect(fresh.top(take).map((r) => r.k)).toEqual(order.slice(0, take));
        expect(fresh.length).toBe(kept.length);
      }
      const read = rankedSkills(skills, kept, a, b, row);
      expect(read.all().map((r) => r.k)).toEqual(order);
      expect(read.top(7).map((r) => r.k)).toEqual(order.slice(0, 7));
    }
  });
});
