// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkedSend } from '../messages/guards';
import type { ContentToBackground } from '../messages/protocol';
import type { SeenEntry } from '../messages/seen';

type SeenQuestion = ContentToBackground['seen']['request'];

import { createMarkerHost, type MarkerHost } from './seen-host';
import { startSeenMarkers } from './seen-markers';
import type { SeenWords } from './seen-wording';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const DAY = 86_400_000;

function loadList(name: string): void {
  const html = readFileSync(`tests/fixtures/sites/${name}.html`, 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

/** Hosts that record what they were told to show (the real ones hide it in a closed root). */
function recordingMount() {
  const shown = new Map<HTMLElement, SeenWords | null>();
  const mount = (doc: Document): MarkerHost => {
    const element = doc.createElement('ml-fit-seen');
    shown.set(element, null);
    return { element, anchor: () => {}, show: (w) => shown.set(element, w) };
  };
  const byId = () => {
    const out: Record<string, string> = {};
    for (const [el, w] of shown) {
      const id = el.closest('[data-occludable-job-id]')?.getAttribute('data-occludable-job-id');
      if (id && el.isConnected && w) out[id] = w.short;
    }
    return out;
  };
  return { mount, shown, byId };
}

function history(entries: SeenEntry[]) {
  let held = entries;
  const send = vi.fn(async (q: SeenQuestion) => ({ seen: held.filter((e) => q.ids.includes(e.id)) }));
  return { send, set: (next: SeenEntry[]) => (held = next) };
}

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  abort = new AbortController();
  document.body.replaceChildren();
});

function start(send: (q: SeenQuestion) => Promise<unknown>, mount = recordingMount().mount) {
  return startSeenMarkers({
    doc: document,
    site: 'linkedin',
    send: checkedSend((q) => send(q as SeenQuestion)),
    signal: abort.signal,
    mount,
    now: () => NOW,
  });
}

describe('seen markers', () => {
  test('every filled card gets one host, last in its box; only seen ones show something', async () => {
    loadList('linkedin-list');
    const rec = recordingMount();
    const h = history([
      { id: '4012345678', score: 72, lastSeen: NOW - 3 * DAY },
      { id: '4034567890', score: null, lastSeen: NOW - DAY },
      { id: '9999999999', score: 10, lastSeen: NOW },
    ]);
    const markers = start(h.send, rec.mount);
    await markers.scan();
    const hosts = [...document.querySelectorAll('ml-fit-seen')];
    expect(hosts).toHaveLength(12);
    for (const host of hosts) expect(host.parentElement?.lastElementChild).toBe(host);
    expect(rec.byId()).toEqual({ '4012345678': '72 · seen 3 d ago', '4034567890': 'seen 1 d ago' });
    // Asked once, about the ids on the page and nothing else.
    expect(h.send).toHaveBeenCalledTimes(1);
    expect(h.send.mock.calls[0]?.[0].ids).toHaveLength(12);
    expect(h.send.mock.calls[0]?.[0].ids).not.toContain('9999999999');
  });

  test('the host goes into the card’s positioned box, at its corner; without one, under the content', async () => {
    loadList('linkedin-list');
    const [first, second] = document.querySelectorAll('.job-card-container');
    (first as HTMLElement).style.position = 'relative';
    const anchored: boolean[] = [];
    const mount = (doc: Document): MarkerHost => {
      const element = doc.createElement('ml-fit-seen');
      return { element, anchor: (p) => anchored.push(p), show: () => {} };
    };
    await start(history([]).send, mount).scan();
    expect(first?.lastElementChild?.localName).toBe('ml-fit-seen');
    expect(second?.closest('li')?.lastElementChild?.localName).toBe('ml-fit-seen');
    expect(anchored.slice(0, 2)).toEqual([true, false]);
  });

  test('cards added by scrolling are asked about alone; a re-rendered card gets its host back', async () => {
    loadList('linkedin-list');
    const rec = recordingMount();
    const h = history([{ id: '4112345678', score: 40, lastSeen: NOW }]);
    const markers = start(h.send, rec.mount);
    await markers.scan();
    const occluded = document.querySelector('[data-occludable-job-id="4112345678"]');
    occluded?.append(document.createElement('div'));
    const first = document.querySelector('[data-occludable-job-id="4012345678"]');
    first?.replaceChildren(document.createElement('div'));
    await markers.scan();
    expect(h.send).toHaveBeenCalledTimes(2);
    expect(h.send.mock.calls[1]?.[0].ids).toEqual(['4112345678']);
    expect(first?.lastElementChild?.localName).toBe('ml-fit-seen');
    expect(rec.byId()).toEqual({ '4112345678': '40 · seen today' });
  });

  test('the mutation watcher picks up a new list by itself', async () => {
    loadList('linkedin-list');
    const rec = recordingMount();
    const h = history([{ id: '4200000001', score: 90, lastSeen: NOW - 20 * DAY }]);
    startSeenMarkers({
      doc: document,
      site: 'linkedin',
      send: checkedSend((q) => h.send(q as SeenQuestion)),
      signal: abort.signal,
      mount: rec.mount,
      now: () => NOW,
      quietMs: 10,
    });
    await vi.waitFor(() => expect(document.querySelectorAll('ml-fit-seen')).toHaveLength(12));
    const list = document.querySelector('.scaffold-layout__list-container');
    const li = document.createElement('li');
    li.setAttribute('data-occludable-job-id', '4200000001');
    li.append(document.createElement('div'));
    list?.replaceChildren(li);
    await vi.waitFor(() => expect(rec.byId()).toEqual({ '4200000001': '90 · seen 2 wk ago' }));
  });

  test('history-changed asks afresh: a deleted posting or a paused history loses its marker', async () => {
    loadList('linkedin-list');
    const rec = recordingMount();
    const h = history([
      { id: '4012345678', score: 72, lastSeen: NOW },
      { id: '4087654321', score: 30, lastSeen: NOW },
    ]);
    const markers = start(h.send, rec.mount);
    await markers.scan();
    expect(Object.keys(rec.byId())).toHaveLength(2);
    h.set([{ id: '4087654321', score: 30, lastSeen: NOW }]);
    expect(await markers.onMessage({ type: 'history-changed' })).toEqual({ ok: true });
    expect(rec.byId()).toEqual({ '4087654321': '30 · seen today' });
    h.set([]);
    await markers.onMessage({ type: 'history-changed' });
    expect(rec.byId()).toEqual({});
    expect(markers.onMessage({ type: 'fit-updated' })).toBeUndefined();
  });

  test('a failed or malformed answer shows nothing and breaks nothing', async () => {
    loadList('linkedin-list');
    const rec = recordingMount();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const markers = start(
      async () => ({ seen: [{ id: '4012345678', score: 'high', lastSeen: NOW }] }),
      rec.mount,
    );
    await markers.scan();
    expect(document.querySelectorAll('ml-fit-seen')).toHaveLength(12);
    expect(rec.byId()).toEqual({});
    const failing = start(async () => {
      throw new Error('no background');
    }, rec.mount);
    await expect(failing.scan()).resolves.toBeUndefined();
  });

  test('ending the content script removes every host', async () => {
    loadList('linkedin-list');
    const markers = start(history([]).send);
    await markers.scan();
    abort.abort();
    expect(document.querySelectorAll('ml-fit-seen')).toHaveLength(0);
  });
});

describe('the real host', () => {
  test('its attributes and styles are the same before and after it shows a marker', () => {
    const host = createMarkerHost(document);
    document.body.append(host.element);
    const before = [
      host.element.getAttribute('style'),
      host.element.attributes.length,
      host.element.childNodes.length,
    ];
    host.show({ short: '72 · seen 3 d ago', spoken: 'Seen 3 days ago, fit 72' });
    expect([
      host.element.getAttribute('style'),
      host.element.attributes.length,
      host.element.childNodes.length,
    ]).toEqual(before);
    expect(host.element.shadowRoot).toBeNull();
    expect(before[0]).toContain('width: 168px !important');
  });
});
