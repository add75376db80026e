// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { CARD_SITES, findCards, MAX_CARDS } from './cards';

function load(name: string): Document {
  const html = readFileSync(`tests/fixtures/sites/${name}.html`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('findCards on saved list pages', () => {
  test('LinkedIn: every filled card once (item and inner container share an id), in list order', () => {
    const doc = load('linkedin-list');
    const cards = findCards(doc, 'linkedin');
    expect(cards).toHaveLength(12);
    expect(cards.map((c) => c.element.localName)).toEqual(Array(12).fill('li'));
    expect(cards[0]?.id).toBe('4012345678');
    expect(cards[11]?.id).toBe('4101234567');
    // The occluded (emptied) items at the end get nothing until they fill again.
    expect(doc.querySelectorAll('li[data-occludable-job-id]')).toHaveLength(15);
  });

  test('Indeed: the card body of every result, not the ad slot', () => {
    const doc = load('indeed-list');
    const cards = findCards(doc, 'indeed');
    expect(cards).toHaveLength(12);
    for (const c of cards) {
      expect(c.element.className).toBe('job_seen_beacon');
      expect(c.element.querySelector(`a[data-jk="${c.id}"]`)).not.toBeNull();
    }
  });

  test('a card rendered twice gives two cards with one id', () => {
    const doc = load('linkedin-list');
    const first = doc.querySelector('li[data-occludable-job-id]');
    first?.after(first.cloneNode(true));
    const ids = findCards(doc, 'linkedin').map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(['4012345678', '4012345678']);
  });

  test('ids that are not the site’s own are ignored; other sites have no cards', () => {
    const doc = new DOMParser().parseFromString(
      '<ul><li data-occludable-job-id="4012345678"><a>ok</a></li><li data-occludable-job-id="x&quot;><b>"><a>bad</a></li>' +
        '<li><div class="job_seen_beacon"><a data-jk="NOTHEX0123456789">bad</a></div></li></ul>',
      'text/html',
    );
    expect(findCards(doc, 'linkedin').map((c) => c.id)).toEqual(['4012345678']);
    expect(findCards(doc, 'indeed')).toEqual([]);
    expect(findCards(doc, 'greenhouse')).toEqual([]);
  });

  test('at most MAX_CARDS hosts, however many cards the page claims', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (let i = 0; i < MAX_CARDS + 50; i++) {
      const li = doc.createElement('li');
      li.setAttribute('data-occludable-job-id', String(4_000_000_000 + i));
      li.append(doc.createElement('div'));
      doc.body.append(li);
    }
    expect(findCards(doc, 'linkedin')).toHaveLength(MAX_CARDS);
  });
});

const Entry = z.strictObject({
  selector: z.string().check(z.minLength(1)),
  since: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  note: z.string().check(z.minLength(3)),
  attr: z.optional(z.string().check(z.regex(/^data-[a-z-]+$/))),
});

describe.each(Object.entries(CARD_SITES))('%s card data', (_site, data) => {
  test('every entry dated, explained, valid CSS, newest first', () => {
    for (const list of [data.ids, data.cards]) {
      for (const e of list) {
        expect(Entry.safeParse(e).success, e.selector).toBe(true);
        expect(() => document.querySelector(e.selector)).not.toThrow();
      }
      const dates = list.map((e) => e.since);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });
  test('each id selector reads the attribute it names', () => {
    for (const e of data.ids) expect(e.selector).toContain(`[${e.attr}]`);
  });
});
