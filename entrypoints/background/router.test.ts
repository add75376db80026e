import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDb } from '../../app/storage/db';
import { saveProfile } from '../../app/storage/profile';
import { computeFit } from '../../lib/fit';
import { isAnalyzeReply } from '../../lib/messages/guards';
import { MAX_LINE_CHARS, MAX_LOOKUPS, MAX_RESUME_CHARS, MAX_TEXT_CHARS } from '../../lib/messages/limits';
import type { AnalyzeReply, PageToBackground, TabView } from '../../lib/messages/protocol';
import { catalogueView, createCatalogueView } from '../../lib/profile/catalogue-view';
import { emptyProfile, type Profile } from '../../lib/profile/schema';
import {
  ANALYST_TEXT,
  analyzeMessage,
  contentSender,
  ML_TEXT,
  pageSender,
} from '../../tests/support/background';
import { freshDb } from '../../tests/support/db';
import { routeMessage } from './router';
import { getTabState } from './tab-state';

const profile: Profile = {
  ...emptyProfile(),
  skills: [
    { skill: 'python', level: 'expert' },
    { skill: 'sql', level: 'learning' },
  ],
  years: 4,
};

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
});
afterEach(() => resetDb());

type PageReply<K extends keyof PageToBackground> = PageToBackground[K]['reply'];

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('routeMessage', () => {
  test('a posting from a tab is analysed, stored, answered with mentions and view, and badged', async () => {
    await saveProfile(profile);
    const reply = (await routeMessage(analyzeMessage(), contentSender(7))) as AnalyzeReply;
    expect(isAnalyzeReply(reply)).toBe(true);
    const { view } = reply;
    // Mentions are offsets into the text that was sent, as the content script maps them.
    expect(reply.mentions.length).toBeGreaterThan(0);
    for (const m of reply.mentions) expect(ML_TEXT.slice(m.start, m.end)).toBe(m.text);
    expect(reply.mentions.map((m) => m.skill)).toContain('python');
    expect(reply.analysis).toEqual({
      isMlEngineer: view.report?.isMlEngineer,
      role: view.report?.role,
      skills: view.report?.skills,
    });
    expect(reply.analysis.isMlEngineer).toBe(true);
    const skills = view.report?.skills ?? [];
    const expected = computeFit(skills, view.report?.requirements ?? { years: null, degree: null }, {
      ...profile,
      updatedAt: 0,
    });
    expect(view.fit?.score).toBe(expected.score);
    expect(view.held).toEqual({ python: 'expert', sql: 'learning' });
    expect(view.profile).toBe('ready');
    expect(await badge(7)).toBe(String(expected.score));
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(
      /^ML Fit: \d+ — (strong fit|partial fit|stretch)$/,
    );
    expect((await getTabState(7)).report?.title).toBe('Machine Learning Engineer');
    // The history waits until the posting has stayed on screen a moment (viewing.test.ts).
  });

  test('no badge for a posting that is not an ML engineer role, or without a profile', async () => {
    const nonMl = analyzeMessage({ title: 'Data Analyst', jobId: '77' }, ANALYST_TEXT);
    await routeMessage(analyzeMessage(), contentSender(3));
    expect(await badge(3)).toBe('');
    const noProfile = (await routeMessage({ type: 'get-tab', tabId: 3 }, pageSender())) as TabView;
    expect(noProfile).toMatchObject({ profile: 'empty', fit: null });
    await saveProfile(profile);
    const reply = (await routeMessage(nonMl, contentSender(4))) as AnalyzeReply;
    expect(reply.analysis.isMlEngineer).toBe(false);
    expect(await badge(4)).toBe('');
  });

  test("the page's company name is passed to the engine: its words are not skills", async () => {
    const text = 'Acme Robotics builds warehouse robots.\n\nRequirements\n- Python and Docker';
    const named = (company: string | null) =>
      routeMessage(analyzeMessage({ company }, text), contentSender(4)) as Promise<AnalyzeReply>;
    expect((await named(null)).mentions.map((m) => m.text)).toContain('Robotics');
    expect((await named('Acme Robotics')).mentions.map((m) => m.text)).toEqual(['Python', 'Docker']);
  });

  test('a posting the content script had to cut is reported as cut', async () => {
    const cut = (await routeMessage(analyzeMessage({ truncated: true }), contentSender(6))) as AnalyzeReply;
    expect(cut.view.report?.truncated).toBe(true);
    const whole = (await routeMessage(analyzeMessage(), contentSender(6))) as AnalyzeReply;
    expect(whole.view.report?.truncated).toBeUndefined();
  });

  test('analyze-anyway shows the fit of a non-ML posting and tells the tab', async () => {
    await saveProfile(profile);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await routeMessage(analyzeMessage({ title: 'Data Analyst' }, ANALYST_TEXT), contentSender(5));
    const view = (await routeMessage({ type: 'analyze-anyway', tabId: 5 }, pageSender())) as TabView;
    expect(view.showAnyway).toBe(true);
    expect(await badge(5)).toBe(String(view.fit?.score));
    expect(send).toHaveBeenCalledWith(5, { type: 'show-anyway' });
  });

  test('no-posting forgets the tab and empties its badge', async () => {
    await saveProfile(profile);
    await routeMessage(analyzeMessage(), contentSender(2));
    await routeMessage({ type: 'no-posting' }, contentSender(2));
    expect(await badge(2)).toBe('');
    const view = (await routeMessage({ type: 'get-tab', tabId: 2 }, pageSender())) as TabView;
    expect(view.report).toBeNull();
  });

  test('profile-changed recomputes every tab, its badge and its chip', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await saveProfile(profile);
    await routeMessage(analyzeMessage(), contentSender(1));
    await routeMessage(analyzeMessage({ jobId: '9' }), contentSender(2));
    const before = Number(await badge(1));
    await saveProfile({ ...profile, skills: [...profile.skills, { skill: 'pytorch', level: 'expert' }] });
    await routeMessage({ type: 'profile-changed' }, pageSender());
    expect(Number(await badge(1))).toBeGreaterThan(before);
    expect(await badge(2)).toBe(await badge(1));
    const updates = send.mock.calls.filter(([, m]) => (m as { type: string }).type === 'fit-updated');
    expect(updates.map(([tabId]) => tabId).sort()).toEqual([1, 2]);
  });

  test('analyze-tab asks a content script first, and injects one when none answers', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(undefined);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await routeMessage({ type: 'analyze-tab', tabId: 8 }, pageSender())).toEqual({
      ok: true,
      injected: false,
    });
    expect(inject).not.toHaveBeenCalled();
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await routeMessage({ type: 'analyze-tab', tabId: 8 }, pageSender())).toEqual({
      ok: true,
      injected: true,
    });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 8 }, files: ['/content-scripts/job.js'] });
    expect((await getTabState(8)).showAnyway).toBe(true);
  });

  test('ignores malformed messages and the wrong senders', async () => {
    const posting = analyzeMessage();
    expect(routeMessage({ ...posting, posting: { title: 1 } }, contentSender(1))).toBeUndefined();
    expect(routeMessage({ ...posting, text: 7 }, contentSender(1))).toBeUndefined();
    // No more text than the content script reads (one shared bound).
    expect(
      routeMessage({ ...posting, text: 'a'.repeat(MAX_TEXT_CHARS + 1) }, contentSender(1)),
    ).toBeUndefined();
    expect(routeMessage(analyzeMessage({ title: 'x'.repeat(5000) }), contentSender(1))).toBeUndefined();
    // The old report-only message is gone: reports are built here, from the text.
    expect(routeMessage({ type: 'posting', report: {} }, contentSender(1))).toBeUndefined();
    expect(routeMessage({ type: 'nope' }, contentSender(1))).toBeUndefined();
    expect(routeMessage('analyze', contentSender(1))).toBeUndefined();
    // Content messages: our extension, a tab, its top frame, not an extension page.
    expect(routeMessage(posting, { ...contentSender(1), id: 'someone-else' })).toBeUndefined();
    expect(routeMessage(posting, { ...contentSender(1), tab: undefined })).toBeUndefined();
    expect(routeMessage(posting, { ...contentSender(1), frameId: 3 })).toBeUndefined();
    expect(
      routeMessage(posting, { ...contentSender(1), url: 'chrome-extension://test-extension-id/popup.html' }),
    ).toBeUndefined();
    // Page messages: our own pages only.
    expect(routeMessage({ type: 'get-tab', tabId: 1 }, contentSender(1))).toBeUndefined();
    expect(routeMessage({ type: 'profile-changed' }, pageSender({ id: 'other' }))).toBeUndefined();
    expect(
      routeMessage({ type: 'analyze-tab', tabId: 1 }, pageSender({ url: 'https://evil.example/' })),
    ).toBeUndefined();
    // Background → content types are never accepted by the background.
    expect(routeMessage({ type: 'show-anyway' }, pageSender())).toBeUndefined();
    expect(routeMessage({ type: 'fit-updated', view: {} }, contentSender(1))).toBeUndefined();
    expect(await getTabState(1)).toEqual({ report: null, showAnyway: false });
  });
});

test("skills-in-text: the engine reads an extension page's résumé text; a text past the bound is refused", async () => {
  const reply = await routeMessage(
    { type: 'skills-in-text', text: 'Five years of Python and PostgreSQL; Kubernetes in production.' },
    pageSender(),
  );
  expect((reply as { skills: Array<{ id: string }> }).skills.map((s) => s.id)).toEqual([
    'python',
    'postgresql',
    'kubernetes',
  ]);
  expect(
    routeMessage({ type: 'skills-in-text', text: 'x'.repeat(MAX_RESUME_CHARS + 1) }, pageSender()),
  ).toBeUndefined();
  // A page's content script cannot ask: the user's résumé is read for extension pages only.
  expect(routeMessage({ type: 'skills-in-text', text: 'Python' }, contentSender(1))).toBeUndefined();
});

describe("the options page's catalogue lookups: answered from the catalogue, id, name, category and side only", () => {
  test('search-skills: suggestions best first, held skills left out, an exact name or alias marked', async () => {
    const reply = (await routeMessage(
      { type: 'search-skills', text: ' k8s ', exclude: [] },
      pageSender(),
    )) as PageReply<'search-skills'>;
    expect(reply.suggestions[0]).toEqual({
      skill: { id: 'kubernetes', name: 'Kubernetes', category: 'core', side: 'engineering' },
      via: 'k8s',
      exact: true,
    });
    const pyt = (await routeMessage(
      { type: 'search-skills', text: 'PyT', exclude: ['pytorch'] },
      pageSender(),
    )) as PageReply<'search-skills'>;
    expect(pyt.suggestions.length).toBeGreaterThan(0);
    expect(pyt.suggestions.map((s) => s.skill.id)).not.toContain('pytorch');
    expect(pyt.suggestions.every((s) => !s.exact)).toBe(true);
    // Nothing of a catalogue entry beyond what the page shows (aliases stay in the background).
    for (const s of pyt.suggestions)
      expect(Object.keys(s.skill).sort()).toEqual(['category', 'id', 'name', 'side']);
    const none = (await routeMessage(
      { type: 'search-skills', text: '   ', exclude: [] },
      pageSender(),
    )) as PageReply<'search-skills'>;
    expect(none.suggestions).toEqual([]);
  });

  test('catalogue-view: the data of the view the history, insights and fit read, for the page to install', async () => {
    const data = (await routeMessage(
      { type: 'catalogue-view' },
      pageSender(),
    )) as PageReply<'catalogue-view'>;
    const view = createCatalogueView(structuredClone(data));
    expect(view.fingerprint).toBe(catalogueView().fingerprint);
    expect(view.size).toBe(catalogueView().size);
    expect(view.nameOf('pytorch')).toBe('PyTorch');
    expect(routeMessage({ type: 'catalogue-view' }, contentSender(1))).toBeUndefined();
  });

  test('resolve-skills answers in order, null for what the catalogue does not know', async () => {
    const resolved = (await routeMessage(
      { type: 'resolve-skills', texts: ['scikit learn', 'Basket weaving', 'PHP 8.2', 'k8s'] },
      pageSender(),
    )) as PageReply<'resolve-skills'>;
    expect(resolved.skills.map((s) => s?.id ?? null)).toEqual(['scikit-learn', null, 'php', 'kubernetes']);
    expect(resolved.skills[0]).toEqual({
      id: 'scikit-learn',
      name: 'scikit-learn',
      category: 'core',
      side: 'ml',
    });
  });

  test('lists and texts past their bounds are refused, and content scripts cannot ask', () => {
    const many = Array.from({ length: MAX_LOOKUPS + 1 }, (_, i) => `s${i}`);
    expect(routeMessage({ type: 'resolve-skills', texts: many }, pageSender())).toBeUndefined();
    expect(routeMessage({ type: 'search-skills', text: 'py', exclude: many }, pageSender())).toBeUndefined();
    expect(
      routeMessage(
        { type: 'search-skills', text: 'x'.repeat(MAX_LINE_CHARS + 1), exclude: [] },
        pageSender(),
      ),
    ).toBeUndefined();
    expect(routeMessage({ type: 'resolve-skills', texts: ['python'] }, contentSender(1))).toBeUndefined();
  });
});

describe('every message type: answered from its own direction, refused when malformed or from the other', () => {
  const valid: Array<[string, 'content' | 'page', unknown]> = [
    ['analyze', 'content', analyzeMessage()],
    ['no-posting', 'content', { type: 'no-posting' }],
    ['seen', 'content', { type: 'seen', site: 'linkedin', ids: ['1'] }],
    ['get-tab', 'page', { type: 'get-tab', tabId: 4 }],
    ['analyze-tab', 'page', { type: 'analyze-tab', tabId: 4 }],
    ['analyze-anyway', 'page', { type: 'analyze-anyway', tabId: 4 }],
    ['profile-changed', 'page', { type: 'profile-changed' }],
    ['history-changed', 'page', { type: 'history-changed' }],
    ['skills-in-text', 'page', { type: 'skills-in-text', text: 'Python' }],
    ['catalogue-view', 'page', { type: 'catalogue-view' }],
    ['search-skills', 'page', { type: 'search-skills', text: 'pyt', exclude: ['python'] }],
    ['resolve-skills', 'page', { type: 'resolve-skills', texts: ['sklearn'] }],
  ];
  const own = (d: 'content' | 'page') => (d === 'content' ? contentSender(4) : pageSender());
  const other = (d: 'content' | 'page') => (d === 'content' ? pageSender() : contentSender(4));

  test.each(valid)('%s', async (_type, direction, message) => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    const answer = routeMessage(message, own(direction));
    expect(answer).toBeInstanceOf(Promise);
    await answer;
    expect(routeMessage(message, other(direction))).toBeUndefined();
    // A field of the wrong type, or one missing: refused by the direction's schema.
    const fields = Object.keys(message as object).filter((k) => k !== 'type');
    for (const field of fields) {
      const { [field]: _dropped, ...without } = message as Record<string, unknown>;
      expect(routeMessage(without, own(direction)), `${_type} without ${field}`).toBeUndefined();
      expect(routeMessage({ ...(message as object), [field]: { x: 1 } }, own(direction))).toBeUndefined();
    }
  });
});

test('the badge also works where the toolbar button is browserAction (Firefox MV2)', async () => {
  await saveProfile(profile);
  const action = fakeBrowser.action;
  Object.defineProperty(fakeBrowser, 'action', { value: undefined, configurable: true });
  Object.defineProperty(fakeBrowser, 'browserAction', { value: action, configurable: true });
  try {
    await routeMessage(analyzeMessage(), contentSender(9));
    expect(await action.getBadgeText({ tabId: 9 })).not.toBe('');
  } finally {
    Object.defineProperty(fakeBrowser, 'action', { value: action, configurable: true });
  }
});
