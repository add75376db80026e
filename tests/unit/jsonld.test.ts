import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../lib/messages/limits';
import { type FindOptions, findJobPosting } from '../../lib/sites/jsonld';
import { htmlToText } from '../../lib/text/html-to-text';

const find = (blocks: readonly string[], options?: FindOptions) =>
  findJobPosting(blocks, htmlToText, options);

const posting = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'ML Engineer',
  description: '<p>Build models.</p><ul><li>Python</li><li>PyTorch</li></ul>',
  ...extra,
});
const block = (v: unknown) => JSON.stringify(v);

describe('findJobPosting', () => {
  it('reads a plain JobPosting and turns its HTML description into text', () => {
    const found = find([block(posting())]);
    expect(found?.title).toBe('ML Engineer');
    expect(found?.description).toBe('Build models.\n\n• Python\n• PyTorch');
  });

  it('finds the posting inside a top-level array and inside @graph', () => {
    expect(find([block([{ '@type': 'Organization', name: 'Acme' }, posting()])])?.title).toBe('ML Engineer');
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, posting({ title: 'In graph' })],
    };
    expect(find([block(graph)])?.title).toBe('In graph');
  });

  it('accepts @type as an array or a full IRI', () => {
    expect(find([block(posting({ '@type': ['Thing', 'JobPosting'], title: 'A' }))])?.title).toBe('A');
    expect(find([block(posting({ '@type': 'http://schema.org/JobPosting', title: 'B' }))])?.title).toBe('B');
  });

  it('skips malformed blocks quietly and uses a later good one', () => {
    expect(find(['{ not json', '', 'null', '42', block(posting({ title: 'Good' }))])?.title).toBe('Good');
  });

  it('returns null when no block holds a JobPosting', () => {
    expect(find([block({ '@type': 'Organization', name: 'Acme' }), '{oops'])).toBeNull();
    expect(find([])).toBeNull();
  });

  it('ignores postings wrapped in an ItemList only when asked', () => {
    const list = {
      '@type': 'ItemList',
      itemListElement: [{ '@type': 'ListItem', position: 1, item: posting({ title: 'Other job' }) }],
    };
    expect(find([block(list)])?.title).toBe('Other job');
    expect(find([block(list)], { ignoreLists: true })).toBeNull();
    expect(find([block(list), block(posting({ title: 'Selected' }))], { ignoreLists: true })?.title).toBe(
      'Selected',
    );
  });

  it('reads hiringOrganization as an object or a string', () => {
    expect(
      find([block(posting({ hiringOrganization: { '@type': 'Organization', name: 'Acme' } }))])
        ?.hiringOrganization,
    ).toBe('Acme');
    expect(find([block(posting({ hiringOrganization: 'Globex' }))])?.hiringOrganization).toBe('Globex');
    expect(find([block(posting())])?.hiringOrganization).toBeNull();
  });

  it('joins address parts of each location, and reads a bare address string', () => {
    const found = find([
      block(
        posting({
          jobLocation: [
            {
              '@type': 'Place',
              address: {
                '@type': 'PostalAddress',
                addressLocality: 'Berlin',
                addressRegion: 'BE',
                addressCountry: { '@type': 'Country', name: 'DE' },
              },
            },
            { '@type': 'Place', address: 'Remote, EU' },
          ],
        }),
      ),
    ]);
    expect(found?.jobLocation).toEqual(['Berlin, BE, DE', 'Remote, EU']);
  });

  it('normalises employmentType, datePosted and identifier', () => {
    const found = find([
      block(
        posting({
          employmentType: ['FULL_TIME', 'CONTRACTOR'],
          datePosted: '2026-11-02',
          identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'JR-1234' },
        }),
      ),
    ]);
    expect(found?.employmentType).toEqual(['FULL_TIME', 'CONTRACTOR']);
    expect(found?.datePosted).toBe('2026-11-02');
    expect(found?.identifier).toBe('JR-1234');
    const single = find([block(posting({ employmentType: 'PART_TIME', identifier: 991 }))]);
    expect(single?.employmentType).toEqual(['PART_TIME']);
    expect(single?.identifier).toBe('991');
  });

  it('decodes entity-escaped HTML descriptions and entities in the title', () => {
    const found = find([
      block(
        posting({
          title: 'R&amp;D ML Engineer',
          description: '&lt;p&gt;Python &amp;amp; SQL&lt;/p&gt;&lt;p&gt;Docker&lt;/p&gt;',
        }),
      ),
    ]);
    expect(found?.title).toBe('R&D ML Engineer');
    expect(found?.description).toBe('Python & SQL\n\nDocker');
  });

  it('keeps literal angle brackets in a plain-text description', () => {
    expect(find([block(posting({ description: 'Latency < 50 ms & p99 > 10' }))])?.description).toBe(
      'Latency < 50 ms & p99 > 10',
    );
  });

  it('unwraps blocks wrapped in an HTML comment or CDATA', () => {
    expect(find([`<!--${block(posting({ title: 'Wrapped' }))}-->`])?.title).toBe('Wrapped');
    expect(find([`//<![CDATA[\n${block(posting({ title: 'CDATA' }))}\n//]]>`])?.title).toBe('CDATA');
  });

  it('finds a posting as mainEntity of a page and bounds deep nesting', () => {
    expect(find([block({ '@type': 'WebPage', mainEntity: posting({ title: 'Main' }) })])?.title).toBe('Main');
    let deep: unknown = posting({ title: 'Too deep' });
    for (let i = 0; i < 100; i++) deep = { child: deep };
    expect(find([block(deep)])).toBeNull();
  });

  it('cuts a description longer than the page text limit and says so', () => {
    const item = '<li>Python and PyTorch for production models</li>';
    const long = `<ul>${item.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / 40))}</ul>`;
    const found = find([block(posting({ description: long }))]);
    expect(found?.truncated).toBe(true);
    expect(found?.description.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(found?.description.startsWith('• Python and PyTorch')).toBe(true);
    const short = find([block(posting())]);
    expect(short?.truncated).toBe(false);
  });

  it('cuts an entity-escaped description after decoding it, not before', () => {
    const escaped = '&lt;p&gt;SQL&lt;/p&gt;'.repeat(MAX_TEXT_CHARS / 2);
    const found = find([block(posting({ description: escaped }))]);
    expect(found?.truncated).toBe(true);
    expect(found?.description.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(found?.description.startsWith('SQL\n\nSQL')).toBe(true);
  });

  it('reads a title, company or place as one line of at most 1,000 characters', () => {
    const found = find([block(posting({ title: `ML ${'x'.repeat(5000)}` }))]);
    expect(found?.title?.length).toBeLessThanOrEqual(1000);
  });
});
