import { Component, createRef } from 'preact';
import { CATEGORIES, CATEGORY_LABELS, ROLE_LABELS, type SkillSummary } from '../../lib/analysis/types';
import type { ChipModel } from '../../lib/content/ui';
import { BAND_LABELS } from '../../lib/fit/types';
import { FitExplanation } from '../fit/FitExplanation';

export type { ChipModel };

function roleLine(model: ChipModel): string {
  const label = ROLE_LABELS[model.role.id];
  return model.isMlEngineer ? `${label} role` : `${label} role, not ML engineering`;
}

/** Skills by category when there is no fit to explain (no profile, or no answer yet). */
function SkillSummaryList({ skills }: { skills: SkillSummary[] }) {
  if (skills.length === 0) return <p class="mf-muted">No skills from the catalogue in this posting.</p>;
  return (
    <div>
      {CATEGORIES.map((c) => {
        const names = skills.filter((s) => s.category === c).map((s) => s.name);
        return names.length === 0 ? null : (
          <div key={c}>
            <p class="mf-summary-label">{CATEGORY_LABELS[c]}</p>
            <p class="mf-summary">{names.join(', ')}</p>
          </div>
        );
      })}
    </div>
  );
}

/**
 * The on-page chip: fit and role at a glance; a button that opens the explanation the
 * popup shows. Escape or the close button closes it and returns focus to the chip.
 * Chip and panel have fixed sizes (chip.css): the page can measure the host's hit area, so
 * nothing the user holds may change it; the role (the posting's) comes first so that the
 * band, at the end, moves nothing when the fit changes.
 */
export class Chip extends Component<{ model: ChipModel }, { open: boolean }> {
  // A class, not hooks: preact/hooks would add a twentieth to the content script's size.
  override state = { open: false };
  private readonly button = createRef<HTMLButtonElement>();
  private readonly root = createRef<HTMLDivElement>();

  /** Closes the panel and returns focus to the chip. */
  private readonly close = () => {
    this.setState({ open: false });
    this.button.current?.focus();
  };

  // Escape closes the panel wherever focus is: inside the chip (keys never leave its shadow
  // root, so the document would not hear them) or on the page, while the panel is open.
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.state.open) this.close();
  };

  override componentDidMount() {
    this.root.current?.addEventListener('keydown', this.onKey);
  }

  override componentDidUpdate() {
    if (this.state.open) document.addEventListener('keydown', this.onKey);
    else document.removeEventListener('keydown', this.onKey);
  }

  override componentWillUnmount() {
    this.root.current?.removeEventListener('keydown', this.onKey);
    document.removeEventListener('keydown', this.onKey);
  }

  override render() {
    const { model } = this.props;
    const { open } = this.state;
    const fit = model.view?.fit ?? null;
    const label = fit
      ? `Fit ${fit.score} of 100, ${BAND_LABELS[fit.band]}. ${roleLine(model)}.`
      : roleLine(model);
    return (
      <div class="mf-chip-root mf-anchor" ref={this.root}>
        <button
          ref={this.button}
          type="button"
          class={`mf-chip ${fit ? `mf-band-${fit.band}` : ''}`}
          aria-expanded={open}
          aria-label={`ML Fit: ${label} ${open ? 'Hide' : 'Show'} details.`}
          onClick={() => this.setState({ open: !open })}
        >
          <span class="mf-chip-score" aria-hidden="true">
            {fit ? fit.score : 'ML'}
          </span>
          <span class="mf-chip-role" aria-hidden="true">
            {roleLine(model)}
          </span>
          {fit && (
            <span class="mf-chip-band" aria-hidden="true">
              {BAND_LABELS[fit.band]}
            </span>
          )}
        </button>
        {open && (
          <section class="mf-panel" aria-label="ML Fit details">
            <div class="mf-panel-head">
              <div>
                <p class="mf-panel-title">How you fit this posting</p>
                <p class="mf-panel-role">{roleLine(model)}</p>
              </div>
              <button type="button" class="mf-close" aria-label="Close" onClick={this.close}>
                ×
              </button>
            </div>
            {model.view ? (
              <>
                <FitExplanation view={model.view} />
                {!model.view.fit && <SkillSummaryList skills={model.skills} />}
              </>
            ) : (
              <SkillSummaryList skills={model.skills} />
            )}
          </section>
        )}
      </div>
    );
  }
}
