import { expect, test } from 'vitest';
import { CATEGORIES } from '../analysis/types';
import { ALL_NAMES, highlightName } from './names';
import { highlightCss, markCss } from './styles';

test('one highlight name per category and held/missing, each containing the category id', () => {
  expect(ALL_NAMES).toHaveLength(6);
  for (const c of CATEGORIES) {
    expect(highlightName(c, false)).toContain(c);
    expect(highlightName(c, true)).toContain(c);
    expect(highlightName(c, true)).not.toBe(highlightName(c, false));
  }
});

test('categories differ by underline style, not colour alone; held differs from missing', () => {
  const css = highlightCss();
  const rule = (name: string) => css.split('\n').find((l) => l.startsWith(`::highlight(${name})`)) ?? '';
  const styles = CATEGORIES.map((c) => /underline (\w+)/.exec(rule(highlightName(c, false)))?.[1]);
  expect(new Set(styles).size).toBe(3);
  for (const c of CATEGORIES) {
    const missing = rule(highlightName(c, false));
    const held = rule(highlightName(c, true));
    expect(missing).not.toBe('');
    expect(held.replace(/^[^{]+/, '')).not.toBe(missing.replace(/^[^{]+/, ''));
  }
  expect(markCss()).toContain('mark[data-ml-fit~="core"][data-ml-fit~="held"]');
});
