import type { SelectorEntry } from './selectors';

/**
 * Job cards of a site's result lists, as data (facts as for ./selectors.ts): where a card's
 * job id sits (`ids`, each naming the attribute that holds it), and which ancestor is the
 * card itself (`cards`, tried in order with closest()). Ids that do not look like the site's
 * own are ignored: the page writes these attributes, the background only ever reads ids.
 */
export interface IdEntry extends SelectorEntry {
  attr: string;
}
export interface CardSite {
  ids: readonly IdEntry[];
  cards: readonly SelectorEntry[];
  idPattern: RegExp;
}

export const CARD_SITES: Readonly<Record<string, CardSite>> = {
  linkedin: {
    ids: [
      {
        selector: '[data-occludable-job-id]',
        attr: 'data-occludable-job-id',
        since: '2026-08',
        note: 'search list item',
      },
      {
        selector: '[data-job-id]',
        attr: 'data-job-id',
        since: '2026-08',
        note: 'card container',
      },
    ],
    cards: [
      { selector: '[data-occludable-job-id]', since: '2026-08', note: 'list item' },
      { selector: '[data-job-id]', since: '2026-08', note: 'card outside a list' },
    ],
    idPattern: /^\d{6,20}$/,
  },
  indeed: {
    ids: [
      { selector: 'a.jcs-JobTitle[data-jk]', attr: 'data-jk', since: '2026-08', note: 'title link' },
      { selector: '[data-jk]', attr: 'data-jk', since: '2024-01', note: 'keyed element' },
    ],
    cards: [
      { selector: '.job_seen_beacon', since: '2026-08', note: 'card body' },
      { selector: 'li', since: '2024-01', note: 'list item' },
    ],
    idPattern: /^[0-9a-f]{16}$/,
  },
};

/** More cards than any result page shows: a page that pretends otherwise gets no more hosts. */
export const MAX_CARDS = 200;

export interface Card {
  id: string;
  element: Element;
}

/**
 * The job cards on the page, each card element once: those the first id selector finds, in
 * document order, then any more the next ones find. A card that appears
 * twice (LinkedIn's server-driven list renders each card twice) gives two cards with one id.
 * Emptied cards (occluded, off screen) are left until they fill again.
 */
export function findCards(doc: Document, site: string): Card[] {
  const data = CARD_SITES[site];
  if (!data) return [];
  const seen = new Set<Element>();
  const cards: Card[] = [];
  for (const { selector, attr } of data.ids) {
    for (const el of doc.querySelectorAll(selector)) {
      const id = el.getAttribute(attr)?.trim() ?? '';
      if (!data.idPattern.test(id)) continue;
      const element = cardOf(el, data) ?? el;
      if (seen.has(element) || element.childElementCount === 0) continue;
      seen.add(element);
      cards.push({ id, element });
      if (cards.length >= MAX_CARDS) return cards;
    }
  }
  return cards;
}

function cardOf(el: Element, data: CardSite): Element | null {
  for (const { selector } of data.cards) {
    const card = el.closest(selector);
    if (card) return card;
  }
  return null;
}
