import { expect, test } from 'vitest';
import { CATEGORIES } from '../analysis/types';
import { ALL_NAMES, highlightName } from './names';
import { highlightCss } from './styles';

test('one highlight name per category, each containing the category id, nothing else', () => {
  expect(ALL_NAMES).toEqual(CATEGORIES.map((c) => `ml-fit-${c}`));
  for (const c of CATEGORIES) expect(highlightName(c)).toContain(c);
});

test('categories differ by underline style, not colour alone; one rule each', () => {
  const css = highlightCss();
  const rule = (name: string) => css.split('\n').find((l) => l.startsWith(`::highlight(${name})`)) ?? '';
  const styles = CATEGORIES.map((c) => /underline (\w+)/.exec(rule(highlightName(c)))?.[1]);
  expect(new Set(styles).size).toBe(3);
  expect(css.split('\n')).toHaveLength(CATEGORIES.length);
});

test('no rule names anything about the profile (held, missing, level)', () => {
  expect(highlightCss()).not.toMatch(/held|missing|learning|working|expert/);
});
