import type { AnalysisSummary, TabView } from '../messages/protocol';
import type { Posting } from '../sites/types';
import type { Annotation } from './annotate';
import type { TextMap } from './text-map';
import type { CardHandle, ChipHandle } from './ui';

/** Everything that belongs to the selected job; its AbortController tears it all down. */
export interface Job {
  key: string;
  posting: Posting;
  abort: AbortController;
  /** Hash of the last text sent for analysis (never analyse the same text twice in a row). */
  hash: string | null;
  /** The newest reading of that text (the page may re-render it while the answer is on its way). */
  map: TextMap | null;
  /** What is shown: the background's answer for `hash`, or for an earlier text until it comes. */
  annotation: Annotation | null;
  view: TabView | null;
  showAnyway: boolean;
  chip: Promise<ChipHandle | null> | null;
  card: Promise<CardHandle | null> | null;
  /** The description element hover tracking is bound to. */
  hoverScope: Element | null;
  hoverAbort: AbortController | null;
  reported: boolean;
  /** performance.now() when the job was first seen. */
  startedAt: number;
}

export function newJob(key: string, posting: Posting, parent: AbortSignal): Job {
  const abort = new AbortController();
  // Tied to the content script's life, without piling listeners onto the parent signal.
  const stop = () => abort.abort();
  parent.addEventListener('abort', stop, { once: true });
  abort.signal.addEventListener('abort', () => parent.removeEventListener('abort', stop), { once: true });
  if (parent.aborted) abort.abort();
  return {
    key,
    posting,
    abort,
    hash: null,
    map: null,
    annotation: null,
    view: null,
    showAnyway: false,
    chip: null,
    card: null,
    hoverScope: null,
    hoverAbort: null,
    reported: false,
    startedAt: performance.now(),
  };
}

/** A posting's identity: site and job id, or the page path when the site names no id. */
export function jobKey(posting: Posting, url: URL): string {
  return `${posting.site}:${posting.jobId ?? url.pathname}`;
}

export function shouldShowChip(job: Job, analysis: AnalysisSummary, onRequest: boolean): boolean {
  return analysis.isMlEngineer || onRequest || job.showAnyway || job.view?.showAnyway === true;
}
