import { describe, expect, test } from 'vitest';
import { analyzePosting } from '../analysis';
import { computeFit } from '../fit';
import { emptyProfile } from '../profile/schema';
import { isAnalyzeReply, isTabView, parseContentMessage } from './guards';
import type { AnalyzeReply, TabView } from './schema';

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

describe('parseContentMessage', () => {
  test('only show-anyway and fit-updated with a valid view', () => {
    expect(parseContentMessage({ type: 'show-anyway' })).toEqual({ type: 'show-anyway' });
    expect(parseContentMessage({ type: 'fit-updated', view: emptyView })).toEqual({
      type: 'fit-updated',
      view: emptyView,
    });
    expect(parseContentMessage({ type: 'fit-updated', view: { nonsense: true } })).toBeNull();
    expect(parseContentMessage({ type: 'analyze', text: 'x' })).toBeNull();
    expect(parseContentMessage('show-anyway')).toBeNull();
  });
});
