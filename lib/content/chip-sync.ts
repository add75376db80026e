import { guard, guardAsync } from './failsafe';
import { type Job, shouldShowChip } from './job';
import type { UiFactory } from './ui';

/**
 * Puts the job's chip in step with its analysis and the background's view: mounted when the
 * posting is an ML engineer role (or the user asked), updated in place, taken down when a
 * longer text ("see more") turns out not to be one.
 */
export function syncChip(job: Job, onRequest: boolean, ui: UiFactory): void {
  const analysis = job.annotation?.analysis;
  if (!analysis || job.abort.signal.aborted) return;
  const model = { ...analysis, view: job.view };
  if (!shouldShowChip(job, analysis, onRequest)) {
    dropChip(job);
    return;
  }
  if (job.chip) {
    void job.chip.then((c) => c && guard('chip', () => c.update(model), undefined));
    return;
  }
  job.chip = guardAsync('chip', () => ui.mountChip(job.posting.titleElement, model, job.abort.signal), null);
}

/** Takes the job's chip down (if any); a later sync may mount a new one. */
export function dropChip(job: Job): void {
  const old = job.chip;
  job.chip = null;
  void old?.then((c) => c?.remove());
}
