import { describe, expect, it } from 'vitest';
import { htmlToText as read, scanHtml } from '../../lib/text/html-to-text';
import { MAX_INDENT } from '../../lib/text/layout';

const htmlToText = (html: string) => read(html).text;

describe('htmlToText', () => {
  it('puts blocks on their own lines and paragraphs apart', () => {
    expect(htmlToText('<div>About</div><p>We build <b>maps</b>.</p><h2>Requirements</h2><p>Python</p>')).toBe(
      'About\n\nWe build maps.\n\nRequirements\n\nPython',
    );
  });

  it('turns <br> into line breaks, also several in a row', () => {
    expect(htmlToText('one<br>two<br/><br />three')).toBe('one\ntwo\n\nthree');
  });

  it('turns list items into "• " lines, nested ones indented', () => {
    expect(htmlToText('<ul><li>Python</li><li>SQL<ul><li>Postgres</li></ul></li></ul><p>After</p>')).toBe(
      '• Python\n• SQL\n  • Postgres\n\nAfter',
    );
  });

  it('collapses whitespace outside <pre> and keeps it inside', () => {
    expect(htmlToText('<p>  a \n\t b  </p><pre>  x\n  y</pre>')).toBe('a b\n\n  x\n  y');
  });

  it('decodes named, decimal and hex entities; unknown ones stay', () => {
    expect(htmlToText('R&amp;D &lt;b&gt; caf&eacute; &#8211; &#x2022; &nbsp;x &bogus; AT&T')).toBe(
      'R&D <b> café – • x &bogus; AT&T',
    );
  });

  it('knows the whole HTML entity table and maps invalid code points to U+FFFD, as browsers do', () => {
    expect(htmlToText('&NotGreaterEqual; &frac34; &Kopf; &#0;&#xD800;&#x110000;')).toBe(
      '≱ ¾ 𝕂 \uFFFD\uFFFD\uFFFD',
    );
  });

  it('drops soft hyphens and zero-width spaces inside words', () => {
    expect(htmlToText('Py&shy;Torch and Ten\u200bsor\u00adFlow')).toBe('PyTorch and TensorFlow');
  });

  it('drops script, style, template, noscript and svg content', () => {
    const html =
      '<p>keep</p><script>var python = 1;</script><style>.sql{}</style><template><p>Kafka</p></template><noscript>Enable JS</noscript><svg><title>icon</title><text>Go</text></svg><p>end</p>';
    expect(htmlToText(html)).toBe('keep\n\nend');
  });

  it('keeps table cells apart on one row', () => {
    expect(
      htmlToText('<table><tr><td>Skill</td><td>Python</td></tr><tr><td>Years</td><td>5</td></tr></table>'),
    ).toBe('Skill Python\nYears 5');
  });

  it('survives malformed markup', () => {
    expect(htmlToText('a < b and 3<4 <p>unclosed <b>bold')).toBe('a < b and 3<4\n\nunclosed bold');
    expect(htmlToText('<div class="x>y">inside</div>')).toBe('inside');
    expect(htmlToText('text <!-- never closed')).toBe('text');
    expect(htmlToText('text <a href="never closed')).toBe('text');
    expect(htmlToText('</p></div>stray end tags')).toBe('stray end tags');
    expect(htmlToText('<script>unterminated')).toBe('');
    expect(htmlToText('')).toBe('');
  });

  it('is case-insensitive about tag names', () => {
    expect(htmlToText('<P>One</P><SCRIPT>x</SCRIPT ><BR>Two')).toBe('One\n\nTwo');
  });

  it('indents nested lists, but no deeper than MAX_INDENT levels', () => {
    const deep = '<ul><li>x'.repeat(MAX_INDENT + 5);
    const lines = htmlToText(deep).split('\n');
    expect(lines[1]).toBe('  • x');
    expect(lines.at(-1)).toBe(`${'  '.repeat(MAX_INDENT)}• x`);
    expect(lines.at(-2)).toBe(`${'  '.repeat(MAX_INDENT)}• x`);
  });

  it('cuts at maxChars and says so', () => {
    const html = `<p>${'Python and SQL. '.repeat(100)}</p>`;
    const cut = read(html, 50);
    expect(cut).toEqual({ text: 'Python and SQL. '.repeat(4).slice(0, 50), truncated: true });
    expect(read(html).truncated).toBe(false);
    expect(read('<p>a\uD83D\uDE00</p>', 2).text).toBe('a');
  });
});

describe('scanHtml', () => {
  it('collects the title, the first h1 and every JSON-LD block', () => {
    const page = scanHtml(
      '<html><head><title> ML Engineer &amp; More | Acme </title><script type="application/ld+json">{"a":1}</script>' +
        "<script type='application/ld+json' id=x>[2]</script><script>ignored()</script></head>" +
        '<body><h1>Senior <em>ML</em> Engineer</h1><h1>Second</h1></body></html>',
    );
    expect(page.title).toBe('ML Engineer & More | Acme');
    expect(page.h1).toBe('Senior ML Engineer');
    expect(page.jsonLd).toEqual(['{"a":1}', '[2]']);
    expect(page.text).toBe('Senior ML Engineer\n\nSecond');
  });

  it('ignores a <title> inside svg and JSON-LD inside a template', () => {
    const page = scanHtml(
      '<svg><title>icon</title></svg><template><script type="application/ld+json">{}</script></template>',
    );
    expect(page.title).toBeNull();
    expect(page.jsonLd).toEqual([]);
    expect(page.h1).toBeNull();
  });
});
