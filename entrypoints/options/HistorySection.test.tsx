// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDb } from '../../app/storage/db';
import { getHistorySettings, listHistory, savePosting } from '../../app/storage/history';
import { HistorySection } from '../../components/history/HistorySection';
import { HistoryStoreContext } from '../../components/history/use-history';
import { reportFixture } from '../../tests/fixtures/history/reports';
import { freshDb } from '../../tests/support/db';
import { historyStore } from './history-store';

/** The history the options page gives its sections: the stored one. */
const wrapper = ({ children }: { children: ComponentChildren }) => (
  <HistoryStoreContext.Provider value={historyStore}>{children}</HistoryStoreContext.Provider>
);

const DAY = 86_400_000;
const now = Date.now();

beforeEach(async () => {
  await freshDb();
  await savePosting(
    { ...reportFixture('1', 'Machine Learning Engineer'), company: 'Zeta' },
    { score: 40, band: 'stretch' },
    now - 2 * DAY,
  );
  await savePosting(
    { ...reportFixture('2', 'MLOps Engineer'), company: 'Acme' },
    { score: 81, band: 'strong' },
    now - DAY,
  );
  await savePosting(
    { ...reportFixture('3', 'NLP Engineer'), company: 'Beta', location: 'Zürich' },
    null,
    now,
  );
});
afterEach(() => {
  cleanup();
  resetDb();
});

function titles(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('link')
    .map((a) => a.textContent ?? '');
}

describe('HistorySection', () => {
  it('lists saved postings, newest first, each linking to its page in a new tab', async () => {
    render(<HistorySection />, { wrapper });
    await screen.findByText('NLP Engineer');
    expect(titles()).toEqual(['NLP Engineer', 'MLOps Engineer', 'Machine Learning Engineer']);
    const link = screen.getByRole('link', { name: 'MLOps Engineer' });
    expect(link.getAttribute('href')).toBe('https://boards.greenhouse.io/acme/jobs/2');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(document.querySelector('.history__count')?.textContent).toBe('3 postings');
  });

  it('states what is saved and the ceiling on saved postings', async () => {
    render(<HistorySection />, { wrapper });
    await screen.findByText('NLP Engineer');
    // The rule's numbers come from the constants the background applies (DWELL_MS, MAX_ROWS).
    expect(
      screen.getByText(/^A posting is saved once/, { selector: '.history-settings__rule' }).textContent,
    ).toBe(
      'A posting is saved once it has stayed on screen for 2.5 seconds. At most 10,000 postings are kept; beyond that the least recently viewed go first.',
    );
  });

  it('sorts by fit and by title, and searches title, company and location', async () => {
    render(<HistorySection />, { wrapper });
    await screen.findByText('NLP Engineer');
    fireEvent.click(screen.getByRole('button', { name: /^Fit/ }));
    // Highest first; a posting without a fit goes last.
    expect(titles()).toEqual(['MLOps Engineer', 'Machine Learning Engineer', 'NLP Engineer']);
    fireEvent.click(screen.getByRole('button', { name: /^Fit/ }));
    expect(titles()).toEqual(['Machine Learning Engineer', 'MLOps Engineer', 'NLP Engineer']);
    fireEvent.click(screen.getByRole('button', { name: /Posting/ }));
    expect(titles()).toEqual(['Machine Learning Engineer', 'MLOps Engineer', 'NLP Engineer']);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zurich' } });
    expect(titles()).toEqual(['NLP Engineer']);
    expect(document.querySelector('.history__count')?.textContent).toBe('1 posting match of 3');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'acme mlops' } });
    expect(titles()).toEqual(['MLOps Engineer']);
  });

  it('deletes one posting, then all after a confirmation', async () => {
    render(<HistorySection />, { wrapper });
    await screen.findByText('NLP Engineer');
    fireEvent.click(screen.getByRole('button', { name: 'Delete “MLOps Engineer” from the history' }));
    await waitFor(() => expect(titles()).toEqual(['NLP Engineer', 'Machine Learning Engineer']));
    expect((await listHistory()).map((r) => r.jobId)).toEqual(['3', '1']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete all 2 saved postings?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await getDb().history.count()).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete all' }));
    await screen.findByText(/No postings saved yet/);
    expect(await getDb().history.count()).toBe(0);
  });

  it('pauses, and keeping fewer days deletes older postings at once', async () => {
    render(<HistorySection />, { wrapper });
    await screen.findByText('NLP Engineer');
    fireEvent.click(screen.getByRole('checkbox', { name: /Pause history/ }));
    await waitFor(async () => expect((await getHistorySettings()).paused).toBe(true));
    await savePosting(reportFixture('old', 'Old ML Engineer'), null, now - 40 * DAY);
    await screen.findByText('Old ML Engineer');
    fireEvent.change(screen.getByRole('combobox', { name: /Keep postings for/ }), {
      target: { value: '30' },
    });
    await waitFor(() => expect(screen.queryByText('Old ML Engineer')).toBeNull());
    expect((await getHistorySettings()).keepDays).toBe(30);
    expect(await getDb().history.count()).toBe(3);
  });
});
