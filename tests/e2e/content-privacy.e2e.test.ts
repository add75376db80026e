import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Profile } from '../../lib/profile/schema';
import { fixtureProfile, storeProfile } from '../support/seed';
import { fixture, ownHosts } from '../support/site-pages';
import type { Harness } from './browser';
import { listenForTheId } from './heard';
import { type PageSnapshot, pageSnapshot, recordLayoutShifts, snapshotDiff } from './page-snapshot';
import { chipHitCells, settled } from './paint';
import { launchPerFile } from './per-file';

/**
 * Nothing about the user is observable by the page: the same posting opened with three
 * different profiles gives the page's scripts exactly the same view (registry, DOM, sheets,
 * computed styles, boxes, hit testing, scrolling), on load, while a highlight is pointed at,
 * with the chip's explanation open, and after the wheel turned over it. Nor does the page hear
 * the extension's id: no event named with it, no window message carrying it.
 */

const POSTING = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678';

/**
 * Profiles far apart on this posting: A holds most of what it asks (a partial fit), B little
 * of it (a stretch) plus an own skill the posting names ("perception stack", which the catalogue
 * does not know), C nothing (no fit at all: a short panel). Scores, bands, held skills and
 * the panel's length all differ.
 */
const STRONG = [
  'python',
  'pytorch',
  'tensorflow',
  'deep-learning',
  'model-serving',
  'model-monitoring',
  'mlflow',
];
const PROFILES: Record<'A' | 'B' | 'C', Profile> = {
  A: {
    ...fixtureProfile(),
    skills: [
      ...fixtureProfile().skills,
      ...STRONG.filter((id) => id !== 'python').map((skill) => ({ skill, level: 'expert' as const })),
    ],
  },
  B: {
    ...fixtureProfile(),
    skills: [
      { skill: 'spark', level: 'learning' },
      { skill: 'kafka', level: 'learning' },
    ],
    ownSkills: [
      {
        id: 'own:perception',
        name: 'Perception',
        aliases: ['perception stack'],
        category: 'underemphasized',
        side: 'ml',
        level: 'learning',
      },
    ],
    background: 'data-scientist',
    years: 1,
  },
  C: { ...fixtureProfile(), skills: [] },
};

interface Run {
  badge: string;
  loaded: PageSnapshot;
  hover: PageSnapshot;
  open: PageSnapshot;
  /** After the wheel turned over the open panel: whether the page scrolled must not tell its length. */
  wheel: PageSnapshot;
  /** What the page's listeners heard that names the extension's id (nothing, always). */
  heard: string[];
}
const STAGES = ['loaded', 'hover', 'open', 'wheel'] as const;

/** Center of the first highlighted mention of `word`, found through what the page can see. */
function wordCenter(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((w) => {
    const ranges: Range[] = [...CSS.highlights.values()].flatMap((hl) => [...hl] as Range[]);
    const range = ranges.find((r) => r.toString() === w);
    if (!range) throw new Error(`${w} is not highlighted`);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, word);
}

async function visit(h: Harness, profile: Profile): Promise<Run> {
  await storeProfile(h, profile);
  const page = await h.context.newPage();
  const heard = await listenForTheId(page, h.extensionId);
  // Shorter than the posting, so that the page itself can scroll.
  await page.setViewportSize({ width: 1280, height: 640 });
  await recordLayoutShifts(page);
  await page.goto(POSTING);
  await page.mouse.move(2, 2);
  const tabId = await h.tabId(page);
  // An empty profile has no fit, so no badge: the chip (mounted with the answer) is the sign.
  if (profile.skills.length > 0) await expect.poll(() => h.badgeText(tabId)).toMatch(/^\d{1,3}$/);
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 0 });
  await settled(page);
  const loaded = await pageSnapshot(page);

  const at = await wordCenter(page, 'Python');
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => ownHosts(page)).toEqual({ chips: 1, cards: 1 });
  await settled(page);
  const hover = await pageSnapshot(page);

  await page.mouse.move(2, 2);
  // Open the chip from the keyboard (focus lands on its host, the same for every user).
  for (
    let i = 0;
    i < 60 && (await page.evaluate(() => document.activeElement?.localName)) !== 'ml-fit-chip';
    i++
  )
    await page.keyboard.press('Tab');
  const closed = await chipHitCells(page);
  await page.keyboard.press('Enter');
  // Open: the page hits the chip's host over the panel's area (the same for every profile).
  await expect.poll(() => chipHitCells(page)).toBeGreaterThan(closed * 5);
  await settled(page);
  const open = await pageSnapshot(page);

  const panel = await page.$eval('ml-fit-chip', (host) => {
    const r = host.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.bottom + 150 };
  });
  await page.mouse.move(panel.x, panel.y);
  for (let i = 0; i < 2; i++) {
    await page.mouse.wheel(0, 120);
    await settled(page);
  }
  const wheel = await pageSnapshot(page);
  const badge = await h.badgeText(tabId);
  const result = { badge, loaded, hover, open, wheel, heard: await heard() };
  await page.close();
  return result;
}

/** Grid cells where the page's hit test lands on the chip's host. */
function chipCells(s: PageSnapshot): number {
  return (s.hits ?? '').split('\n').filter((line) => line.endsWith(' ml-fit-chip')).length;
}

async function visitAll(h: Harness): Promise<Record<'A' | 'B' | 'C', Run>> {
  return { A: await visit(h, PROFILES.A), B: await visit(h, PROFILES.B), C: await visit(h, PROFILES.C) };
}

function samePageView(runs: Record<'A' | 'B' | 'C', Run>): void {
  // The profiles took effect: the fits differ (so the checks below are not vacuous).
  expect(new Set([runs.A.badge, runs.B.badge, runs.C.badge]).size).toBe(3);
  for (const other of ['B', 'C'] as const)
    for (const stage of STAGES) {
      const a = runs.A[stage];
      // What is compared holds the extension's work: highlights or marks, the chip, its panel.
      expect(Object.keys(a).some((k) => k.endsWith(' ml-fit-chip'))).toBe(true);
      expect(`${stage}, A/${other}: ${snapshotDiff(a, runs[other][stage]).join('\n')}`).toBe(
        `${stage}, A/${other}: `,
      );
    }
  expect(Object.keys(runs.A.hover).some((k) => k.endsWith(' ml-fit-card'))).toBe(true);
  expect(chipCells(runs.A.open)).toBeGreaterThan(chipCells(runs.A.loaded) * 5);
  for (const run of Object.values(runs)) expect(run.heard).toEqual([]);
}

describe('CSS Custom Highlights', () => {
  let h: Harness;
  launchPerFile((harness) => {
    h = harness;
  });

  test('three profiles, one posting: the page reads exactly the same, loaded, hovered, chip open, wheel over it', async () => {
    h.server.page(POSTING, fixture('linkedin-classic'));
    const runs = await visitAll(h);
    samePageView(runs);
    const registry = Object.entries(runs.A.loaded).filter(([k]) => k.startsWith('highlight:'));
    expect(registry.map(([, v]) => v.split(' ')[0])).toEqual([
      'ml-fit-core',
      'ml-fit-underemphasized',
      'ml-fit-nice-to-have',
    ]);
    expect(registry[0]?.[1]).toContain('Python@');
    expect(runs.A.loaded['adopted:0']).toContain('::highlight(ml-fit-core)');
  }, 120_000);
});
