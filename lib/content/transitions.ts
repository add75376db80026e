import type { AnalyzeReply } from '../messages/protocol';

/**
 * The controller as one state machine. `transition(state, event)` is pure: no DOM, no
 * messages, no timers. controller.ts reads the page, turns what happens into events and
 * carries out the effects. A job is the posting selected on the page (site + job id); "sent"
 * below stands for analysing, retrying, failed and shown (a text of the job went out).
 *
 *   state      event                             → state      effects
 *   idle       none, the background not told yet → idle       tell
 *   idle       found                             → reading    begin
 *   idle       request                           → idle       anyway (the page read as a posting)
 *   any job    found, the same key               → (same)     —
 *   any job    found, another key                → reading    cancel?, end, begin
 *   any job    none                              → idle       cancel?, end, tell
 *   reading    text: short or unreadable         → reading    —
 *   reading    text: still the left job's        → reading    recheck (at most STALE_MS)
 *   reading    text: enough                      → analysing  keep, send
 *   sent       text: the one sent                → (same)     keep (shown: and repaint)
 *   sent       text: another                     → analysing  cancel?, keep, send
 *   analysing  reply to its request              → shown      show
 *   analysing  error of its request              → retrying   wait RETRY_PAUSES_MS[attempt]
 *   analysing  error, no pause left              → failed     clear
 *   retrying   its timer                         → analysing  send
 *   retrying   request                           → analysing  anyway, cancel, send
 *   failed     request                           → analysing  anyway, send (attempts anew)
 *   other job  request                           → (same)     anyway
 *   any        stop                              → gone       cancel?, end
 *   gone       anything                          → gone       —
 *
 * A reply, error or timer that is not the state's own (an earlier request, another job, an
 * older text) changes nothing: an old answer never paints over a new posting or text.
 * "cancel?" stops the retry timer when leaving `retrying`. The left job's text counts as the
 * new job's own once the job is STALE_MS old (two postings with one text).
 */

/** Fewer visible characters than this is a placeholder still filling in: wait. */
export const MIN_TEXT = 40;
/** How long a new job may show its predecessor's text before that text counts as its own. */
export const STALE_MS = 3000;
/**
 * The browser may stop the service worker at any moment (idle, update, memory), also while it
 * analyses a posting: the request then fails or is never answered, and sending it again starts
 * the worker anew. These are the pauses before each retry: four attempts within about five seconds.
 */
export const RETRY_PAUSES_MS: readonly number[] = [250, 1000, 3000];
/** An analysis takes well under a second: no answer after this counts as an error. */
export const REPLY_TIMEOUT_MS = 10_000;

/** `ids`: the last number handed to a request or a retry timer (each takes the next one). */
type Ids = { ids: number };
/** A job whose text went out: `hash` is that text's (never analyse the same text twice in a row). */
type Sent = Ids & { key: string; hash: string };

export type State =
  /** No posting on the page; `told`: the background knows. */
  | (Ids & { phase: 'idle'; told: boolean })
  /** A job whose text is not sent yet (a placeholder, or the left job's `leftText` still shown). */
  | (Ids & { phase: 'reading'; key: string; startedAt: number; leftText: string | null })
  /** Attempt `attempt` (0: the first) is on its way as `request`; an older text's answer may still show. */
  | (Sent & { phase: 'analysing'; attempt: number; request: number })
  /** That attempt failed or went unanswered: `timer` sends attempt `attempt`. */
  | (Sent & { phase: 'retrying'; attempt: number; timer: number })
  /** Every attempt failed: nothing shown until the text changes or the user asks again. */
  | (Sent & { phase: 'failed' })
  /** The answer for `hash` is painted. */
  | (Sent & { phase: 'shown' })
  /** The controller stopped (the content script's context ended). */
  | { phase: 'gone' };

export const START: State = { phase: 'idle', ids: 0, told: false };

export type Event =
  /** A settled page change shows a posting (`key`: site + job id) at `now` (performance.now()). */
  | { type: 'found'; key: string; now: number }
  /** ... shows none: the posting left the page, or there never was one. */
  | { type: 'none' }
  /** The job's text as just read (null: unreadable). */
  | { type: 'text'; text: { hash: string; visibleChars: number } | null; now: number }
  | { type: 'reply'; request: number; reply: AnalyzeReply }
  /** The request failed, or went unanswered for REPLY_TIMEOUT_MS. */
  | { type: 'error'; request: number; error: unknown }
  | { type: 'timer'; timer: number }
  /** The user's "Analyze this page". */
  | { type: 'request' }
  | { type: 'stop' };

export type Effect =
  /** A new job for the posting just found. */
  | { do: 'begin' }
  /** Tear the job down: highlights, chip, hover card. */
  | { do: 'end' }
  /** Tell the background this page shows no posting. */
  | { do: 'tell' }
  /** Look at the page again in `ms`. */
  | { do: 'recheck'; ms: number }
  /** The text just read is the newest reading of the sent one: answers map onto it. */
  | { do: 'keep' }
  /** Paint the shown answer again if the page redrew the text under it. */
  | { do: 'repaint' }
  /** Send the kept text; the answer comes back as a reply or error event for `request`. */
  | { do: 'send'; request: number }
  /** Paint the answer over the kept text and put the chip in step. */
  | { do: 'show'; reply: AnalyzeReply }
  /** No annotation (highlights, chip); the error logged once. */
  | { do: 'clear'; error: unknown }
  /** A timer event for `timer` in `ms`. */
  | { do: 'wait'; timer: number; ms: number }
  | { do: 'cancel'; timer: number }
  /** The user asked: the chip shows whatever the role (idle: the page is read as a posting). */
  | { do: 'anyway' };

export interface Step {
  state: State;
  effects: Effect[];
}

const to = (state: State, ...effects: Effect[]): Step => ({ state, effects });

/** Attempt `attempt` of the job's text `hash` goes out as the next request. */
function send({ ids, key }: Ids & { key: string }, hash: string, attempt: number, ...before: Effect[]): Step {
  const request = ids + 1;
  return to({ phase: 'analysing', ids: request, key, hash, attempt, request }, ...before, {
    do: 'send',
    request,
  });
}

export function transition(state: State, event: Event): Step {
  if (state.phase === 'gone') return to(state);
  const { ids } = state;
  const cancel: Effect[] = state.phase === 'retrying' ? [{ do: 'cancel', timer: state.timer }] : [];
  const end: Effect[] = state.phase === 'idle' ? [] : [...cancel, { do: 'end' }];
  switch (event.type) {
    case 'stop':
      return to({ phase: 'gone' }, ...end);
    case 'none':
      if (state.phase === 'idle' && state.told) return to(state);
      return to({ phase: 'idle', ids, told: true }, ...end, { do: 'tell' });
    case 'found': {
      const { key, now } = event;
      if (state.phase !== 'idle' && state.key === key) return to(state);
      const leftText = 'hash' in state ? state.hash : null;
      return to({ phase: 'reading', ids, key, startedAt: now, leftText }, ...end, { do: 'begin' });
    }
    case 'request':
      if (state.phase !== 'retrying' && state.phase !== 'failed') return to(state, { do: 'anyway' });
      // At once: a retry skips its pause; a job that gave up gets its attempts anew.
      return send(
        state,
        state.hash,
        state.phase === 'failed' ? 0 : state.attempt,
        { do: 'anyway' },
        ...cancel,
      );
    case 'timer':
      return state.phase === 'retrying' && state.timer === event.timer
        ? send(state, state.hash, state.attempt)
        : to(state);
    case 'reply':
    case 'error': {
      if (state.phase !== 'analysing' || state.request !== event.request) return to(state);
      const { key, hash, attempt } = state;
      if (event.type === 'reply')
        return to({ phase: 'shown', ids, key, hash }, { do: 'show', reply: event.reply });
      const ms = RETRY_PAUSES_MS[attempt];
      if (ms === undefined)
        return to({ phase: 'failed', ids, key, hash }, { do: 'clear', error: event.error });
      const timer = ids + 1;
      return to(
        { phase: 'retrying', ids: timer, key, hash, attempt: attempt + 1, timer },
        { do: 'wait', timer, ms },
      );
    }
    case 'text': {
      const { text, now } = event;
      if (state.phase === 'idle' || !text || text.visibleChars < MIN_TEXT) return to(state);
      if (state.phase === 'reading') {
        // The URL names the new job but the pane still shows the old text: wait for the site
        // to render (up to STALE_MS, after which identical text is taken as the new job's own).
        const waited = now - state.startedAt;
        if (text.hash === state.leftText && waited < STALE_MS) {
          return to(state, { do: 'recheck', ms: STALE_MS - waited });
        }
      } else if (text.hash === state.hash) {
        return state.phase === 'shown'
          ? to(state, { do: 'keep' }, { do: 'repaint' })
          : to(state, { do: 'keep' });
      }
      return send(state, text.hash, 0, ...cancel, { do: 'keep' });
    }
  }
}
