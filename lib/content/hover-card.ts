import type { Highlighter } from '../highlight';
import { reportOnce } from './failsafe';
import { trackHover } from './hover';
import type { Job } from './job';
import type { UiFactory } from './ui';

/** Shows the hover card for the mention under the pointer, mounting the card on first use. */
export function showCard(
  doc: Document,
  scope: Element,
  highlighter: Highlighter,
  job: Job,
  ui: UiFactory,
  signal: AbortSignal,
): void {
  trackHover(doc, scope, highlighter, signal, (item) => {
    const analysis = job.annotation?.analysis;
    const mention = item && analysis ? analysis.mentions[item.key] : undefined;
    if (!job.card && !mention) return;
    job.card ??= ui.mountCard(job.abort.signal).catch((error: unknown) => {
      reportOnce('hover card', error);
      return null;
    });
    void job.card.then((card) => {
      if (!card || job.abort.signal.aborted) return;
      if (!mention || !item || !analysis) return card.show(null);
      const side = analysis.skills.find((s) => s.id === mention.skill)?.side ?? 'engineering';
      const box = item.range.getBoundingClientRect();
      card.show({
        name: mention.name,
        category: mention.category,
        side,
        listedAs: mention.listedAs,
        level: job.view ? (job.view.held[mention.skill] ?? null) : undefined,
        rect: { left: box.left, top: box.top, bottom: box.bottom },
      });
    });
  });
}
