import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fixture } from '../support/site-pages';
import type { Harness } from './browser';
import { type PageSnapshot, pageSnapshot, recordLayoutShifts, snapshotDiff } from './page-snapshot';
import { settled } from './paint';
import { launchPerFile } from './per-file';

/**
 * Seen markers on result lists, in Chromium with the production build at the real host
 * names: the page reads exactly the same under two different histories (every card has the
 * same host, seen or not), while the accessibility tree (which reaches into closed shadow
 * roots, as screen readers do) and the pixels show the markers of the history in use.
 */

const DAY = 86_400_000;
const LISTS = {
  linkedin: {
    url: 'https://www.linkedin.com/jobs/search/?keywords=machine%20learning&location=Berlin',
    fixture: 'linkedin-list',
    ids: ['4012345678', '4023456789', '4067890123', '4101234567'],
    card: (id: string) => `li[data-occludable-job-id="${id}"]`,
  },
  indeed: {
    url: 'https://www.indeed.com/jobs?q=machine+learning&l=Berlin',
    fixture: 'indeed-list',
    ids: ['0123456789abcdef', '2b3c4d5e6f7a8b9c', '5e6f7a8b9c0d1e2f', '0d1e2f3a4b5c6d7e'],
    card: (id: string) => `li:has(a[data-jk="${id}"])`,
  },
} as const;
type Site = keyof typeof LISTS;

interface Seen {
  id: string;
  score: number | null;
  daysAgo: number;
}

/** History rows as lib/history/record.ts writes them (only what the markers read matters). */
function rows(site: Site, seen: Seen[]) {
  const now = Date.now();
  return seen.map((s) => ({
    key: `${site}:${s.id}`,
    site,
    jobId: s.id,
    url: `https://www.${site}.com/posting/${s.id}`,
    title: `Posting ${s.id}`,
    company: null,
    location: null,
    firstSeen: now - s.daysAgo * DAY - 3_600_000,
    lastSeen: now - s.daysAgo * DAY - 3_600_000,
    role: 'ml-engineer',
    skills: '',
    requirements: { years: null, degree: null },
    fit: s.score === null ? null : { score: s.score, band: 'partial' },
  }));
}

/**
 * Replaces the history table (and its pause setting) from an extension page, then tells the
 * background, as the options page does after a change.
 */
async function setHistory(h: Harness, site: Site, seen: Seen[], paused = false): Promise<void> {
  const page = await h.openExtensionPage('popup.html?tabId=999999');
  await page.evaluate(
    async ({ rows, paused }) => {
      await chrome.runtime.sendMessage({ type: 'get-tab', tabId: 999999 }); // opens (creates) the database
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('ml-fit');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['history', 'settings'], 'readwrite');
        const history = tx.objectStore('history');
        history.clear();
        for (const row of rows) history.put(row);
        tx.objectStore('settings').put({
          key: 'history',
          value: { paused, keepDays: 180, lastPrune: Date.now() },
        });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      await chrome.runtime.sendMessage({ type: 'history-changed' });
    },
    { rows: rows(site, seen), paused },
  );
  await page.close();
}

/** The text of every note in the page's accessibility tree (closed shadow roots included). */
async function notes(h: Harness, page: Page): Promise<string[]> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        nodeId: string;
        role?: { value?: string };
        name?: { value?: string };
        childIds?: string[];
        ignored?: boolean;
        ignoredReasons?: { name: string }[];
      }[];
    };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const text = (id: string): string => {
      const n = byId.get(id);
      // Wrappers are ignored as uninteresting but keep their text; aria-hidden text is not read.
      if (!n || n.ignoredReasons?.some((r) => r.name.startsWith('ariaHidden'))) return '';
      if (n.role?.value === 'StaticText') return n.name?.value ?? '';
      return (n.childIds ?? []).map(text).join('');
    };
    return nodes.filter((n) => n.role?.value === 'note' && !n.ignored).map((n) => text(n.nodeId));
  } finally {
    await cdp.detach();
  }
}

async function openList(h: Harness, site: Site): Promise<Page> {
  const list = LISTS[site];
  h.server.page(list.url, fixture(list.fixture));
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await recordLayoutShifts(page);
  await page.goto(list.url);
  await page.mouse.move(2, 2);
  await expect.poll(() => page.locator('ml-fit-seen').count()).toBe(12);
  return page;
}

/** Four ids of the list: three seen at different fits and dates, or another three. */
const HISTORY_A = (ids: readonly string[]): Seen[] => [
  { id: ids[0] as string, score: 72, daysAgo: 3 },
  { id: ids[1] as string, score: 35, daysAgo: 0 },
  { id: ids[2] as string, score: null, daysAgo: 20 },
];
const HISTORY_B = (ids: readonly string[]): Seen[] => [{ id: ids[3] as string, score: 91, daysAgo: 1 }];

describe.each(['linkedin', 'indeed'] as const)('%s result list', (site) => {
  let h: Harness;
  launchPerFile((harness) => {
    h = harness;
  });
  const list = LISTS[site];

  test('two histories: the page reads the same; the accessibility tree and the pixels differ', async () => {
    const runs: { snapshot: PageSnapshot; notes: string[]; card: Buffer }[] = [];
    for (const seen of [HISTORY_A(list.ids), HISTORY_B(list.ids), []]) {
      await setHistory(h, site, seen);
      const page = await openList(h, site);
      await expect.poll(() => notes(h, page).then((n) => n.length)).toBe(seen.length);
      await settled(page);
      const snapshot = await pageSnapshot(page);
      runs.push({
        snapshot,
        notes: await notes(h, page),
        card: await page.locator(list.card(list.ids[0])).screenshot(),
      });
      if (seen.length === 3) await h.screenshot(page, `seen-markers-${site}`);
      await page.close();
    }
    const [a, b, none] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
    expect(a.notes).toEqual(['Seen 3 days ago, fit 72', 'Seen today, fit 35', 'Seen 2 weeks ago, no fit']);
    expect(b.notes).toEqual(['Seen yesterday, fit 91']);
    expect(none.notes).toEqual([]);
    // What is compared holds the hosts (so the comparison is not vacuous)...
    expect(a.snapshot.dom?.match(/<ml-fit-seen /g)).toHaveLength(12);
    // ...out of the flow: adding them moved nothing (no layout shift)...
    expect(a.snapshot.shifts).toBe('');
    // ...and the page can tell nothing of either history, nor of having none.
    expect(snapshotDiff(a.snapshot, b.snapshot).join('\n')).toBe('');
    expect(snapshotDiff(a.snapshot, none.snapshot).join('\n')).toBe('');
    // The first card shows its marker under history A only.
    expect(a.card.equals(b.card)).toBe(false);
    expect(b.card.equals(none.card)).toBe(true);
  }, 120_000);

  test('markers follow the history (deleted, paused) and the list (replaced by the site)', async () => {
    await setHistory(h, site, HISTORY_A(list.ids));
    const page = await openList(h, site);
    await expect.poll(() => notes(h, page)).toHaveLength(3);
    // The options page deletes a posting: its marker goes.
    await setHistory(h, site, HISTORY_A(list.ids).slice(1));
    await expect.poll(() => notes(h, page)).toEqual(['Seen today, fit 35', 'Seen 2 weeks ago, no fit']);
    // History paused: every marker goes, every host stays.
    await setHistory(h, site, HISTORY_A(list.ids), true);
    await expect.poll(() => notes(h, page)).toEqual([]);
    expect(await page.locator('ml-fit-seen').count()).toBe(12);
    await setHistory(h, site, HISTORY_B(list.ids));
    await expect.poll(() => notes(h, page)).toEqual(['Seen yesterday, fit 91']);
    // The site swaps the list (a new search, without a page load): the new cards get hosts,
    // and the one of them in the history its marker.
    await page.evaluate(
      ({ keep }) => {
        const cards = [...document.querySelectorAll('ml-fit-seen')].map(
          (host) => host.parentElement as Element,
        );
        const item = (c: Element) => c.closest('li') as Element;
        const list = item(cards[0] as Element).parentElement as Element;
        const kept = cards.filter((c) => c.outerHTML.includes(keep)).map(item);
        const fresh = kept.map((li) => li.cloneNode(true) as Element);
        for (const li of fresh) for (const host of li.querySelectorAll('ml-fit-seen')) host.remove();
        list.replaceChildren(...fresh);
      },
      { keep: list.ids[3] },
    );
    await expect.poll(() => page.locator('ml-fit-seen').count()).toBe(1);
    await expect.poll(() => notes(h, page)).toEqual(['Seen yesterday, fit 91']);
    await page.close();
  }, 120_000);
});
