// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../analysis/types';
import { itemsFor } from './annotate';
import { extractText } from './text-map';

const mention = (text: string, start: number, skill: string, own?: true): Mention => ({
  start,
  end: start + text.length,
  text,
  skill,
  name: text,
  category: 'core',
  listedAs: 'required',
  ...(own ? { own } : {}),
});

describe('itemsFor', () => {
  it('never paints the user’s own skills: the page could read them from the highlights', () => {
    const root = document.createElement('div');
    root.textContent = 'Python and Rust macros';
    document.body.append(root);
    const map = extractText(root);
    const items = itemsFor(map, [
      mention('Python', 0, 'python'),
      mention('Rust macros', 11, 'own:rust-macros', true),
    ]);
    expect(items.map((i) => [i.key, i.range.toString()])).toEqual([[0, 'Python']]);
  });
});
