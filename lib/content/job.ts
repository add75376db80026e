import type { AnalysisSummary, AnalyzeReply, TabView } from '../messages/protocol';
import type { Posting } from '../sites/types';
import type { TextMap } from './text-map';
import type { CardHandle, ChipHandle } from './ui';

/**
 * The DOM side of the selected job (its state is transitions.ts's): everything its
 * AbortController tears down when the job ends.
 */
export interface Job {
  posting: Posting;
  abort: AbortController;
  /** The newest reading of the text sent (the page may re-render it while the answer is on its way). */
  map: TextMap | null;
  /**
   * The answer shown (its mentions painted, its analysis in the chip): the one for the text
   * sent, painted over `map`; until that comes, an earlier text's, as it was painted.
   */
  annotation: Pick<AnalyzeReply, 'mentions' | 'analysis'> | null;
  view: TabView | null;
  showAnyway: boolean;
  chip: Promise<ChipHandle | null> | null;
  card: Promise<CardHandle | null> | null;
  /** The description element hover tracking is bound to. */
  hoverScope: Element | null;
  hoverAbort: AbortController | null;
}

export function newJob(posting: Posting): Job {
  return {
    posting,
    abort: new AbortController(),
    map: null,
    annotation: null,
    view: null,
    showAnyway: false,
    chip: null,
    card: null,
    hoverScope: null,
    hoverAbort: null,
  };
}

/** A posting's identity: site and job id, or the page path when the site names no id. */
export function jobKey(posting: Posting, url: URL): string {
  return `${posting.site}:${posting.jobId ?? url.pathname}`;
}

export function shouldShowChip(job: Job, analysis: AnalysisSummary, onRequest: boolean): boolean {
  return analysis.isMlEngineer || onRequest || job.showAnyway || job.view?.showAnyway === true;
}
