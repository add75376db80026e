// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, scanHtml } from '../../lib/text/html-to-text';
import { MAX_INDENT } from '../../lib/text/layout';
import { pageHtmlToText } from '../../lib/text/page-html-to-text';

/**
 * Both readers, the Node one (htmlparser2) and the page's (tag scanner; its references go to
 * DOMParser, here happy-dom's), cost time linear in the input's size: pathological HTML (deep or unclosed nesting,
 * a million attributes, huge entity runs, endless comments) is read at a cost per KB within a
 * constant factor of plain text of the same size, measured in the same run, so a slow or busy
 * machine moves both sides alike. A quadratic reader misses the bound by orders of magnitude
 * (unclosed <ul><li> at 512 KB took minutes before htmlparser2's tokenizer and the capped
 * indentation), so the factor can be generous.
 */

const SIZE = 512 * 1024;
/**
 * The measured ratios are 0.1-20 (12 for unclosed lists in the page's reader); 80 leaves room
 * for a busy machine, and a quadratic reader lands in the thousands at this size.
 */
const MAX_RATIO = 80;
/** Each case reads a few MB six times: generous on a loaded machine, never near a quadratic run. */
const TIMEOUT_MS = 60_000;

const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

type Reader = (html: string) => unknown;
const READERS: [string, Reader][] = [
  ['node', (html) => scanHtml(html)],
  ['page', (html) => pageHtmlToText(html)],
];

/** Best of three: the least disturbed run is the one that measures the code. */
function cost(read: Reader, html: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    read(html);
    best = Math.min(best, performance.now() - started);
  }
  return Math.max(best, 0.05);
}

/** Pieces hostile pages and CMS exports are made of. */
const FRAGMENT = fc.constantFrom(
  '<ul>',
  '<li>',
  '<ol><li>',
  '<div>',
  '<span>',
  '</span>',
  '</ul>',
  '<pre>',
  '<table><tr><td>',
  '<br>',
  '<p ',
  'a=1 ',
  'b="x>y" ',
  '>',
  '<',
  '</',
  '&',
  '&amp;',
  '&#x1F600;',
  '&notanentity;',
  '&#99999999999;',
  '<!--',
  '--',
  '-->',
  '<script>',
  '</scrip',
  '<svg>',
  '<template>',
  '<h1>',
  'Python ',
  '\n',
);

const FAMILIES: Record<string, string> = {
  'unclosed nested lists': fill('<ul><li>x'),
  'unclosed divs': fill('<div>'),
  'opened then closed spans': `${'<span>'.repeat(SIZE / 12)}${'</span>'.repeat(SIZE / 12)}`,
  'a million attributes': `<p ${'a '.repeat(1_000_000)}>text`,
  'an unclosed tag': fill('<a '),
  'entity run': fill('&amp;'),
  'bare ampersands': fill('&'),
  'unknown entities': fill('&notanentity;'),
  'an endless comment': `<!--${fill('-')}`,
  'many comments': fill('<!-- a -- b -->'),
  'stray <': fill('<'),
  'unclosed pre': fill('<pre> x\n'),
  'unclosed tables': fill('<table><tr><td>a'),
  'an unclosed script': `<script>${fill('</scrip')}`,
};

describe.each(READERS)('the %s reader stays linear', (_reader, read) => {
  const plain = (size = SIZE) => cost(read, fill('Python and SQL for production models. ', size));

  it.each(Object.entries(FAMILIES))(
    '%s: read at the cost of plain text of its size, times a constant',
    (_name, html) => {
      expect(cost(read, html) / plain(html.length)).toBeLessThan(MAX_RATIO);
    },
    TIMEOUT_MS,
  );

  it(
    'random mixes of hostile fragments, repeated to 512 KB',
    () => {
      const baseline = plain();
      fc.assert(
        fc.property(fc.array(FRAGMENT, { minLength: 1, maxLength: 12 }), (pieces) => {
          const html = fill(pieces.join(''));
          expect(cost(read, html) / baseline).toBeLessThan(MAX_RATIO);
        }),
        { numRuns: 10 },
      );
    },
    TIMEOUT_MS,
  );
});

it(
  'no layout state grows with the nesting: indentation stops at MAX_INDENT, the text stays within a constant of its HTML',
  () => {
    // A list item of eight characters ("<ul><li>") may become a bullet line of up to
    // 2 * MAX_INDENT + 3 characters (indent, "• ", newline), so the bound is a small constant
    // factor, never a factor that grows with depth.
    const maxIndent = 2 * MAX_INDENT;
    fc.assert(
      fc.property(
        fc.array(FRAGMENT, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 4000 }),
        (pieces, times) => {
          const html = pieces.join('').repeat(times);
          for (const text of [htmlToText(html).text, pageHtmlToText(html).text]) {
            expect(text.length).toBeLessThanOrEqual(2 * html.length);
            for (const line of text.split('\n')) {
              if (!line.trimStart().startsWith('•')) continue;
              expect(line.length - line.trimStart().length).toBeLessThanOrEqual(maxIndent);
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  },
  TIMEOUT_MS,
);
