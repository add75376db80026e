import type { Highlighter } from '../highlight';
import { parseToContent } from '../messages/guards';
import type { AnalyzeReply, ContentToBackground, Received, Send, TabView } from '../messages/protocol';
import { findPosting, pagePosting } from '../sites';
import type { Posting } from '../sites/types';
import { paint } from './annotate';
import { dropChip, syncChip } from './chip-sync';
import { guard, reportOnce } from './failsafe';
import { textHash } from './fingerprint';
import { postingHeader } from './header';
import { bindHoverCard } from './hover-card';
import { type Job, jobKey, newJob } from './job';
import { pause, RETRY_PAUSES_MS, withTimeout } from './retry';
import { extractText } from './text-map';
import { type JobState, onLocated, onReply, onText } from './transitions';
import type { UiFactory } from './ui';
import { type PageWatch, watchPage } from './watch';

/** What the transitions read of a job. */
function stateOf(job: Job): JobState {
  const { key, hash, reported, startedAt } = job;
  return { key, hash, shownHash: job.annotation?.hash ?? null, reported, startedAt };
}

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
  let job: Job | null = null;
  /** Text hash of the job the user just left. */
  let leftText: string | null = null;
  let watch: PageWatch | null = null;
  /** The background was told this page shows no posting (and nothing was found since). */
  let toldNone = false;

  const end = (old: Job | null) => {
    if (!old) return;
    old.abort.abort();
    watch?.quietly(() => guard('highlight', () => highlighter.clear(), undefined));
  };

  const locate = (): Posting | null => {
    const url = new URL(doc.location.href);
    return guard(
      'sites',
      () => (onRequest ? pagePosting(doc, url) : findPosting(doc, url, reportOnce)),
      null,
    );
  };

  const updateChip = (current: Job) => syncChip(current, onRequest, deps.ui);

  const applyView = (current: Job, view: TabView) => {
    if (current.abort.signal.aborted || !current.annotation) return;
    // Highlights stay as they are (they show nothing of the profile): only the chip changes.
    current.view = view;
    updateChip(current);
  };

  /** Paints the job's annotation over `map` (the newest reading of its text). */
  const show = (current: Job, map: NonNullable<Job['map']>) => {
    const shown = current.annotation;
    if (!shown) return;
    shown.map = map;
    watch?.quietly(() => {
      shown.items = guard('highlight', () => paint(map, shown.mentions, highlighter), []);
    });
    bindHover(current);
  };

  /** The background could not analyse this text: no annotation for it, said once in the console. */
  const giveUp = (current: Job, error: unknown) => {
    reportOnce('analysis', error);
    current.annotation = null;
    watch?.quietly(() => guard('highlight', () => highlighter.clear(), undefined));
    dropChip(current);
  };

  /** An analysis waiting between attempts: `now()` retries at once. */
  let waiting: { job: Job; now: () => void } | null = null;
  /** The analysis being sent or retried (the user's "Analyze this page" does not start another). */
  let sending: { job: Job } | null = null;

  /**
   * Sends the text to the background and shows its answer, unless the user has moved on
   * meanwhile (another job, or this job's text changed): then the answer is stale and dropped.
   * A failed or unanswered request (the service worker stopped mid-analysis, or was starting)
   * is retried a few times with growing pauses; after the last one the job shows nothing until
   * its text changes or the user asks again ("Analyze this page").
   */
  const analyze = async (current: Job, hash: string, text: string, truncated: boolean) => {
    current.reported = true;
    const message: ContentToBackground['analyze']['request'] = {
      type: 'analyze',
      posting: postingHeader(current.posting, doc.location.href, onRequest, truncated),
      text,
    };
    const stale = () =>
      job !== current || current.abort.signal.aborted || current.hash !== hash || !current.map;
    const token = { job: current };
    sending = token;
    let failure: unknown = null;
    for (let attempt = 0; ; attempt++) {
      let reply: AnalyzeReply | null = null;
      try {
        reply = await withTimeout(deps.send(message));
        failure = null;
      } catch (error) {
        failure = error;
      }
      const step = onReply(stale(), failure === null, attempt, RETRY_PAUSES_MS);
      if (step.next === 'drop') break;
      if (step.next === 'show' && reply) {
        accept(current, hash, reply);
        break;
      }
      if (step.next !== 'retry') {
        giveUp(current, failure);
        break;
      }
      const wait = pause(step.ms, current.abort.signal);
      waiting = { job: current, now: wait.now };
      await wait.done;
      if (waiting?.job === current) waiting = null;
      if (stale()) break;
    }
    if (sending === token) sending = null;
  };

  const accept = (current: Job, hash: string, reply: AnalyzeReply) => {
    if (!current.map) return;
    current.view = reply.view;
    current.annotation = {
      hash,
      map: current.map,
      mentions: reply.mentions,
      analysis: reply.analysis,
      items: [],
    };
    show(current, current.map);
    updateChip(current);
  };

  /** The user asked for the analysis: run it again if this job has none (failed or never answered). */
  const rerun = (current: Job) => {
    if (current.annotation) return;
    if (waiting?.job === current) return waiting.now();
    if (sending?.job === current) return;
    current.hash = null;
    check();
  };

  const bindHover = (current: Job) => bindHoverCard(doc, current, highlighter, deps.ui);

  /** One settled page change: the transitions of transitions.ts, carried out. */
  const check = () => {
    const posting = locate();
    const key = posting && jobKey(posting, new URL(doc.location.href));
    const located = onLocated(job && stateOf(job), key, toldNone);
    if (located.next === 'idle' || !posting || !key) {
      end(job);
      job = null;
      if (located.next === 'idle' && located.tell) {
        toldNone = true;
        deps.send({ type: 'no-posting' }).catch((error) => reportOnce('messages', error));
      }
      return;
    }
    toldNone = false;
    if (located.next === 'new-job' || !job) {
      leftText = located.next === 'new-job' ? located.leftText : null;
      end(job);
      job = newJob(key, posting, deps.signal);
    } else job.posting = posting;
    const current = job;

    const map = guard('extract', () => extractText(posting.descriptionElement), null);
    const text = map && { hash: textHash(map.text), visibleChars: map.text.replace(/\s+/g, '').length };
    const step = onText(stateOf(current), text, leftText, performance.now());
    if (step.next === 'wait' || !map || !text) return;
    if (step.next === 'wait-rerender') {
      setTimeout(() => watch?.poke(), step.ms);
      return;
    }
    // Same text or new, this is its newest reading (an answer on its way maps onto it).
    current.map = map;
    if (step.next === 'same-text') {
      if (step.repaintIfBroken && !highlighter.intact()) show(current, map);
      return;
    }
    current.hash = text.hash;
    void analyze(current, text.hash, map.text, map.truncated);
  };

  watch = watchPage(doc, deps.signal, check, { quietMs: deps.quietMs });
  deps.signal.addEventListener('abort', () => end(job), { once: true });
  watch.poke();

  return {
    check,
    onMessage(raw) {
      const message = parseToContent(raw);
      // history-changed is the seen markers' (./seen-markers.ts).
      if (!message || message.type === 'history-changed') return undefined;
      if (message.type === 'show-anyway') {
        if (job) {
          job.showAnyway = true;
          updateChip(job);
          rerun(job);
        } else {
          // Nothing recognised here: the user asked, so read the page as a posting (on-request
          // mode shows the chip whatever the role).
          onRequest = true;
          check();
        }
        return Promise.resolve({ ok: true });
      }
      // fit-updated: the view is already checked by the guard.
      const current = job;
      if (current && sameJob(message.view, current)) applyView(current, message.view);
      return Promise.resolve({ ok: true });
    },
  };
}

/** A fit-updated view belongs to the job shown now (and not to one the user has left). */
function sameJob(view: TabView, current: Job): boolean {
  const r = view.report;
  return r !== null && r.site === current.posting.site && r.jobId === current.posting.jobId;
}
