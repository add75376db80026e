import { describe, expect, it } from 'vitest';
import { fromHtml, fromPlainText, looksLikeHtml, postingSource } from '../../lib/cli/posting-source';

describe('fromPlainText', () => {
  it('reads Title/Company/Location header lines but keeps the whole text for analysis', () => {
    const text = 'Title: ML Engineer\ncompany : Acme\nLocation: Berlin\n\nWe use Python.';
    expect(fromPlainText(text)).toEqual({
      text,
      title: 'ML Engineer',
      company: 'Acme',
      location: 'Berlin',
      origin: 'text',
      truncated: false,
    });
  });

  it('stops at the first other line and ignores headers further down', () => {
    const source = fromPlainText('\nTitle: Data Engineer\r\nAbout us\nCompany: not metadata');
    expect(source.title).toBe('Data Engineer');
    expect(source.company).toBeNull();
  });

  it('has no metadata for a posting without headers', () => {
    expect(fromPlainText('Machine Learning Engineer\nPython')).toMatchObject({
      title: null,
      company: null,
      location: null,
    });
  });
});

describe('fromHtml', () => {
  const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;

  it('prefers the JSON-LD JobPosting: its description is the text, its title the title', () => {
    const html = `<html><head><title>Jobs | Acme</title>${ld({
      '@type': 'JobPosting',
      title: 'MLOps Engineer',
      description: '<p>Kubernetes and MLflow</p>',
      hiringOrganization: { name: 'Acme' },
      jobLocation: { address: { addressLocality: 'Leeds', addressCountry: 'GB' } },
    })}</head><body><h1>Something else</h1><nav>Menu</nav></body></html>`;
    expect(fromHtml(html)).toEqual({
      text: 'Kubernetes and MLflow',
      title: 'MLOps Engineer',
      company: 'Acme',
      location: 'Leeds, GB',
      origin: 'json-ld',
      truncated: false,
    });
  });

  it('falls back to the visible text, titled by <h1> then <title>', () => {
    const withH1 = fromHtml('<title>Tab title</title><h1>Data Scientist</h1><p>SQL and Python</p>');
    expect(withH1).toMatchObject({
      text: 'Data Scientist\n\nSQL and Python',
      title: 'Data Scientist',
      origin: 'html',
    });
    expect(fromHtml('<title>Tab title</title><p>SQL</p>').title).toBe('Tab title');
  });

  it('ignores a "similar jobs" ItemList and a JobPosting without description', () => {
    const list = ld({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', item: { '@type': 'JobPosting', title: 'Other', description: 'x' } },
      ],
    });
    expect(fromHtml(`${list}<h1>Real job</h1>`)).toMatchObject({ title: 'Real job', origin: 'html' });
    expect(fromHtml(`${ld({ '@type': 'JobPosting', title: 'T' })}<p>Body</p>`)).toMatchObject({
      text: 'Body',
      origin: 'html',
    });
  });
});

describe('looksLikeHtml / postingSource', () => {
  it('goes by extension, then by a doctype or <html> at the start', () => {
    expect(looksLikeHtml('a.html', 'plain')).toBe(true);
    expect(looksLikeHtml('a.HTM', 'plain')).toBe(true);
    expect(looksLikeHtml('saved', '  <!DOCTYPE html><p>x')).toBe(true);
    expect(looksLikeHtml('saved.txt', '<html lang="en">')).toBe(true);
    expect(looksLikeHtml('a.txt', 'Use <b> tags? No: 5 < 6')).toBe(false);
    expect(postingSource('a.txt', 'Title: X\nbody').origin).toBe('text');
  });
});
