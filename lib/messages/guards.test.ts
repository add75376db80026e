import { describe, expect, test } from 'vitest';
import { analyzePosting } from '../analysis';
import { computeFit } from '../fit';
import { emptyProfile } from '../profile/schema';
import { checkedSend, isAnalyzeReply, isTabView, parseToContent } from './guards';
import type { AnalyzeReply, TabView } from './protocol';

const emptyView: TabView = { report: null, fit: null, held: {}, profile: 'empty', showAnyway: false };

/** A reply built as entrypoints/background/flows.ts builds it, from the real engine. */
function reply(): AnalyzeReply {
  const a = analyzePosting({
    text: 'Requirements: 3+ years of Python, PyTorch and SQL. Nice to have: Spark.',
    title: 'Machine Learning Engineer',
  });
  const { isMlEngineer, role, skills } = a;
  return {
    mentions: a.mentions,
    analysis: { isMlEngineer, role, skills },
    view: {
      ...emptyView,
      report: {
        site: 'greenhouse',
        jobId: '1',
        url: 'https://boards.greenhouse.io/acme/jobs/1',
        title: 'Machine Learning Engineer',
        company: null,
        location: null,
        ...a,
        onRequest: false,
      },
    },
  };
}

describe('isAnalyzeReply', () => {
  test('accepts what the background sends, after a JSON round trip', () => {
    const r = JSON.parse(JSON.stringify(reply()));
    expect(r.mentions.length).toBeGreaterThan(0);
    expect(isAnalyzeReply(r)).toBe(true);
  });

  test.each([
    ['no answer', () => undefined],
    ['mentions not a list', (r: AnyReply) => ({ ...r, mentions: {} })],
    [
      'an offset that is not an integer',
      (r: AnyReply) => ({ ...r, mentions: [{ ...r.mentions[0], start: 1.5 }] }),
    ],
    ['end before start', (r: AnyReply) => ({ ...r, mentions: [{ ...r.mentions[0], start: 9, end: 2 }] })],
    ['an unknown category', (r: AnyReply) => ({ ...r, mentions: [{ ...r.mentions[0], category: 'x' }] })],
    [
      'an unknown role',
      (r: AnyReply) => ({ ...r, analysis: { ...r.analysis, role: { id: 'ceo', reasons: [] } } }),
    ],
    [
      'a skill without side',
      (r: AnyReply) => ({ ...r, analysis: { ...r.analysis, skills: [{ id: 'a', name: 'A' }] } }),
    ],
    ['no view', (r: AnyReply) => ({ ...r, view: null })],
  ])('refuses %s', (_name, change) => {
    expect(isAnalyzeReply(change(reply()))).toBe(false);
  });
});
type AnyReply = AnalyzeReply;

describe('isTabView', () => {
  test('the empty view and a view with a report pass; held levels and the fit are checked', () => {
    expect(isTabView(emptyView)).toBe(true);
    expect(isTabView(reply().view)).toBe(true);
    expect(isTabView({ ...emptyView, held: { python: 'guru' } })).toBe(false);
    expect(isTabView({ ...emptyView, fit: { score: '80' } })).toBe(false);
    expect(isTabView({ ...emptyView, profile: 'maybe' })).toBe(false);
    expect(isTabView([])).toBe(false);
  });

  test('a transferable skill passes with its relative; a malformed relative does not', () => {
    const view = reply().view;
    const skills = view.report?.skills ?? [];
    const fit = computeFit(
      skills,
      { years: null, degree: null },
      {
        ...emptyProfile(),
        skills: [{ skill: 'tensorflow', level: 'expert' }],
      },
    );
    expect(fit.matched.find((m) => m.skill === 'pytorch')?.via).toMatchObject({ name: 'TensorFlow' });
    const withFit = JSON.parse(JSON.stringify({ ...view, fit }));
    expect(isTabView(withFit)).toBe(true);
    withFit.fit.matched[0].via = { name: 'TensorFlow', level: 'guru' };
    expect(isTabView(withFit)).toBe(false);
  });
});

describe('parseToContent', () => {
  test('only show-anyway, history-changed and fit-updated with a valid view', () => {
    expect(parseToContent({ type: 'show-anyway' })).toEqual({ type: 'show-anyway' });
    expect(parseToContent({ type: 'history-changed', extra: 1 })).toEqual({ type: 'history-changed' });
    expect(parseToContent({ type: 'fit-updated', view: emptyView })).toEqual({
      type: 'fit-updated',
      view: emptyView,
    });
    expect(parseToContent({ type: 'fit-updated', view: { nonsense: true } })).toBeNull();
    expect(parseToContent({ type: 'analyze', text: 'x' })).toBeNull();
    expect(parseToContent('show-anyway')).toBeNull();
  });
});

describe('checkedSend', () => {
  const seen = { type: 'seen' as const, site: 'linkedin', ids: ['1'] };

  test('resolves to a reply that passes the guard of its request type', async () => {
    const answer = { seen: [{ id: '1', score: 70, lastSeen: 5 }] };
    await expect(checkedSend(async () => answer)(seen)).resolves.toEqual(answer);
    const r = JSON.parse(JSON.stringify(reply()));
    await expect(checkedSend(async () => r)({ type: 'no-posting' })).rejects.toThrow(/no-posting/);
    await expect(checkedSend(async () => r.view)({ type: 'no-posting' })).resolves.toEqual(r.view);
  });

  test.each([
    ['no answer', undefined],
    ["another request type's reply", { mentions: [], analysis: {}, view: {} }],
    ['a malformed entry', { seen: [{ id: 1, score: null, lastSeen: 0 }] }],
  ])('rejects %s', async (_name, answer) => {
    await expect(checkedSend(async () => answer)(seen)).rejects.toThrow('no valid reply to seen');
  });

  test('a transport failure rejects as it is', async () => {
    const down = new Error('Receiving end does not exist.');
    await expect(checkedSend(() => Promise.reject(down))(seen)).rejects.toBe(down);
  });
});
