// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, resetDb } from '../../app/storage/db';
import { loadProfile } from '../../app/storage/profile';
import { setSetting } from '../../app/storage/settings';
import { emptyProfile } from '../../lib/profile/schema';
import { testCatalogue } from '../../tests/support/catalogue';
import { freshDb } from '../../tests/support/db';
import { OptionsApp } from './OptionsApp';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
  location.hash = '';
  await setSetting('onboarding-done', true);
});
afterEach(() => {
  cleanup();
  resetDb();
});

const own = async () => (await loadProfile()).profile.ownSkills ?? [];

async function openWithLegacyFreeText() {
  // A row as earlier versions wrote it: the own skill is a bare free-text name.
  await getDb().profile.put({ id: 'me', profile: { ...emptyProfile(), freeText: ['Rust macros'] } });
  render(<OptionsApp analyze={async () => []} catalogue={testCatalogue().catalogue} />);
  return screen.findByRole('region', { name: /Your own skills \(1\)/ });
}

function addAlias(region: HTMLElement, text: string) {
  const input = within(region).getByRole('textbox', { name: 'Add an alias for Rust macros' });
  fireEvent.input(input, { target: { value: text } });
  fireEvent.submit(input.closest('form') as HTMLFormElement);
}

describe('own skills in the options page', () => {
  it('shows a free-text skill as an own skill whose level, category, side and aliases save', async () => {
    const region = await openWithLegacyFreeText();
    fireEvent.change(within(region).getByRole('combobox', { name: 'Category of Rust macros' }), {
      target: { value: 'core' },
    });
    fireEvent.change(within(region).getByRole('combobox', { name: 'Side of Rust macros' }), {
      target: { value: 'ml' },
    });
    fireEvent.change(within(region).getByRole('combobox', { name: 'Level of Rust macros' }), {
      target: { value: 'expert' },
    });
    addAlias(region, '  proc   macros ');
    await waitFor(async () =>
      expect(await own()).toEqual([
        {
          id: 'own:rust-macros',
          name: 'Rust macros',
          aliases: ['proc macros'],
          category: 'core',
          side: 'ml',
          level: 'expert',
        },
      ]),
    );
    const aliases = within(region).getByRole('list', { name: 'Aliases of Rust macros' });
    // The one alias, its spaces collapsed, is the list's only item.
    expect(
      within(aliases)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['proc macros']);
    // The text box empties for the next alias.
    expect(
      (within(region).getByRole('textbox', { name: 'Add an alias for Rust macros' }) as HTMLInputElement)
        .value,
    ).toBe('');

    fireEvent.click(within(region).getByRole('button', { name: 'Remove alias proc macros' }));
    await waitFor(async () => expect((await own())[0]?.aliases).toEqual([]));
  });

  it('says why an alias is refused and saves nothing', async () => {
    const region = await openWithLegacyFreeText();
    addAlias(region, 'rust MACROS');
    expect((await within(region).findByRole('status')).textContent).toBe('“rust MACROS” is already listed.');
    expect((await own())[0]?.aliases ?? []).toEqual([]);
  });

  it('offers to merge an own skill the catalogue knows, keeping its level', async () => {
    const region = await openWithLegacyFreeText();
    expect(within(region).queryByText(/This is/)).toBeNull();
    fireEvent.change(within(region).getByRole('combobox', { name: 'Level of Rust macros' }), {
      target: { value: 'learning' },
    });
    addAlias(region, 'Py-Torch');
    await within(region).findByText(/This is PyTorch —/);
    fireEvent.click(within(region).getByRole('button', { name: 'Merge Rust macros into PyTorch' }));
    await waitFor(async () => {
      const { profile } = await loadProfile();
      expect(profile.ownSkills).toEqual([]);
      expect(profile.skills).toEqual([{ skill: 'pytorch', level: 'learning' }]);
    });
    const core = await screen.findByRole('region', { name: /Core \(1\)/ });
    // Listed under Core at the level the own skill had.
    expect(
      (within(core).getByRole('combobox', { name: 'Level of PyTorch' }) as HTMLSelectElement).value,
    ).toBe('learning');
  });
});
