import { expect, test } from 'vitest';
import { type JobState, MIN_TEXT, onLocated, onReply, onText, phaseOf, STALE_MS } from './transitions';

const job = (patch: Partial<JobState> = {}): JobState => ({
  key: 'linkedin:1',
  hash: null,
  shownHash: null,
  reported: false,
  startedAt: 1000,
  ...patch,
});
const text = (hash: string, visibleChars = 500) => ({ hash, visibleChars });

test('phases: idle without a job, reading before its text is sent, analysing until its answer, shown', () => {
  expect(phaseOf(null)).toBe('idle');
  expect(phaseOf(job())).toBe('reading');
  expect(phaseOf(job({ hash: 'a' }))).toBe('analysing');
  expect(phaseOf(job({ hash: 'b', shownHash: 'a' }))).toBe('analysing');
  expect(phaseOf(job({ hash: 'a', shownHash: 'a' }))).toBe('shown');
});

test('idle → idle: a page without a posting tells the background once', () => {
  expect(onLocated(null, null, false)).toEqual({ next: 'idle', tell: true });
  expect(onLocated(null, null, true)).toEqual({ next: 'idle', tell: false });
});

test('any phase → idle: leaving a reported job tells the background again; an unreported one does not', () => {
  expect(onLocated(job({ reported: true, hash: 'a' }), null, true)).toEqual({ next: 'idle', tell: true });
  expect(onLocated(job(), null, true)).toEqual({ next: 'idle', tell: false });
});

test('a posting: the same key keeps the job; another starts a new one, remembering the old text', () => {
  expect(onLocated(job({ hash: 'a' }), 'linkedin:1', false)).toEqual({ next: 'same-job' });
  expect(onLocated(job({ hash: 'a' }), 'linkedin:2', false)).toEqual({ next: 'new-job', leftText: 'a' });
  expect(onLocated(null, 'linkedin:2', true)).toEqual({ next: 'new-job', leftText: null });
});

test('reading: a placeholder or unreadable text waits', () => {
  expect(onText(job(), null, null, 2000)).toEqual({ next: 'wait' });
  expect(onText(job(), text('a', MIN_TEXT - 1), null, 2000)).toEqual({ next: 'wait' });
  expect(onText(job(), text('a', MIN_TEXT), null, 2000)).toEqual({ next: 'analyse' });
});

test('reading: the previous job text waits for the re-render, up to STALE_MS, then counts as its own', () => {
  expect(onText(job(), text('old'), 'old', 1500)).toEqual({ next: 'wait-rerender', ms: STALE_MS - 500 });
  expect(onText(job(), text('old'), 'old', 1000 + STALE_MS)).toEqual({ next: 'analyse' });
  expect(onText(job(), text('new'), 'old', 1500)).toEqual({ next: 'analyse' });
  // Only before the first send: a job already analysing never waits for its predecessor.
  expect(onText(job({ hash: 'x' }), text('old'), 'old', 1500)).toEqual({ next: 'analyse' });
});

test('analysing or shown: the same text is kept (repainted only where its answer is shown); new text is sent', () => {
  expect(onText(job({ hash: 'a' }), text('a'), null, 2000)).toEqual({
    next: 'same-text',
    repaintIfBroken: false,
  });
  expect(onText(job({ hash: 'a', shownHash: 'a' }), text('a'), null, 2000)).toEqual({
    next: 'same-text',
    repaintIfBroken: true,
  });
  expect(onText(job({ hash: 'a', shownHash: 'a' }), text('b'), null, 2000)).toEqual({ next: 'analyse' });
});

test('an answer: stale is dropped whatever it says; a good one is shown; failures retry, then give up', () => {
  const pauses = [250, 1000];
  expect(onReply(true, true, 0, pauses)).toEqual({ next: 'drop' });
  expect(onReply(true, false, 5, pauses)).toEqual({ next: 'drop' });
  expect(onReply(false, true, 2, pauses)).toEqual({ next: 'show' });
  expect(onReply(false, false, 0, pauses)).toEqual({ next: 'retry', ms: 250 });
  expect(onReply(false, false, 1, pauses)).toEqual({ next: 'retry', ms: 1000 });
  expect(onReply(false, false, 2, pauses)).toEqual({ next: 'give-up' });
});
