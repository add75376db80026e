import type { Highlighter } from '../highlight';
import { guard, reportOnce } from './failsafe';
import { trackHover } from './hover';
import type { Job } from './job';
import type { UiFactory } from './ui';

/**
 * Hover tracking for the job's current description element; a re-rendered element replaces
 * the previous tracker (each has its own AbortController under the job's).
 */
export function bindHoverCard(doc: Document, job: Job, highlighter: Highlighter, ui: UiFactory): void {
  const scope = job.posting.descriptionElement;
  if (job.hoverScope === scope) return;
  job.hoverScope = scope;
  job.hoverAbort?.abort();
  const hover = new AbortController();
  job.hoverAbort = hover;
  job.abort.signal.addEventListener('abort', () => hover.abort(), { once: true, signal: hover.signal });
  guard('hover', () => showCard(doc, scope, highlighter, job, ui, hover.signal), undefined);
}

/** Shows the hover card for the mention under the pointer, mounting the card on first use. */
function showCard(
  doc: Document,
  scope: Element,
  highlighter: Highlighter,
  job: Job,
  ui: UiFactory,
  signal: AbortSignal,
): void {
  trackHover(doc, scope, highlighter, signal, (item) => {
    const shown = job.annotation;
    const mention = item && shown ? shown.mentions[item.key] : undefined;
    if (!job.card && !mention) return;
    job.card ??= ui.mountCard(job.abort.signal).catch((error: unknown) => {
      reportOnce('hover card', error);
      return null;
    });
    void job.card.then((card) => {
      if (!card || job.abort.signal.aborted) return;
      if (!mention || !item || !shown) return card.show(null);
      const side = shown.analysis.skills.find((s) => s.id === mention.skill)?.side ?? 'engineering';
      const box = item.range.getBoundingClientRect();
      card.show({
        name: mention.name,
        category: mention.category,
        side,
        listedAs: mention.listedAs,
        level: job.view ? (job.view.held[mention.skill] ?? null) : undefined,
        via: job.view?.fit?.matched.find((m) => m.skill === mention.skill)?.via ?? null,
        rect: { left: box.left, top: box.top, bottom: box.bottom },
      });
    });
  });
}
