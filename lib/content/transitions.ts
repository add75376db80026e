/**
 * The controller's decisions on each settled page change, as pure functions of what it knows:
 * no DOM, no messages, no timers (controller.ts carries them out). A page goes through these
 * phases per job:
 *
 *   idle ──posting found──▶ reading ──enough text──▶ analysing ──answer──▶ shown
 *     ▲                      │  ▲                       │                   │
 *     └──────no posting──────┴──┴──── text changed ◀────┴───────────────────┘
 *
 * `idle`: no posting on the page (the background has been told once); `reading`: a job whose
 * text has not been sent yet (a placeholder, or the previous job's text still on screen);
 * `analysing`: its text sent, no answer for it yet (or the answer failed); `shown`: the
 * answer for its current text is painted.
 */

/** Fewer visible characters than this is a placeholder still filling in: wait. */
export const MIN_TEXT = 40;
/** How long a new job may show its predecessor's text before that text counts as its own. */
export const STALE_MS = 3000;

export type Phase = 'idle' | 'reading' | 'analysing' | 'shown';

/** What the decisions read of the selected job. */
export interface JobState {
  key: string;
  /** Hash of the text last sent for analysis. */
  hash: string | null;
  /** Hash of the text whose answer is painted, if any. */
  shownHash: string | null;
  /** Something was sent for this job (the background knows of it). */
  reported: boolean;
  /** performance.now() when the job was first seen. */
  startedAt: number;
}

export function phaseOf(job: JobState | null): Phase {
  if (!job) return 'idle';
  if (job.hash === null) return 'reading';
  return job.shownHash === job.hash ? 'shown' : 'analysing';
}

/** The page was read: which posting it shows (its key), or none. */
export type Located =
  | { next: 'idle'; tell: boolean }
  | { next: 'same-job' }
  | { next: 'new-job'; leftText: string | null };

/**
 * The job (if any) ends unless the same posting is still there. No posting: tell the background once per page without one, and again on
 * leaving a reported one (it forgets the tab, and knows this page was read and nothing found).
 * Another posting: end the old job, remembering its text (the pane may still show it).
 */
export function onLocated(job: JobState | null, key: string | null, toldNone: boolean): Located {
  if (key === null) return { next: 'idle', tell: (job?.reported ?? false) || !toldNone };
  if (job?.key === key) return { next: 'same-job' };
  return { next: 'new-job', leftText: job?.hash ?? null };
}

/** What to do with the job's text as just read. */
export type TextStep =
  /** A placeholder still filling in, or nothing readable: wait for the next change. */
  | { next: 'wait' }
  /** The previous job's text under the new job's URL: look again after `ms`. */
  | { next: 'wait-rerender'; ms: number }
  /** The text already sent: keep the newest reading; repaint if the page redrew it under shown highlights. */
  | { next: 'same-text'; repaintIfBroken: boolean }
  /** New text: send it (reading → analysing, or back to analysing from shown). */
  | { next: 'analyse' };

export function onText(
  job: JobState,
  text: { hash: string; visibleChars: number } | null,
  leftText: string | null,
  now: number,
): TextStep {
  if (!text || text.visibleChars < MIN_TEXT) return { next: 'wait' };
  // The URL names the new job but the pane still shows the old text: wait for the site to
  // render (up to STALE_MS, after which identical text is taken as the new job's own).
  const waited = now - job.startedAt;
  if (job.hash === null && text.hash === leftText && waited < STALE_MS) {
    return { next: 'wait-rerender', ms: STALE_MS - waited };
  }
  if (text.hash === job.hash) return { next: 'same-text', repaintIfBroken: job.shownHash === text.hash };
  return { next: 'analyse' };
}

/** What to do with the background's answer to attempt `attempt` (0 = the first send). */
export type ReplyStep =
  /** The user moved on (another job, or this job's text changed): the answer is stale. */
  | { next: 'drop' }
  /** analysing → shown. */
  | { next: 'show' }
  /** Failed or unanswered (the worker stopped mid-way): send again after `ms`. */
  | { next: 'retry'; ms: number }
  /** The last attempt failed: no annotation until the text changes or the user asks again. */
  | { next: 'give-up' };

export function onReply(stale: boolean, ok: boolean, attempt: number, pauses: readonly number[]): ReplyStep {
  if (stale) return { next: 'drop' };
  if (ok) return { next: 'show' };
  const ms = pauses[attempt];
  return ms === undefined ? { next: 'give-up' } : { next: 'retry', ms };
}
