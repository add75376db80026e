// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SkillSummary } from '../../lib/analysis/types';
import { computeFit } from '../../lib/fit';
import type { Level } from '../../lib/profile/levels';
import { emptyProfile } from '../../lib/profile/schema';
import { SAMPLE_SKILLS } from '../../tests/support/fit';
import { AddSkill } from './AddSkill';
import { FitExplanation } from './FitExplanation';

/** The extension pages' "Add" control, as the popup passes it. */
const adding = (onAdd: (skill: string, level: Level) => unknown) => (skill: string, name: string) => (
  <AddSkill skill={skill} name={name} onAdd={onAdd} />
);

afterEach(cleanup);

const skills: SkillSummary[] = [...SAMPLE_SKILLS];
const profile = {
  ...emptyProfile(),
  background: 'backend-engineer' as const,
  years: 2,
  skills: [
    { skill: 'python', level: 'expert' as const },
    { skill: 'sql', level: 'working' as const },
  ],
};
const fit = computeFit(skills, { years: { min: 3 }, degree: null }, profile);

describe('FitExplanation', () => {
  test('shows the score, each held skill with points adding up to it, and the missing ones', () => {
    const { container } = render(<FitExplanation view={{ fit, profile: 'ready' }} />);
    expect(screen.getByTestId('fit-score').textContent).toBe(String(fit.score));
    const points = [...container.querySelectorAll('.mf-held .mf-skill-points strong')].map((e) =>
      Number(e.textContent),
    );
    expect(points.reduce((a, b) => a + b, 0)).toBe(fit.score);
    expect(container.querySelectorAll('.mf-missing')).toHaveLength(2);
    const groups = screen.getAllByRole('region').map((g) => ({
      name: g.getAttribute('aria-label'),
      held: g.querySelector('.mf-group-count')?.textContent,
      skills: [...g.querySelectorAll('.mf-skill')].map((li) => li.getAttribute('data-skill')),
    }));
    expect(groups).toEqual([
      { name: 'Core', held: '1/2 held', skills: ['python', 'pytorch'] },
      { name: 'Underemphasized', held: '1/1 held', skills: ['sql'] },
      { name: 'Nice to have', held: '0/1 held', skills: ['spark'] },
    ]);
    expect(screen.getAllByText('required').length).toBe(3);
    expect(screen.getAllByText('preferred').length).toBe(1);
  });

  test('names the weaker side, gives the advice and compares years', () => {
    const { container } = render(<FitExplanation view={{ fit, profile: 'ready' }} />);
    expect(fit.weakerSide).toBe('ml');
    expect(screen.getByText('weaker side').parentElement?.textContent).toMatch(/^ML/);
    expect(container.querySelector('.mf-advice')?.textContent).toBe(fit.advice);
    expect(fit.advice).toContain('PyTorch');
    expect(screen.getByText(/asked 3\+ years · yours 2/).textContent).toMatch(/below/);
  });

  test('"Add" opens a labelled level choice and reports the choice', async () => {
    const onAddSkill = vi.fn();
    render(<FitExplanation view={{ fit, profile: 'ready' }} renderAdd={adding(onAddSkill)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add PyTorch to profile' }));
    const select = screen.getByLabelText('Your level in PyTorch') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'expert' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onAddSkill).toHaveBeenCalledWith('pytorch', 'expert'));
  });

  test('no add buttons without a control; a message instead of a fit when there is none', () => {
    const { container, rerender } = render(<FitExplanation view={{ fit, profile: 'ready' }} />);
    expect(screen.queryByRole('button', { name: /Add .* to profile/ })).toBeNull();
    rerender(<FitExplanation view={{ fit: null, profile: 'empty' }} />);
    expect(container.textContent).toBe('Add your skills to your profile to see how you fit.');
    rerender(<FitExplanation view={{ fit: null, profile: 'unavailable' }} />);
    expect(container.textContent).toBe('Your profile could not be read, so there is no fit to show.');
  });
});

test('Escape closes the level choice without adding anything', () => {
  const onAddSkill = vi.fn();
  render(<FitExplanation view={{ fit, profile: 'ready' }} renderAdd={adding(onAddSkill)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Add PyTorch to profile' }));
  fireEvent.keyDown(screen.getByLabelText('Your level in PyTorch'), { key: 'Escape' });
  expect(screen.queryByLabelText('Your level in PyTorch')).toBeNull();
  expect(onAddSkill).not.toHaveBeenCalled();
});

describe('a posting cut to its first characters', () => {
  test('says so, with and without a fit', () => {
    const note = 'A very long posting: only its first 60,000 characters were read.';
    const withFit = render(<FitExplanation view={{ fit, profile: 'ready', report: { truncated: true } }} />);
    expect(withFit.container.querySelector('.mf-explain')?.firstElementChild?.textContent).toBe(note);
    cleanup();
    const without = render(
      <FitExplanation view={{ fit: null, profile: 'empty', report: { truncated: true } }} />,
    );
    expect(without.container.textContent).toBe(`${note}Add your skills to your profile to see how you fit.`);
  });

  test('says nothing for a posting read whole', () => {
    render(<FitExplanation view={{ fit, profile: 'ready', report: { truncated: false } }} />);
    expect(screen.queryByText(/characters were read/)).toBeNull();
  });
});

describe('FitExplanation with a transferable skill', () => {
  test('shows the relative it comes through, its points and its gain, and offers to add it', () => {
    const withRelative = {
      ...profile,
      skills: [...profile.skills, { skill: 'tensorflow', level: 'expert' as const }],
    };
    const f = computeFit(skills, { years: null, degree: null }, withRelative);
    const onAdd = vi.fn();
    const { container } = render(
      <FitExplanation view={{ fit: f, profile: 'ready' }} renderAdd={adding(onAdd)} />,
    );
    const row = container.querySelector('.mf-transfer[data-skill="pytorch"]');
    expect(row?.querySelector('.mf-skill-icon')?.textContent).toBe('≈');
    expect(row?.querySelector('.mf-via')?.textContent).toBe('transferable from TensorFlow');
    const item = f.matched.find((m) => m.skill === 'pytorch');
    expect(row?.querySelector('.mf-skill-points')?.textContent).toBe(
      `${item?.points} pts · up to +${item?.gain}`,
    );
    // The held rows and the transferable row together add up to the score.
    const points = [...container.querySelectorAll('.mf-skill-points strong')].map((e) =>
      Number(e.textContent),
    );
    expect(points.reduce((a, b) => a + b, 0)).toBe(f.score);
    // The offer to add the skill itself, named for it (not for the relative).
    expect(row?.querySelector('button')?.getAttribute('aria-label')).toBe('Add PyTorch to profile');
  });
});
