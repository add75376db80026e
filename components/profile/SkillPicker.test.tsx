// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchSkills } from '../../lib/profile/skill-search';
import { TEST_CATALOGUE } from '../../tests/support/profile-catalogue';
import { SkillPicker } from './SkillPicker';

const search: typeof searchSkills = (text, options) =>
  searchSkills(text, { ...options, catalogue: TEST_CATALOGUE });

function setup(held: string[] = []) {
  const onAddSkill = vi.fn();
  const onAddFreeText = vi.fn();
  render(
    <SkillPicker
      held={new Set(held)}
      onAddSkill={onAddSkill}
      onAddFreeText={onAddFreeText}
      search={search}
    />,
  );
  const input = screen.getByRole('combobox', { name: 'Add a skill' });
  const type = (text: string) => fireEvent.input(input, { target: { value: text } });
  const key = (k: string) => fireEvent.keyDown(input, { key: k });
  return { input, type, key, onAddSkill, onAddFreeText };
}

afterEach(cleanup);

/** The listbox's options (the level select has <option>s too). */
function suggestions(): HTMLElement[] {
  return within(screen.getByRole('listbox')).getAllByRole('option');
}

describe('SkillPicker', () => {
  it('suggests by name and alias with category and side, as an ARIA listbox', () => {
    const { input, type } = setup();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type('k8');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'Matching skills' });
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    const options = suggestions();
    expect(options[0]?.textContent).toBe('Kubernetes (k8s)CoreEngineering');
    // No exact match: the last option offers the typed text as the user's own skill.
    expect(options.at(-1)?.textContent).toContain('Add “k8” as your own skill');
  });

  it('moves with the arrows, marks the active option, and adds it with Enter', () => {
    const { input, type, key, onAddSkill } = setup();
    type('p');
    key('ArrowDown');
    key('ArrowDown');
    const options = suggestions();
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    key('ArrowUp');
    key('ArrowUp'); // wraps to the last option
    expect(suggestions().at(-1)?.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown'); // back to the first
    key('Enter');
    expect(onAddSkill).toHaveBeenCalledWith('postgresql', 'working');
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('Added PostgreSQL, working.');
  });

  it('adds an exact name or alias with Enter, at the chosen level', () => {
    const { type, key, onAddSkill } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'at level' }), { target: { value: 'expert' } });
    type('sklearn');
    key('Enter');
    expect(onAddSkill).toHaveBeenCalledWith('scikit-learn', 'expert');
  });

  it('does not guess on Enter when the text is only a prefix: it highlights the first option', () => {
    const { input, type, key, onAddSkill } = setup();
    type('py');
    key('Enter');
    expect(onAddSkill).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-activedescendant')).toBe(suggestions()[0]?.id);
  });

  it('adds unknown text as a free-text skill', () => {
    const { type, key, onAddFreeText, onAddSkill } = setup();
    type('Prolog');
    expect(suggestions()).toHaveLength(1);
    key('Enter');
    expect(onAddFreeText).toHaveBeenCalledWith('Prolog', 'working');
    expect(onAddSkill).not.toHaveBeenCalled();
  });

  it('does not suggest skills already held', () => {
    const { type } = setup(['pytorch']);
    type('pyto');
    expect(suggestions().map((o) => o.textContent)).toEqual([
      expect.stringContaining('Add “pyto” as your own skill'),
    ]);
  });

  it('closes with Escape, then clears with a second Escape', () => {
    const { input, type, key } = setup();
    type('go');
    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('go');
    key('Escape');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('adds with a mouse click on an option', () => {
    const { type, onAddSkill } = setup();
    type('aws');
    const option = suggestions()[0];
    if (!option) throw new Error('no option');
    fireEvent.mouseDown(option);
    expect(onAddSkill).toHaveBeenCalledWith('aws', 'working');
  });
});
