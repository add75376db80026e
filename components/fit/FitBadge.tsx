import { BAND_LABELS, type Band } from '../../lib/fit/types';

/** The score out of 100 with its band in words (colour is never the only cue). */
export function FitBadge({ score, band }: { score: number; band: Band }) {
  return (
    // Polite live region: the new score is read out after "Add to profile".
    <div class={`mf-badge mf-band-${band}`} aria-live="polite">
      <span class="mf-badge-score" data-testid="fit-score">
        {score}
      </span>
      <span class="mf-badge-text">
        <span class="mf-badge-band">{BAND_LABELS[band]}</span>
        <span class="mf-badge-max">fit score / 100</span>
      </span>
    </div>
  );
}
