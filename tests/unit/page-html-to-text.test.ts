// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { htmlToText } from '../../lib/text/html-to-text';
import { pageHtmlToText } from '../../lib/text/page-html-to-text';

/** The page's reader (tag scanner, the browser's entity decoding) and the CLI's (htmlparser2) lay out the same HTML alike. */

const SAMPLES = [
  '<div>About</div><p>We build <b>maps</b>.</p><h2>Requirements</h2><p>Python</p>',
  '<ul><li>Python</li><li>SQL<ul><li>Postgres</li></ul></li></ul><p>After</p>',
  '<p>  a \n\t b  </p><pre>  x\n  y</pre>',
  'one<br>two<br/><br />three',
  'R&amp;D &lt;b&gt; caf&eacute; &#8211; &nbsp;x AT&T',
  '<p>keep</p><script>var python = 1;</script><style>.sql{}</style><template><p>Kafka</p></template><noscript>Enable JS</noscript><svg><title>icon</title></svg><p>end</p>',
  '<table><tr><td>Skill</td><td>Python</td></tr><tr><td>Years</td><td>5</td></tr></table>',
];

describe('pageHtmlToText', () => {
  it.each(SAMPLES)('reads %s as the Node reader does', (html) => {
    expect(pageHtmlToText(html)).toEqual(htmlToText(html));
  });

  it('agrees with the Node reader on generated well-formed HTML', () => {
    // Valid nesting only (no <p> in <p>, no bare <li>): an HTML parser repairs the rest its own way.
    const word = fc.constantFrom('Python', 'SQL', 'R&amp;D', ' ', 'Docker &amp; K8s', '\n');
    const wrap = (name: string, children: string[]) => `<${name}>${children.join('')}</${name}>`;
    const { flow } = fc.letrec<{ flow: string; phrasing: string; item: string }>((tie) => ({
      phrasing: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc
          .tuple(fc.constantFrom('b', 'em'), fc.array(tie('phrasing'), { maxLength: 3 }))
          .map(([n, c]) => wrap(n, c)),
      ),
      item: fc.array(tie('flow'), { maxLength: 3 }).map((c) => wrap('li', c)),
      flow: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        tie('phrasing'),
        fc
          .tuple(fc.constantFrom('p', 'h2'), fc.array(tie('phrasing'), { maxLength: 3 }))
          .map(([n, c]) => wrap(n, c)),
        fc
          .tuple(fc.constantFrom('div', 'section'), fc.array(tie('flow'), { maxLength: 3 }))
          .map(([n, c]) => wrap(n, c)),
        fc
          .tuple(fc.constantFrom('ul', 'ol'), fc.array(tie('item'), { maxLength: 3 }))
          .map(([n, c]) => wrap(n, c)),
      ),
    }));
    fc.assert(
      fc.property(fc.array(flow, { maxLength: 4 }), (parts) => {
        const html = parts.join('');
        expect(pageHtmlToText(html)).toEqual(htmlToText(html));
      }),
      { numRuns: 200 },
    );
  });

  it('cuts at maxChars and says so', () => {
    expect(pageHtmlToText(`<p>${'SQL '.repeat(100)}</p>`, 10)).toEqual({
      text: 'SQL SQL SQ',
      truncated: true,
    });
  });

  it('decodes every reference as the browser does, the rare and the malformed too', () => {
    expect(pageHtmlToText('&NotGreaterEqual; &frac34; &copy 2026 &notit; AT&T &#0; &#x1F600;').text).toBe(
      '≱ ¾ © 2026 ¬it; AT&T \uFFFD 😀',
    );
    // A reference that decodes to markup stays text.
    expect(pageHtmlToText('&lt;p&gt;Python&lt;/p&gt;').text).toBe('<p>Python</p>');
  });

  it('keeps references as written when the page refuses to parse HTML, and still reads the text', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString').mockImplementation(() => {
      throw new TypeError('This document requires TrustedHTML assignment.');
    });
    try {
      expect(pageHtmlToText('<p>R&amp;D</p><p>SQL</p>').text).toBe('R&amp;D\n\nSQL');
    } finally {
      parse.mockRestore();
    }
  });
});
