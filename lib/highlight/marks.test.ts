// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { extractText, rangeFor } from '../content/text-map';
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

function items(root: Element, words: [string, HighlightItem['category'], boolean][]): HighlightItem[] {
  const map = extractText(root);
  return words.map(([word, category, held], key) => {
    const start = map.text.indexOf(word);
    const range = rangeFor(map, start, start + word.length);
    if (!range) throw new Error(word);
    return { key, range, category, held };
  });
}

test('marks wrap each mention, even across elements and several in one text node', () => {
  const root = setup('<p>Python, SQL and Py<b>Torch</b> on AWS.</p>');
  const h = markHighlighter(document);
  h.show(
    items(root, [
      ['Python', 'core', true],
      ['SQL', 'underemphasized', false],
      ['PyTorch', 'core', false],
      ['AWS', 'underemphasized', false],
    ]),
  );
  const marks = [...root.querySelectorAll(`mark[${MARK_ATTR}]`)];
  expect(marks.map((m) => [m.textContent, m.getAttribute(MARK_ATTR)])).toEqual([
    ['Python', 'core held'],
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
      ['Docker', 'core', false],
      ['Kubernetes', 'core', false],
      ['Spark', 'nice-to-have', false],
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

test('restyle flips held without touching the text, and itemAt finds the mention under a mark', () => {
  const root = setup('<p>Python and SQL</p>');
  const h = markHighlighter(document);
  h.show(
    items(root, [
      ['Python', 'core', false],
      ['SQL', 'underemphasized', false],
    ]),
  );
  h.restyle((key) => key === 1);
  const [python, sql] = [...root.querySelectorAll('mark')];
  expect(python?.getAttribute(MARK_ATTR)).toBe('core');
  expect(sql?.getAttribute(MARK_ATTR)).toBe('underemphasized held');
  expect(h.itemAt(0, 0, sql?.firstChild ?? null)).toBeNull(); // a text node is not an element
  expect(h.itemAt(0, 0, sql ?? null)?.key).toBe(1);
  root.querySelector('p')?.remove();
  expect(h.intact()).toBe(false);
  h.dispose();
});
