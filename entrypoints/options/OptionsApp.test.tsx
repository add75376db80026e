// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_NAME, getDb, resetDb } from '../../app/storage/db';
import { loadProfile, saveProfile } from '../../app/storage/profile';
import { getSetting, setSetting } from '../../app/storage/settings';
import { CURRENT_VERSION, declareVersions } from '../../app/storage/versions';
import { testCatalogue } from '../../tests/support/catalogue';
import { freshDb } from '../../tests/support/db';
import { OptionsApp } from './OptionsApp';

const analyze = async () => [];

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
  location.hash = '';
});
afterEach(() => {
  cleanup();
  resetDb();
});

function addSkill(text: string) {
  const input = screen.getByRole('combobox', { name: 'Add a skill' });
  fireEvent.input(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

/** A labelled input inside one page (two pages in one document repeat useId's ids). */
function field(page: HTMLElement, label: string): HTMLInputElement {
  const input = within(page).getByText(label, { selector: 'label' }).parentElement?.querySelector('input');
  if (!input) throw new Error(`no input labelled ${label}`);
  return input;
}

describe('OptionsApp', () => {
  it('runs the onboarding on first open: background, then skills, then done', async () => {
    render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />);
    await screen.findByRole('heading', { name: 'Welcome. What is your background?' });
    fireEvent.click(screen.getByRole('radio', { name: /Data scientist/ }));
    await waitFor(async () => expect((await loadProfile()).profile.background).toBe('data-scientist'));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Add your skills' });
    addSkill('kubernetes');
    await screen.findByText('1 skill in your profile.');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('navigation', { name: 'Settings sections' });
    expect(await getSetting('onboarding-done')).toBe(true);
    expect((await loadProfile()).profile.skills).toEqual([{ skill: 'kubernetes', level: 'working' }]);
  });

  it('skips the onboarding once done, and edits save at once with a Saved status', async () => {
    await setSetting('onboarding-done', true);
    render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />);
    await screen.findByRole('heading', { name: /^Skills \(/ });
    addSkill('PyTorch');
    addSkill('Snowflake');
    const core = await screen.findByRole('region', { name: /Core \(1\)/ });
    expect(
      (within(core).getByRole('combobox', { name: 'Level of PyTorch' }) as HTMLSelectElement).value,
    ).toBe('working');
    await screen.findByText('Saved');
    fireEvent.change(screen.getByRole('combobox', { name: 'Level of PyTorch' }), {
      target: { value: 'expert' },
    });
    await waitFor(async () =>
      expect((await loadProfile()).profile.skills).toContainEqual({ skill: 'pytorch', level: 'expert' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove PyTorch' }));
    await waitFor(async () =>
      expect((await loadProfile()).profile.skills.map((s) => s.skill)).not.toContain('pytorch'),
    );
  });

  it('saves text fields after a pause in typing, not on every key', async () => {
    await setSetting('onboarding-done', true);
    render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />);
    const role = await screen.findByLabelText('Target role');
    fireEvent.input(role, { target: { value: 'ML' } });
    fireEvent.input(role, { target: { value: 'ML platform engineer' } });
    fireEvent.input(screen.getByLabelText('Years of experience'), { target: { value: '4.5' } });
    expect((await loadProfile()).profile.targetRole).toBeNull();
    await waitFor(async () => {
      const { profile } = await loadProfile();
      expect([profile.targetRole, profile.years]).toEqual(['ML platform engineer', 4.5]);
    });
  });

  it('follows a change saved by another page', async () => {
    await setSetting('onboarding-done', true);
    render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />);
    await screen.findByRole('heading', { name: /^Skills \(/ });
    // No message needed: the page watches the stored row itself.
    await saveProfile({ ...(await loadProfile()).profile, skills: [{ skill: 'sql', level: 'learning' }] });
    await screen.findByRole('region', { name: /Underemphasized \(1\)/ });
  });

  it('two open pages never overwrite each other: a role typed in one, a skill added in the other', async () => {
    await setSetting('onboarding-done', true);
    const pageA = render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />)
      .container as HTMLElement;
    const pageB = render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />)
      .container as HTMLElement;
    const inA = within(pageA);
    const inB = within(pageB);
    await inA.findByRole('heading', { name: /^Skills \(/ });
    await inB.findByRole('heading', { name: /^Skills \(/ });
    // B's role waits for the pause in typing; A adds PyTorch within that half second.
    fireEvent.input(field(pageB, 'Target role'), { target: { value: 'MLOps engineer' } });
    const input = pageA.querySelector('input[role="combobox"]') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'PyTorch' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => {
      const { profile } = await loadProfile();
      expect([profile.targetRole, profile.skills]).toEqual([
        'MLOps engineer',
        [{ skill: 'pytorch', level: 'working' }],
      ]);
    });
    // Each page follows the other's change.
    await inB.findByRole('region', { name: /Core \(1\)/ });
    await waitFor(() => expect(field(pageA, 'Target role').value).toBe('MLOps engineer'));
  });

  it('shows an unreadable stored profile as an error and does not overwrite it', async () => {
    const corrupt = { id: 'me' as const, profile: { skills: 'oops' } };
    await getDb().profile.put(corrupt);
    render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be read \(skills: expected a list/);
    expect(screen.queryByRole('combobox', { name: 'Add a skill' })).toBeNull();
    expect(await getDb().profile.get('me')).toEqual(corrupt);
    fireEvent.click(screen.getByRole('button', { name: /Start a new profile/ }));
    await screen.findByRole('combobox', { name: 'Add a skill' });
    expect((await loadProfile()).state).toBe('empty');
  });

  it('a database saved by a newer version: says so, offers no overwrite, and writes nothing', async () => {
    const newer = new Dexie(DB_NAME);
    declareVersions(newer);
    newer.version(CURRENT_VERSION + 1).stores({ future: '&id', history: '&key, lastSeen' });
    await newer.table('settings').put({ key: 'onboarding-done', value: true });
    newer.close();
    const versionOnDisk = async () => (await indexedDB.databases()).find((d) => d.name === DB_NAME)?.version;
    const before = await versionOnDisk();
    render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /saved by a newer version of ML Fit than this one\. Update the extension/,
    );
    expect(screen.queryByRole('button', { name: /Start a new profile/ })).toBeNull();
    expect(await versionOnDisk()).toBe(before);
  });

  it('navigates between sections by hash', async () => {
    await setSetting('onboarding-done', true);
    render(<OptionsApp analyze={analyze} catalogue={testCatalogue().catalogue} />);
    const nav = await screen.findByRole('navigation', { name: 'Settings sections' });
    expect(within(nav).getByRole('link', { name: 'Profile' }).getAttribute('aria-current')).toBe('page');
    location.hash = '#import-export';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('heading', { name: 'Import and export' });
    expect(within(nav).getByRole('link', { name: 'Import / export' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });
});
