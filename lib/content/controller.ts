import type { Highlighter } from '../highlight';
import { parseToContent } from '../messages/guards';
import type { ContentToBackground, Received, Send } from '../messages/protocol';
import { findPosting, pagePosting } from '../sites';
import type { Posting } from '../sites/types';
import { paint } from './annotate';
import { dropChip, syncChip } from './chip-sync';
import { guard, reportOnce } from './failsafe';
import { textHash } from './fingerprint';
import { postingHeader } from './header';
import { bindHoverCard } from './hover-card';
import { type Job, jobKey, newJob } from './job';
import { extractText, type TextMap } from './text-map';
import { type Effect, type Event, REPLY_TIMEOUT_MS, START, transition } from './transitions';
import type { UiFactory } from './ui';
import { watchPage } from './watch';

export interface ControllerDeps {
  doc: Document;
  highlighter: Highlighter;
  ui: UiFactory;
  /** To the background (the analysis runs there); rejects unless the reply passes its guard. */
  send: Send<ContentToBackground>;
  /** The content script's life (WXT's ctx.signal). */
  signal: AbortSignal;
  /** Injected at the user's request into a page no adapter claims: analyse whatever it shows. */
  onRequest: boolean;
  quietMs?: number;
}

export interface Controller {
  /** Re-read the page now (tests, and show-anyway). */
  check(): void;
  /** Runtime messages from the background; answers show-anyway and fit-updated, ignores the rest. */
  onMessage(raw: unknown): Promise<Received> | undefined;
}

export function startController(deps: ControllerDeps): Controller {
  const { doc, highlighter } = deps;
  let onRequest = deps.onRequest;
  let state = START;
  /** The selected job's DOM side: set by `begin`, torn down by `end`. */
  let job: Job | null = null;
  /** The posting and the text map the current `found` and `text` events are about. */
  let found: Posting | null = null;
  let read: TextMap | null = null;
  /** The retry timer (one at most: the machine cancels it before it waits again). */
  let retry: ReturnType<typeof setTimeout> | undefined;

  const clearHighlights = () => watch.quietly(() => guard('highlight', () => highlighter.clear(), undefined));
  const updateChip = (current: Job) => syncChip(current, onRequest, deps.ui);

  /** Paints the job's annotation over its newest reading of the text. */
  const paintJob = (current: Job) => {
    const { annotation, map } = current;
    if (!annotation || !map) return;
    watch.quietly(() => guard('highlight', () => paint(map, annotation.mentions, highlighter), []));
    bindHoverCard(doc, current, highlighter, deps.ui);
  };

  /** Carries out one effect of a transition (transitions.ts says when each comes). */
  const perform = (effect: Effect) => {
    const current = job;
    switch (effect.do) {
      case 'begin':
        if (found) job = newJob(found);
        return;
      case 'end':
        current?.abort.abort();
        job = null;
        return clearHighlights();
      case 'tell':
        deps.send({ type: 'no-posting' }).catch((error) => reportOnce('messages', error));
        return;
      case 'anyway':
        // The chip shows whatever the role; on a page without a job, read it as a posting.
        if (current) {
          current.showAnyway = true;
          return updateChip(current);
        }
        onRequest = true;
        return check();
      case 'recheck':
        setTimeout(() => watch.poke(), effect.ms);
        return;
      case 'wait':
        retry = setTimeout(() => dispatch({ type: 'timer', timer: effect.timer }), effect.ms);
        return;
      case 'cancel':
        return clearTimeout(retry);
    }
    if (!current) return;
    switch (effect.do) {
      case 'keep':
        current.map = read;
        return;
      case 'repaint':
        if (!highlighter.intact()) paintJob(current);
        return;
      case 'send': {
        const { map } = current;
        if (!map) return;
        // Whichever comes first counts: the reply, its failure, or no reply in time (the
        // machine ignores events for a request it no longer waits for).
        const failed = (error: unknown) => dispatch({ type: 'error', request: effect.request, error });
        const timeout = setTimeout(failed, REPLY_TIMEOUT_MS, new Error('no answer in time'));
        deps
          .send({
            type: 'analyze',
            posting: postingHeader(current.posting, doc.location.href, onRequest, map.truncated),
            text: map.text,
          })
          .then((reply) => dispatch({ type: 'reply', request: effect.request, reply }), failed)
          .finally(() => clearTimeout(timeout));
        return;
      }
      case 'show':
        current.view = effect.reply.view;
        current.annotation = effect.reply;
        paintJob(current);
        return updateChip(current);
      case 'clear':
        reportOnce('analysis', effect.error);
        current.annotation = null;
        clearHighlights();
        return dropChip(current);
    }
  };

  const dispatch = (event: Event) => {
    const step = transition(state, event);
    state = step.state;
    for (const effect of step.effects) perform(effect);
  };

  /** One settled page change: which posting the page shows, then its text. */
  const check = () => {
    const url = new URL(doc.location.href);
    const posting = guard(
      'sites',
      () => (onRequest ? pagePosting(doc, url) : findPosting(doc, url, reportOnce)),
      null,
    );
    const now = performance.now();
    found = posting;
    dispatch(posting ? { type: 'found', key: jobKey(posting, url), now } : { type: 'none' });
    if (!posting || !job) return;
    job.posting = posting;
    const map = guard('extract', () => extractText(posting.descriptionElement), null);
    read = map;
    const text = map && { hash: textHash(map.text), visibleChars: map.text.replace(/\s+/g, '').length };
    dispatch({ type: 'text', text, now });
  };

  const watch = watchPage(doc, deps.signal, check, { quietMs: deps.quietMs });
  deps.signal.addEventListener('abort', () => dispatch({ type: 'stop' }), { once: true });
  watch.poke();

  return {
    check,
    onMessage(raw) {
      const message = parseToContent(raw);
      // history-changed is the seen markers' (./seen-markers.ts).
      if (!message || message.type === 'history-changed') return undefined;
      if (message.type === 'show-anyway') dispatch({ type: 'request' });
      else {
        // fit-updated (the view is checked by the guard): highlights stay as they are (they
        // show nothing of the profile); only the chip of the job it belongs to changes.
        const current = job;
        const r = message.view.report;
        // Only for the job shown now (not one the user has left).
        if (current?.annotation && r?.site === current.posting.site && r.jobId === current.posting.jobId) {
          current.view = message.view;
          updateChip(current);
        }
      }
      return Promise.resolve({ ok: true });
    },
  };
}
