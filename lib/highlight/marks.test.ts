// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { markHighlighter } from './marks';
import { MARK_ATTR } from './names';
import type { HighlightItem } from './types';

function setup(html: string) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const root = document.createElement('div');
  root.append(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
  document.body.replaceChildren(root);
  return root;
}

/**
 * The text node of `root` and the offset in it where the text's offset `at` falls: a start
 * at a node's end belongs to the next node, an end to the node it closes.
 */
function pointAt(root: Element, at: number, isEnd: boolean): [Text, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const end = seen + node.data.length;
    if (at < end || (isEnd && at === end)) return [node, at - seen];
    seen = end;
  }
  throw new Error(`offset ${at} is past the text`);
}

/** One item per word, its range over the page's own text nodes (across elements if need be). */
function items(root: Element, words: [string, HighlightItem['category']][]): HighlightItem[] {
  const text = root.textContent ?? '';
  return words.map(([word, category], key) => {
    const start = text.indexOf(word);
    if (start < 0) throw new Error(word);
    const range = document.createRange();
    range.setStart(...pointAt(root, start, false));
    range.setEnd(...pointAt(root, start + word.length, true));
    return { key, range, category };
  });
}

test('marks wrap each mention, even across elements and several in one text node', () => {
  const root = setup('<p>Python, SQL and Py<b>Torch</b> on AWS.</p>');
  const h = markHighlighter(document);
  h.show(
    items(root, [
      ['Python', 'core'],
      ['SQL', 'underemphasized'],
      ['PyTorch', 'core'],
      ['AWS', 'underemphasized'],
    ]),
  );
  const marks = [...root.querySelectorAll(`mark[${MARK_ATTR}]`)];
  expect(marks.map((m) => [m.textContent, m.getAttribute(MARK_ATTR)])).toEqual([
    ['Python', 'core'],
    ['SQL', 'underemphasized'],
    ['Py', 'core'],
    ['Torch', 'core'],
    ['AWS', 'underemphasized'],
  ]);
  expect(root.textContent).toBe('Python, SQL and PyTorch on AWS.');
  expect(h.intact()).toBe(true);
  h.dispose();
});

test('clear removes every mark without a trace: same markup, same text nodes count', () => {
  const root = setup('<ul><li>Docker and Kubernetes</li><li>Spark</li></ul>');
  const before = root.outerHTML;
  const nodesBefore = root.querySelectorAll('*').length;
  const h = markHighlighter(document);
  h.show(
    items(root, [
      ['Docker', 'core'],
      ['Kubernetes', 'core'],
      ['Spark', 'nice-to-have'],
    ]),
  );
  expect(root.querySelectorAll('mark').length).toBe(3);
  h.clear();
  expect(root.outerHTML).toBe(before);
  expect(root.querySelectorAll('*').length).toBe(nodesBefore);
  const li = root.querySelector('li');
  expect(li?.childNodes.length).toBe(1);
  h.dispose();
});

test('itemAt finds the mention under a mark; intact turns false once the page drops the text', () => {
  const root = setup('<p>Python and SQL</p>');
  const h = markHighlighter(document);
  h.show(
    items(root, [
      ['Python', 'core'],
      ['SQL', 'underemphasized'],
    ]),
  );
  const [, sql] = [...root.querySelectorAll('mark')];
  expect(sql?.getAttribute(MARK_ATTR)).toBe('underemphasized');
  expect(h.itemAt(0, 0, sql?.firstChild ?? null)).toBeNull(); // a text node is not an element
  expect(h.itemAt(0, 0, sql ?? null)?.key).toBe(1);
  root.querySelector('p')?.remove();
  expect(h.intact()).toBe(false);
  h.dispose();
});
