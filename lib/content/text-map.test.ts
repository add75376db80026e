// @vitest-environment happy-dom
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { extractText, offsetOf, rangeFor } from './text-map';

/** Parsed inertly, then moved into the test's own document (happy-dom Ranges stay in one document). */
function el(html: string): Element {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const root = document.createElement('div');
  root.append(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
  document.body.replaceChildren(root);
  return root;
}

test('blocks, headings, bullets and <br> shape the text like the CLI reader', () => {
  const root = el(`
    <h2>About the job</h2>
    <p>We build   models.</p>
    <p><strong>Requirements</strong></p>
    <ul><li>Python and <b>SQL</b></li><li>Docker</li></ul>
    line one<br>line two<br><br>para`);
  expect(extractText(root).text).toBe(
    'About the job\n\nWe build models.\n\nRequirements\n\n• Python and SQL\n• Docker\n\nline one\nline two\n\npara',
  );
});

test('script, style, hidden elements, buttons and the extension UI are not read', () => {
  const root = el(
    `<p>Python</p><script>var kubernetes = 1</script><style>.sql{}</style><p hidden>Java</p><span aria-hidden="true">Go</span><button>see more</button><ml-fit-chip>Rust</ml-fit-chip><p>SQL</p>`,
  );
  expect(extractText(root).text).toBe('Python\n\nSQL');
});

test('every mapped substring maps back to a Range with the same text', () => {
  const root = el(
    '<p>Deploy <em>PyTorch</em> models on <a href="#">Kubernetes</a> (k8s)</p><ul><li>Postgres</li></ul>',
  );
  const map = extractText(root);
  for (const word of ['PyTorch', 'Kubernetes', 'k8s', 'Postgres', 'models on Kubernetes']) {
    const start = map.text.indexOf(word);
    expect(start, word).toBeGreaterThanOrEqual(0);
    expect(rangeFor(map, start, start + word.length)?.toString()).toBe(word);
  }
});

test('a skill split across elements maps to one Range', () => {
  const root = el('<p>Use Py<b>Torch</b> daily</p>');
  const map = extractText(root);
  const start = map.text.indexOf('PyTorch');
  expect(rangeFor(map, start, start + 7)?.toString()).toBe('PyTorch');
});

test('single white-space characters read as spaces within one segment; longer runs split it', () => {
  const root = el('<p>Python\nand\tSQL  on \n k8s</p>');
  const map = extractText(root);
  expect(map.text).toBe('Python and SQL on k8s');
  // 1:1 where one character stands for the space; a run of two or more starts a new segment.
  expect(map.starts).toEqual([0, 15, 18]);
  expect(map.lengths).toEqual([14, 2, 3]);
  expect(map.nodeOffsets).toEqual([0, 16, 21]);
  expect(rangeFor(map, 7, 14)?.toString()).toBe('and\tSQL');
  expect(rangeFor(map, 11, 17)?.toString()).toBe('SQL  on');
  // A single white-space character at either end of a node is not part of its run.
  const ends = extractText(el('<p> deep learning </p><p>\tPyTorch\n</p>'));
  expect(ends.text).toBe('deep learning\n\nPyTorch');
  expect(ends.lengths).toEqual([13, 7]);
  expect(ends.nodeOffsets).toEqual([1, 1]);
});

test('offsetOf inverts rangeFor', () => {
  const root = el('<p>Python and   SQL</p>');
  const map = extractText(root);
  const range = rangeFor(map, map.text.indexOf('SQL'), map.text.indexOf('SQL') + 3);
  if (!range) throw new Error('no range');
  expect(offsetOf(map, range.startContainer, range.startOffset)).toBe(map.text.indexOf('SQL'));
});

test('text is capped at maxChars and says so', () => {
  const root = el(`<p>${'word '.repeat(1000)}</p><p>tail</p>`);
  const map = extractText(root, { maxChars: 100 });
  expect(map.text.length).toBeLessThanOrEqual(100);
  expect(map.truncated).toBe(true);
  expect(extractText(root).truncated).toBe(false);
});

test('property: every word of the output maps back to itself', () => {
  const word = fc.stringMatching(/^[A-Za-z+#]{1,8}$/);
  const tag = fc.constantFrom('p', 'span', 'li', 'b', 'div', 'br');
  fc.assert(
    fc.property(
      fc.array(fc.tuple(tag, fc.array(word, { maxLength: 4 }), fc.constantFrom(' ', '  ', '\n ', '')), {
        maxLength: 12,
      }),
      (parts) => {
        const doc = document;
        const root = doc.createElement('div');
        doc.body.replaceChildren(root);
        for (const [name, words, sep] of parts) {
          const e = doc.createElement(name);
          if (name !== 'br') e.textContent = words.join(sep || ' ');
          root.appendChild(e);
          root.appendChild(doc.createTextNode(sep));
        }
        const map = extractText(root);
        for (const m of map.text.matchAll(/[A-Za-z+#]+/g)) {
          const r = rangeFor(map, m.index, m.index + m[0].length);
          expect(r?.toString()).toBe(m[0]);
        }
      },
    ),
    { numRuns: 200 },
  );
});
