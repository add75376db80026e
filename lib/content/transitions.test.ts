import { describe, expect, test } from 'vitest';
import type { AnalyzeReply } from '../messages/protocol';
import {
  type Effect,
  type Event,
  MIN_TEXT,
  RETRY_PAUSES_MS,
  STALE_MS,
  START,
  type State,
  transition,
} from './transitions';

/** One of each state, for job `A` (its text sent: `a`); ids stand at 5. */
const idle: State = { phase: 'idle', ids: 5, told: false };
const told: State = { phase: 'idle', ids: 5, told: true };
const reading: State = { phase: 'reading', ids: 5, key: 'A', startedAt: 1000, leftText: 'left' };
const analysing: State = { phase: 'analysing', ids: 5, key: 'A', hash: 'a', attempt: 1, request: 5 };
const retrying: State = { phase: 'retrying', ids: 5, key: 'A', hash: 'a', attempt: 1, timer: 5 };
const failed: State = { phase: 'failed', ids: 5, key: 'A', hash: 'a' };
const shown: State = { phase: 'shown', ids: 5, key: 'A', hash: 'a' };
const gone: State = { phase: 'gone' };
const ALL = { idle, told, reading, analysing, retrying, failed, shown, gone };
const JOBS = { reading, analysing, retrying, failed, shown };

const reply = { mentions: [], analysis: {}, view: {} } as unknown as AnalyzeReply;
const text = (hash: string, visibleChars = 500, now = 2000): Event => ({
  type: 'text',
  text: { hash, visibleChars },
  now,
});
const sent = (hash: string, attempt: number): State => ({
  phase: 'analysing',
  ids: 6,
  key: 'A',
  hash,
  attempt,
  request: 6,
});
const send: Effect = { do: 'send', request: 6 };
const cancel: Effect = { do: 'cancel', timer: 5 };

type Row = [string, State, Event, State, Effect[]];

/** Every transition of the table at the top of transitions.ts, in its order. */
const ROWS: Row[] = [
  ['idle: no posting, the background not told yet', idle, { type: 'none' }, told, [{ do: 'tell' }]],
  ['idle: no posting, already told', told, { type: 'none' }, told, []],
  [
    'idle: a posting found',
    told,
    { type: 'found', key: 'B', now: 7 },
    { phase: 'reading', ids: 5, key: 'B', startedAt: 7, leftText: null },
    [{ do: 'begin' }],
  ],
  ['idle: the user asks', idle, { type: 'request' }, idle, [{ do: 'anyway' }]],
  ...Object.entries(JOBS).map(
    ([name, state]): Row => [
      `${name}: the same posting found again`,
      state,
      { type: 'found', key: 'A', now: 9000 },
      state,
      [],
    ],
  ),
  ...Object.entries(JOBS).map(
    ([name, state]): Row => [
      `${name}: another posting found, remembering the text left`,
      state,
      { type: 'found', key: 'B', now: 9000 },
      {
        phase: 'reading',
        ids: 5,
        key: 'B',
        startedAt: 9000,
        leftText: state.phase === 'reading' ? null : 'a',
      },
      [...(state.phase === 'retrying' ? [cancel] : []), { do: 'end' }, { do: 'begin' }],
    ],
  ),
  ...Object.entries(JOBS).map(
    ([name, state]): Row => [
      `${name}: the posting left the page`,
      state,
      { type: 'none' },
      told,
      [...(state.phase === 'retrying' ? [cancel] : []), { do: 'end' }, { do: 'tell' }],
    ],
  ),
  ['reading: no readable text', reading, { type: 'text', text: null, now: 2000 }, reading, []],
  ['reading: a placeholder', reading, text('b', MIN_TEXT - 1), reading, []],
  [
    'reading: the left job’s text, before STALE_MS',
    reading,
    text('left', 500, 1500),
    reading,
    [{ do: 'recheck', ms: STALE_MS - 500 }],
  ],
  [
    'reading: the left job’s text after STALE_MS is its own',
    reading,
    text('left', 500, 1000 + STALE_MS),
    sent('left', 0),
    [{ do: 'keep' }, send],
  ],
  ['reading: enough text', reading, text('b', MIN_TEXT), sent('b', 0), [{ do: 'keep' }, send]],
  ['analysing: the text sent, read again', analysing, text('a'), analysing, [{ do: 'keep' }]],
  ['retrying: the text sent, read again', retrying, text('a'), retrying, [{ do: 'keep' }]],
  ['failed: the text sent, read again', failed, text('a'), failed, [{ do: 'keep' }]],
  ['shown: the text sent, read again', shown, text('a'), shown, [{ do: 'keep' }, { do: 'repaint' }]],
  ['shown: a placeholder changes nothing', shown, text('b', 3), shown, []],
  ['analysing: new text', analysing, text('b'), sent('b', 0), [{ do: 'keep' }, send]],
  ['retrying: new text', retrying, text('b'), sent('b', 0), [cancel, { do: 'keep' }, send]],
  ['failed: new text', failed, text('b'), sent('b', 0), [{ do: 'keep' }, send]],
  ['shown: new text ("see more")', shown, text('b'), sent('b', 0), [{ do: 'keep' }, send]],
  ['analysing: its reply', analysing, { type: 'reply', request: 5, reply }, shown, [{ do: 'show', reply }]],
  [
    'analysing: its error, a pause left',
    analysing,
    { type: 'error', request: 5, error: 'x' },
    { phase: 'retrying', ids: 6, key: 'A', hash: 'a', attempt: 2, timer: 6 },
    [{ do: 'wait', timer: 6, ms: RETRY_PAUSES_MS[1] as number }],
  ],
  [
    'analysing: its error, no pause left',
    { ...analysing, attempt: RETRY_PAUSES_MS.length },
    { type: 'error', request: 5, error: 'x' },
    failed,
    [{ do: 'clear', error: 'x' }],
  ],
  ['retrying: its timer', retrying, { type: 'timer', timer: 5 }, sent('a', 1), [send]],
  ['retrying: the user asks', retrying, { type: 'request' }, sent('a', 1), [{ do: 'anyway' }, cancel, send]],
  ['failed: the user asks', failed, { type: 'request' }, sent('a', 0), [{ do: 'anyway' }, send]],
  ['reading: the user asks', reading, { type: 'request' }, reading, [{ do: 'anyway' }]],
  ['analysing: the user asks', analysing, { type: 'request' }, analysing, [{ do: 'anyway' }]],
  ['shown: the user asks', shown, { type: 'request' }, shown, [{ do: 'anyway' }]],
  ['idle: stop', idle, { type: 'stop' }, gone, []],
  ...Object.entries(JOBS).map(
    ([name, state]): Row => [
      `${name}: stop`,
      state,
      { type: 'stop' },
      gone,
      [...(state.phase === 'retrying' ? [cancel] : []), { do: 'end' }],
    ],
  ),
];

describe('each transition', () => {
  test.each(ROWS)('%s', (_name, state, event, next, effects) => {
    expect(transition(state, event)).toEqual({ state: next, effects });
  });
});

/** Events that belong to no state here: another request's reply or error, another timer. */
const STALE: Event[] = [
  { type: 'reply', request: 4, reply },
  { type: 'error', request: 4, error: 'x' },
  { type: 'timer', timer: 4 },
];
const EVERY: Event[] = [
  ...STALE,
  { type: 'reply', request: 5, reply },
  { type: 'error', request: 5, error: 'x' },
  { type: 'timer', timer: 5 },
  { type: 'found', key: 'A', now: 1 },
  { type: 'found', key: 'B', now: 1 },
  { type: 'none' },
  text('a'),
  text('b'),
  { type: 'request' },
  { type: 'stop' },
];

test('a reply, error or timer not the state’s own changes nothing, in every state', () => {
  for (const state of Object.values(ALL)) {
    for (const event of STALE) expect(transition(state, event)).toEqual({ state, effects: [] });
  }
  // Only analysing takes replies and errors, only retrying takes timers.
  for (const [name, state] of Object.entries(ALL)) {
    const moves = EVERY.slice(3, 6).filter((event) => transition(state, event).state !== state);
    expect([name, moves.map((e) => e.type)]).toEqual([
      name,
      name === 'analysing' ? ['reply', 'error'] : name === 'retrying' ? ['timer'] : [],
    ]);
  }
});

test('gone ignores everything', () => {
  for (const event of EVERY) expect(transition(gone, event)).toEqual({ state: gone, effects: [] });
});

test('each request and retry timer gets a number of its own', () => {
  const numbers = new Set<number>();
  let state = transition(transition(START, { type: 'found', key: 'A', now: 0 }).state, text('a')).state;
  for (let round = 0; round < 3; round++) {
    // Fail every attempt, then ask again.
    while (state.phase === 'analysing' || state.phase === 'retrying') {
      if (state.phase === 'analysing') {
        numbers.add(state.request);
        state = transition(state, { type: 'error', request: state.request, error: 'x' }).state;
      } else {
        numbers.add(state.timer);
        state = transition(state, { type: 'timer', timer: state.timer }).state;
      }
    }
    expect(state.phase).toBe('failed');
    state = transition(state, { type: 'request' }).state;
  }
  // Four attempts and three pauses per round, all numbered apart.
  expect(numbers.size).toBe(3 * (2 * RETRY_PAUSES_MS.length + 1));
});

test('the retries: one send per pause, then failed; each pause as RETRY_PAUSES_MS says', () => {
  let state = transition(transition(START, { type: 'found', key: 'A', now: 0 }).state, text('a')).state;
  const effects: Effect[] = [];
  for (let i = 0; i < 20 && state.phase !== 'failed'; i++) {
    const step =
      state.phase === 'analysing'
        ? transition(state, { type: 'error', request: state.request, error: 'x' })
        : state.phase === 'retrying'
          ? transition(state, { type: 'timer', timer: state.timer })
          : null;
    if (!step) break;
    state = step.state;
    effects.push(...step.effects);
  }
  expect(state.phase).toBe('failed');
  expect(effects.flatMap((e) => (e.do === 'wait' ? [e.ms] : []))).toEqual(RETRY_PAUSES_MS);
  expect(effects.filter((e) => e.do === 'send')).toHaveLength(RETRY_PAUSES_MS.length);
});

test('another posting while the first one’s answer is on its way: that answer is dropped', () => {
  const a = transition(transition(START, { type: 'found', key: 'A', now: 0 }).state, text('a')).state;
  if (a.phase !== 'analysing') throw new Error(a.phase);
  const b = transition(a, { type: 'found', key: 'B', now: 100 }).state;
  const late = transition(b, { type: 'reply', request: a.request, reply });
  expect(late).toEqual({ state: b, effects: [] });
  // And back to A (a new job with the same key): the old request still is not its own.
  const again = transition(transition(b, { type: 'found', key: 'A', now: 200 }).state, text('a', 500, 5000));
  expect(transition(again.state, { type: 'reply', request: a.request, reply }).effects).toEqual([]);
});
