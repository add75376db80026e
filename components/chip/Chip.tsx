import { CATEGORIES, CATEGORY_LABELS, ROLE_LABELS, type SkillSummary } from '../../lib/analysis/types';
import type { ChipModel } from '../../lib/content/ui';
import { BAND_LABELS } from '../../lib/fit/types';
import { FitExplanation } from '../fit/FitExplanation';
import { toDom } from './dom';

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

/** What the chip's button shows: the role (the posting's) first, so the band, last, moves nothing. */
export function ChipFace({ model }: { model: ChipModel }) {
  const fit = model.view?.fit ?? null;
  return (
    <>
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
    </>
  );
}

/** The open panel's content: the explanation the popup shows (FitExplanation itself). */
export function ChipPanel({ model, onClose }: { model: ChipModel; onClose: () => void }) {
  return (
    <>
      <div class="mf-panel-head">
        <div>
          <p class="mf-panel-title">How you fit this posting</p>
          <p class="mf-panel-role">{roleLine(model)}</p>
        </div>
        <button type="button" class="mf-close" aria-label="Close" onClick={onClose}>
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
    </>
  );
}

export interface ChipView {
  update(model: ChipModel): void;
  /** Drops the listener it may have on the document. */
  remove(): void;
}

/**
 * The on-page chip: fit and role at a glance; a button that opens the explanation the
 * popup shows. Escape or the close button closes it and returns focus to the chip.
 * Chip and panel have fixed sizes (chip.css): the page can measure the host's hit area, so
 * nothing the user holds may change it.
 * Drawn straight into the DOM (./dom.ts), not by Preact: the button stays the same element
 * across updates, so focus stays on it; a redraw replaces what is inside.
 */
export function mountChip(container: HTMLElement, first: ChipModel): ChipView {
  const doc = container.ownerDocument;
  let model = first;
  let panel: HTMLElement | null = null;
  const root = doc.createElement('div');
  root.className = 'mf-chip-root mf-anchor';
  const button = doc.createElement('button');
  button.type = 'button';
  root.append(button);
  container.append(root);

  const setOpen = (open: boolean) => {
    if (open === !!panel) return;
    if (open) {
      panel = doc.createElement('section');
      panel.className = 'mf-panel';
      panel.setAttribute('aria-label', 'ML Fit details');
      root.append(panel);
      // Escape closes the panel wherever focus is: inside the chip (keys never leave its
      // shadow root, so the document would not hear them) or on the page, while it is open.
      doc.addEventListener('keydown', onKey);
    } else {
      panel?.remove();
      panel = null;
      doc.removeEventListener('keydown', onKey);
    }
    draw();
  };
  const close = () => {
    setOpen(false);
    button.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && panel) close();
  };

  const draw = () => {
    const fit = model.view?.fit ?? null;
    const role = roleLine(model);
    const label = fit ? `Fit ${fit.score} of 100, ${BAND_LABELS[fit.band]}. ${role}.` : role;
    button.className = `mf-chip ${fit ? `mf-band-${fit.band}` : ''}`;
    button.setAttribute('aria-expanded', String(!!panel));
    button.setAttribute('aria-label', `ML Fit: ${label} ${panel ? 'Hide' : 'Show'} details.`);
    button.replaceChildren(toDom(doc, <ChipFace model={model} />));
    panel?.replaceChildren(toDom(doc, <ChipPanel model={model} onClose={close} />));
  };

  button.addEventListener('click', () => setOpen(!panel));
  root.addEventListener('keydown', onKey);
  draw();
  return {
    update(next) {
      model = next;
      draw();
    },
    remove() {
      doc.removeEventListener('keydown', onKey);
      root.remove();
    },
  };
}
