// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { ChipModel } from '../../lib/content/ui';
import { computeFit } from '../../lib/fit';
import { BAND_LABELS } from '../../lib/fit/types';
import { emptyProfile } from '../../lib/profile/schema';
import { mountChip } from './Chip';

const model: ChipModel = {
  role: { id: 'ml-engineer', confidence: 0.9, reasons: [] },
  isMlEngineer: true,
  skills: [
    { id: 'python', name: 'Python', category: 'core', side: 'engineering', count: 1, listedAs: 'required' },
  ],
  view: null,
};

afterEach(() => {
  document.body.replaceChildren();
});

function setup() {
  const container = document.createElement('div');
  document.body.append(container);
  const chip = mountChip(container, model);
  const button = container.querySelector<HTMLButtonElement>('button.mf-chip');
  if (!button) throw new Error('no chip button');
  return { container, chip, button, panel: () => container.querySelector('.mf-panel') };
}

describe('the on-page chip', () => {
  test('the button opens and closes the panel and says which it will do', () => {
    const { button, panel } = setup();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('ML Fit: ML engineer role Show details.');
    expect(panel()).toBeNull();
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-label')).toMatch(/Hide details\.$/);
    expect(panel()?.textContent).toContain('Python');
    button.click();
    expect(panel()).toBeNull();
  });

  test('Escape on the page or the close button closes it and gives focus back to the chip', () => {
    const { button, panel } = setup();
    button.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(button);
    button.click();
    panel()?.querySelector<HTMLButtonElement>('.mf-close')?.click();
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  test('an update redraws in place: the same button, the panel still open with the new view', () => {
    const { chip, button, panel, container } = setup();
    button.click();
    const fit = computeFit(
      model.skills,
      { years: null, degree: null },
      {
        ...emptyProfile(),
        skills: [{ skill: 'python', level: 'expert' }],
      },
    );
    chip.update({
      ...model,
      view: { report: null, fit: null, held: {}, profile: 'empty', showAnyway: false },
    });
    expect(container.querySelector('button.mf-chip')).toBe(button);
    expect(panel()?.textContent).toContain('Add your skills to your profile');
    chip.update({ ...model, view: { report: null, fit, held: {}, profile: 'ready', showAnyway: false } });
    expect(button.className).toBe(`mf-chip mf-band-${fit.band}`);
    expect(button.textContent).toBe(`${fit.score}ML engineer role${BAND_LABELS[fit.band]}`);
    expect(panel()?.querySelector('[data-skill="python"]')?.className).toBe('mf-skill mf-held');
    chip.remove();
    expect(container.childElementCount).toBe(0);
  });
});
