// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { findByHeadings } from './fallback';

test('headings fallback never reads the text of page-wide wrappers (linear, not quadratic)', () => {
  // 300 nested single-child wrappers (React-style roots) around a long posting.
  const root = document.createElement('div');
  const wrappers: Element[] = [];
  let cur: Element = root;
  for (let i = 0; i < 300; i++) {
    const d = document.createElement('div');
    cur.append(d);
    wrappers.push(d);
    cur = d;
  }
  const posting = document.createElement('section');
  const h = document.createElement('h2');
  h.textContent = 'Requirements';
  const p = document.createElement('p');
  p.textContent = `Python and SQL. ${'filler text '.repeat(5_000)}`;
  posting.append(h, p);
  cur.append(posting);
  document.body.replaceChildren(root);

  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'textContent');
  const read = new Set<unknown>();
  const spy = vi.spyOn(Element.prototype, 'textContent', 'get').mockImplementation(function (this: Node) {
    read.add(this);
    return descriptor?.get?.call(this) ?? null;
  });
  const found = findByHeadings(document);
  spy.mockRestore();
  expect(found).toBe(posting);
  // Only the few ancestors climbed to size the block may be read, never the whole chain.
  const readWrappers = wrappers.filter((w) => read.has(w));
  expect(readWrappers.length).toBeLessThanOrEqual(3);
});
