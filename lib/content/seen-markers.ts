import { parseToContent } from '../messages/guards';
import type { ContentToBackground, Received, Send } from '../messages/protocol';
import { MAX_SEEN_IDS, type SeenEntry } from '../messages/seen';
import { type Card, findCards } from '../sites/cards';
import { isOwnUi } from '../sites/skip';
import { guard, guardAsync } from './failsafe';
import { createMarkerHost, MARKER_TAG, type MarkerHost } from './seen-host';
import { seenWords } from './seen-wording';
import { watchPage } from './watch';

/**
 * Seen markers on a site's result list: every job card gets one fixed-size host (seen or
 * not, the same host in the same place), and the history's answer is drawn inside its closed
 * shadow root. The background is asked only about ids on the page, and answers only for those
 * it holds; answers are kept per id, so a scroll asks only about the new cards. The history
 * changing (a message from the background) or the tab coming back into view asks afresh.
 */
export interface SeenMarkerDeps {
  doc: Document;
  site: string;
  /** To the background; rejects unless the reply passes its guard. */
  send: Send<ContentToBackground>;
  signal: AbortSignal;
  /** Builds a card's host (tests pass one they can read). */
  mount?: (doc: Document) => MarkerHost;
  now?: () => number;
  quietMs?: number;
}

export interface SeenMarkers {
  /** Scan now (tests); resolves when the answer is drawn. */
  scan(): Promise<void>;
  /** Runtime messages: answers history-changed, ignores the rest (undefined). */
  onMessage(raw: unknown): Promise<Received> | undefined;
}

const POSITIONED = new Set(['relative', 'absolute', 'fixed', 'sticky']);
const isPositioned = (el: Element) => POSITIONED.has(getComputedStyle(el).position);

/**
 * The card itself if positioned, else the first positioned box one or two levels inside
 * (LinkedIn's item holds a wrapper, then the `relative` card container).
 */
function positionedBox(card: Element): Element | null {
  if (isPositioned(card)) return card;
  for (const inner of card.querySelectorAll(':scope > *, :scope > * > *'))
    if (!isOwnUi(inner) && isPositioned(inner)) return inner;
  return null;
}

export function startSeenMarkers(deps: SeenMarkerDeps): SeenMarkers {
  const { doc, site, signal } = deps;
  const mount = deps.mount ?? createMarkerHost;
  const now = deps.now ?? Date.now;
  const hosts = new WeakMap<Element, MarkerHost>();
  /** id → the history's entry, or null when the history does not hold it. */
  let known = new Map<string, SeenEntry | null>();

  const draw = (card: Card) => {
    const entry = known.get(card.id);
    hosts.get(card.element)?.show(entry ? seenWords(entry.score, entry.lastSeen, now()) : null);
  };

  /**
   * Every card has its host, as the last child of the card's positioned box (re-added after
   * the site re-renders the card). Mutations of our own hosts do not wake the watchers
   * (lib/content/watch.ts).
   */
  const place = (cards: Card[]) => {
    for (const card of cards) {
      let host = hosts.get(card.element);
      if (!host) {
        host = mount(doc);
        hosts.set(card.element, host);
      }
      if (!card.element.contains(host.element)) {
        const box = positionedBox(card.element);
        host.anchor(box !== null);
        (box ?? card.element).append(host.element);
      }
      draw(card);
    }
  };

  const ask = async (ids: string[]): Promise<void> => {
    const reply = await guardAsync('seen markers', () => deps.send({ type: 'seen', site, ids }), null);
    if (signal.aborted || !reply) return;
    for (const id of ids) known.set(id, null);
    for (const entry of reply.seen) if (ids.includes(entry.id)) known.set(entry.id, entry);
  };

  let running: Promise<void> = Promise.resolve();
  const scan = (fresh = false): Promise<void> => {
    running = running.then(async () => {
      if (signal.aborted) return;
      if (fresh) known = new Map();
      const cards = guard('seen markers', () => findCards(doc, site), []);
      place(cards);
      const unknown = [...new Set(cards.map((c) => c.id))].filter((id) => !known.has(id));
      if (unknown.length === 0) return;
      await ask(unknown.slice(0, MAX_SEEN_IDS));
      if (!signal.aborted) for (const card of findCards(doc, site)) draw(card);
    });
    return running;
  };

  const watch = watchPage(doc, signal, () => void scan(), { quietMs: deps.quietMs ?? 250 });
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'visible') void scan(true);
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    for (const host of doc.querySelectorAll(MARKER_TAG)) host.remove();
  });
  watch.poke();

  return {
    scan: () => scan(),
    onMessage(raw) {
      if (parseToContent(raw)?.type !== 'history-changed') return undefined;
      return scan(true).then(() => ({ ok: true }));
    },
  };
}
