// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SkillCatalogue, SuggestedSkill } from '../../lib/profile/skill-ref';
import { testCatalogue } from '../../tests/support/catalogue';
import { TEST_CATALOGUE } from '../../tests/support/profile-catalogue';
import { CatalogueContext } from './catalogue';
import { SkillPicker } from './SkillPicker';

function setup(
  held: string[] = [],
  catalogue: SkillCatalogue = testCatalogue(TEST_CATALOGUE).catalogue,
  onAddFreeText: (text: string, level: string) => void | Promise<void> = vi.fn(),
) {
  const onAddSkill = vi.fn();
  render(
    <CatalogueContext.Provider value={catalogue}>
      <SkillPicker held={new Set(held)} onAddSkill={onAddSkill} onAddFreeText={onAddFreeText} />
    </CatalogueContext.Provider>,
  );
  const input = screen.getByRole('combobox', { name: 'Add a skill' });
  const type = (text: string) => fireEvent.input(input, { target: { value: text } });
  const key = (k: string) => fireEvent.keyDown(input, { key: k });
  return { input, type, key, onAddSkill, onAddFreeText };
}

afterEach(cleanup);

/** The listbox's options (the level select has <option>s too). */
function suggestions(): HTMLElement[] {
  return within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option');
}

/** The options once the background's answer for the typed text is shown. */
async function answered(first: string): Promise<HTMLElement[]> {
  await waitFor(() => expect(suggestions()[0]?.textContent).toContain(first));
  return suggestions();
}

describe('SkillPicker', () => {
  it('suggests by name and alias with category and side, as an ARIA listbox', async () => {
    const { input, type } = setup();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type('k8');
    const options = await answered('Kubernetes');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'Matching skills' });
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(options[0]?.textContent).toBe('Kubernetes (k8s)CoreEngineering');
    // No exact match: the last option offers the typed text as the user's own skill.
    expect(options.at(-1)?.textContent).toContain('Add “k8” as your own skill');
  });

  it('moves with the arrows, marks the active option, and adds it with Enter', async () => {
    const { input, type, key, onAddSkill } = setup();
    type('p');
    await answered('PostgreSQL');
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
    await waitFor(() => expect(onAddSkill).toHaveBeenCalledWith('postgresql', 'working'));
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('Added PostgreSQL, working.');
  });

  it('adds an exact name or alias with Enter, at the chosen level, even before the answer shows', async () => {
    const { type, key, onAddSkill } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'at level' }), { target: { value: 'expert' } });
    type('sklearn');
    key('Enter'); // the background has not answered yet: Enter waits for it
    await waitFor(() => expect(onAddSkill).toHaveBeenCalledWith('scikit-learn', 'expert'));
  });

  it('does not guess on Enter when the text is only a prefix: it highlights the first option', async () => {
    const { input, type, key, onAddSkill } = setup();
    type('py');
    await answered('Python');
    key('Enter');
    expect(onAddSkill).not.toHaveBeenCalled();
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe(suggestions()[0]?.id));
  });

  it('adds unknown text as a free-text skill', async () => {
    const { type, key, onAddFreeText, onAddSkill } = setup();
    type('Prolog');
    await waitFor(() => expect(suggestions()).toHaveLength(1));
    key('Enter');
    await waitFor(() => expect(onAddFreeText).toHaveBeenCalledWith('Prolog', 'working'));
    expect(onAddSkill).not.toHaveBeenCalled();
  });

  it('does not suggest skills already held', async () => {
    const { sent, catalogue } = testCatalogue(TEST_CATALOGUE);
    const { type } = setup(['pytorch'], catalogue);
    type('pyto');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ type: 'search-skills', text: 'pyto', exclude: ['pytorch'] });
    await waitFor(() =>
      expect(suggestions().map((o) => o.textContent)).toEqual([
        expect.stringContaining('Add “pyto” as your own skill'),
      ]),
    );
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    const { input, type, key } = setup();
    type('go');
    await answered('Go');
    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('go');
    key('Escape');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('adds with a mouse click on an option', async () => {
    const { type, onAddSkill } = setup();
    type('aws');
    const [option] = await answered('AWS');
    if (!option) throw new Error('no option');
    fireEvent.mouseDown(option);
    expect(onAddSkill).toHaveBeenCalledWith('aws', 'working');
  });

  it('shows only the answer for the latest text: an older answer that comes last is dropped', async () => {
    const pending = new Map<string, (s: SuggestedSkill[]) => void>();
    const { catalogue: real } = testCatalogue(TEST_CATALOGUE);
    const catalogue: SkillCatalogue = {
      ...real,
      search: (text) => new Promise((resolve) => pending.set(text, resolve)),
    };
    const { type } = setup([], catalogue);
    const kube = await real.search('ku', []);
    const python = await real.search('pyth', []);
    type('pyth');
    type('ku');
    await waitFor(() => expect(pending.size).toBe(2));
    pending.get('ku')?.(kube);
    await answered('Kubernetes');
    pending.get('pyth')?.(python);
    await new Promise((r) => setTimeout(r, 20));
    expect(suggestions()[0]?.textContent).toContain('Kubernetes');
    expect(suggestions().map((o) => o.textContent)).not.toContainEqual(expect.stringContaining('Python'));
  });

  it('says when the background does not answer, and keeps the typed text', async () => {
    const { catalogue, fail } = testCatalogue(TEST_CATALOGUE);
    fail();
    const onAddFreeText = vi.fn();
    const { input, type, key } = setup([], catalogue, onAddFreeText);
    type('Prolog');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Suggestions are unavailable: the extension’s background did not answer; reload this page to try again.',
    );
    key('Enter');
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('Prolog'));
    expect(onAddFreeText).not.toHaveBeenCalled();
  });

  it('keeps the typed text when adding it as an own skill fails', async () => {
    const onAddFreeText = vi.fn(async () => {
      throw new Error('the extension’s background did not answer; reload this page to try again');
    });
    const { input, type, key } = setup([], undefined, onAddFreeText);
    type('Prolog');
    await waitFor(() => expect(suggestions()).toHaveLength(1));
    key('Enter');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Not added: the extension’s background did not answer; reload this page to try again.',
      ),
    );
    expect(onAddFreeText).toHaveBeenCalledWith('Prolog', 'working');
    expect((input as HTMLInputElement).value).toBe('Prolog');
  });

  it('typing on after Enter starts the next skill: entries whose answers are still coming are judged in order', async () => {
    const { catalogue: real } = testCatalogue(TEST_CATALOGUE);
    const waiting: Array<() => void> = [];
    const catalogue: SkillCatalogue = {
      ...real,
      search: (text, exclude) =>
        new Promise((resolve) => waiting.push(() => void real.search(text, exclude).then(resolve))),
    };
    const { input, type, key, onAddSkill } = setup([], catalogue);
    type('pytorch');
    key('Enter');
    // Emptied at once, before any answer: what is typed next is a new entry.
    expect((input as HTMLInputElement).value).toBe('');
    type('k8s');
    key('Enter');
    type('py');
    key('Enter');
    expect((input as HTMLInputElement).value).toBe('');
    expect(onAddSkill).not.toHaveBeenCalled();
    for (const release of waiting.splice(0)) release();
    await waitFor(() => expect(onAddSkill).toHaveBeenCalledTimes(2));
    expect(onAddSkill.mock.calls).toEqual([
      ['pytorch', 'working'],
      ['kubernetes', 'working'],
    ]);
    // "py" names no one skill: it comes back to the box with the list open, nothing added.
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('py'));
    for (const release of waiting.splice(0)) release();
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe(suggestions()[0]?.id));
    expect(onAddSkill).toHaveBeenCalledTimes(2);
  });

  it('arrows and Enter pressed while the list still shows the text before act on the new text’s list', async () => {
    const { catalogue: real } = testCatalogue(TEST_CATALOGUE);
    const waiting: Array<() => void> = [];
    let hold = false;
    const catalogue: SkillCatalogue = {
      ...real,
      search: (text, exclude) =>
        hold
          ? new Promise((resolve) => waiting.push(() => void real.search(text, exclude).then(resolve)))
          : real.search(text, exclude),
    };
    const { input, type, key, onAddSkill } = setup([], catalogue);
    type('py');
    await answered('Python');
    hold = true;
    type('pyto');
    key('ArrowDown');
    key('Enter');
    // The list on screen is still the one for "py" (Python first): nothing is chosen from it.
    expect(onAddSkill).not.toHaveBeenCalled();
    expect((input as HTMLInputElement).value).toBe('');
    for (const release of waiting.splice(0)) release();
    await waitFor(() => expect(onAddSkill).toHaveBeenCalledWith('pytorch', 'working'));
    expect(onAddSkill).toHaveBeenCalledTimes(1);
  });
});
