import type { Analysis } from '../analysis/types';
import type { Highlighter } from '../highlight';
import { type Message, parseMessage, type TabView } from '../messages/schema';
import { findPosting, pagePosting } from '../sites';
import type { Posting } from '../sites/types';
import { type Analyze, annotate } from './annotate';
import { syncChip } from './chip-sync';
import { guard, guardAsync, reportOnce } from './failsafe';
import { textHash } from './fingerprint';
import { bindHoverCard } from './hover-card';
import { heldFn, type Job, jobKey, newJob } from './job';
import { buildReport } from './report';
import { extractText } from './text-map';
import type { UiFactory } from './ui';
import { parseTabView } from './view';
import { type PageWatch, watchPage } from './watch';

/** Fewer visible characters than this is a placeholder still filling in: wait. */
const MIN_TEXT = 40;
/** How long a new job may show its predecessor's text before that text counts as its own. */
const STALE_MS = 3000;

export interface ControllerDeps {
  doc: Document;
  analyze: Analyze;
  highlighter: Highlighter;
  ui: UiFactory;
  send(message: Message): Promise<unknown>;
  /** The content script's life (WXT's ctx.signal). */
  signal: AbortSignal;
  /** Injected at the user's request into a page no adapter claims: analyse whatever it shows. */
  onRequest: boolean;
  quietMs?: number;
}

export interface Controller {
  /** Re-read the page now (tests, and show-anyway). */
  check(): void;
  /** Runtime messages from the background; returns the reply, if any. */
  onMessage(raw: unknown): Promise<unknown> | undefined;
}

export function startController(deps: ControllerDeps): Controller {
  const { doc, highlighter } = deps;
  let onRequest = deps.onRequest;
  let job: Job | null = null;
  /** Text hash of the job the user just left. */
  let leftText: string | null = null;
  let watch: PageWatch | null = null;

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

  const applyView = (current: Job, view: TabView | null) => {
    if (current.abort.signal.aborted || !current.annotation) return;
    current.view = view;
    const held = heldFn(view);
    const mentions = current.annotation.analysis.mentions;
    watch?.quietly(() =>
      guard('highlight', () => highlighter.restyle((key) => held(mentions[key]?.skill ?? '')), undefined),
    );
    updateChip(current);
  };

  const report = async (current: Job, analysis: Analysis) => {
    const message: Message = {
      type: 'posting',
      report: buildReport(current.posting, analysis, doc.location.href, onRequest),
    };
    current.reported = true;
    const reply = await guardAsync('messages', () => deps.send(message), undefined);
    if (reply !== undefined) applyView(current, parseTabView(reply));
  };

  const bindHover = (current: Job) => bindHoverCard(doc, current, highlighter, deps.ui);

  const check = () => {
    const posting = locate();
    if (!posting) {
      if (job) {
        const wasReported = job.reported;
        end(job);
        job = null;
        if (wasReported) void guardAsync('messages', () => deps.send({ type: 'no-posting' }), undefined);
      }
      return;
    }
    const key = jobKey(posting, new URL(doc.location.href));
    if (job?.key !== key) {
      leftText = job?.hash ?? null;
      end(job);
      job = newJob(key, posting, deps.signal);
    } else job.posting = posting;
    const current = job;

    const map = guard('extract', () => extractText(posting.descriptionElement), null);
    if (!map || map.text.replace(/\s+/g, '').length < MIN_TEXT) return;
    const hash = textHash(map.text);
    // The URL names the new job but the pane still shows the old text: wait for the site to
    // render (up to STALE_MS, after which identical text is taken as the new job's own).
    const waited = performance.now() - current.startedAt;
    if (current.hash === null && hash === leftText && waited < STALE_MS) {
      setTimeout(() => watch?.poke(), STALE_MS - waited);
      return;
    }
    const previous = current.annotation;
    if (hash === current.hash && previous) {
      // Same text: nothing to do unless the page re-rendered it under the highlights.
      if (highlighter.intact()) return;
      watch?.quietly(() => {
        current.annotation = guard(
          'highlight',
          () =>
            annotate(posting.descriptionElement, posting.title, deps.analyze, highlighter, heldOf(current), {
              map,
              analysis: previous.analysis,
            }),
          previous,
        );
      });
      bindHover(current);
      return;
    }
    current.hash = hash;
    const analysis = guard('analysis', () => deps.analyze({ text: map.text, title: posting.title }), null);
    if (!analysis) return;
    watch?.quietly(() => {
      current.annotation = guard(
        'highlight',
        () =>
          annotate(posting.descriptionElement, posting.title, deps.analyze, highlighter, heldOf(current), {
            map,
            analysis,
          }),
        { map, analysis, items: [] },
      );
    });
    bindHover(current);
    updateChip(current);
    void report(current, analysis);
  };

  const heldOf = (current: Job) => heldFn(current.view);

  watch = watchPage(doc, deps.signal, check, { quietMs: deps.quietMs });
  deps.signal.addEventListener('abort', () => end(job), { once: true });
  watch.poke();

  return {
    check,
    onMessage(raw) {
      const message = parseMessage(raw);
      if (!message) return undefined;
      if (message.type === 'show-anyway') {
        if (job) {
          job.showAnyway = true;
          updateChip(job);
        } else {
          // Nothing recognised here: the user asked, so read the page as a posting (on-request
          // mode shows the chip whatever the role).
          onRequest = true;
          check();
        }
        return Promise.resolve({ ok: true });
      }
      if (message.type === 'fit-updated') {
        const view = parseTabView(message.view);
        const current = job;
        if (view && current && sameJob(view, current)) applyView(current, view);
        return Promise.resolve({ ok: true });
      }
      return undefined;
    },
  };
}

/** A fit-updated view belongs to the job shown now (and not to one the user has left). */
function sameJob(view: TabView, current: Job): boolean {
  const r = view.report;
  return r !== null && r.site === current.posting.site && r.jobId === current.posting.jobId;
}
