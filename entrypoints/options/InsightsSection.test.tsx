// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDb } from '../../app/storage/db';
import { HistoryStoreContext } from '../../components/history/use-history';
import { InsightsSection } from '../../components/insights/InsightsSection';
import { P1, P2, P3, PROFILE } from '../../tests/fixtures/history/rows';
import { freshDb } from '../../tests/support/db';
import { historyStore } from './history-store';

/** The history the options page gives its sections: the stored one. */
const wrapper = ({ children }: { children: ComponentChildren }) => (
  <HistoryStoreContext.Provider value={historyStore}>{children}</HistoryStoreContext.Provider>
);

// Figures worked by hand in lib/insights/insights.test.ts: fits today 46, 20, 39.

beforeEach(async () => {
  await freshDb();
  await getDb().history.bulkPut([P1, P2, P3]);
});
afterEach(() => {
  cleanup();
  resetDb();
});

function summary(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

function gainRows(): string[][] {
  const table = within(screen.getByRole('region', { name: 'What would raise your fit most' })).getByRole(
    'table',
  );
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}

describe('InsightsSection', () => {
  it('shows the averages, the ranked gains and the advice for the weaker side', async () => {
    render(<InsightsSection profile={PROFILE} />, { wrapper });
    await screen.findByText('Postings', { selector: 'dt' });
    expect(summary('Postings')).toBe('3');
    expect(summary('Average fit today')).toBe('35 Stretch');
    expect(summary('Fit when viewed')).toBe('40');
    expect(summary('Trend per week')).toBe('+10 pts');
    const rows = gainRows();
    expect(rows.map((r) => [r[1]?.replace(/Core.*|Under.*|Nice.*/, '').trim(), r[3], r[4], r[5]])).toEqual([
      ['Kubernetes', '65', '3', '1'],
      ['Docker', '45', '2', '1'],
      ['CI/CD', '20', '1', '0'],
      ['MLflow', '20', '1', '0'],
      ['SQL', '11', '1', '0'],
      ['AWS', '9', '1', '0'],
      ['Spark', '8', '1', '0'],
      ['PyTorch', '7', '2', '0'],
      ['Airflow', '6', '1', '0'],
      ['Terraform', '4', '1', '0'],
    ]);
    expect(rows[7]?.[2]).toBe('Working → Expert');
    const sides = screen.getByRole('region', { name: 'Your weaker side' });
    expect(sides.textContent).toContain('Engineering (weaker)');
    expect(sides.textContent).toContain('Start with Kubernetes, Docker, CI/CD.');
  });

  it('draws described SVG charts, each with a table view', async () => {
    render(<InsightsSection profile={PROFILE} />, { wrapper });
    const demand = await screen.findByRole('img', { name: /Postings asking for each skill/ });
    expect(demand.querySelector('desc')?.textContent).toContain(
      'Kubernetes: 3 postings, not in your profile',
    );
    expect(demand.querySelectorAll('.bar-chart__row--filled')).toHaveLength(3);
    const figure = screen.getByRole('figure', { name: 'Demand and your coverage' });
    fireEvent.click(within(figure).getByRole('button', { name: 'Show table' }));
    expect(within(figure).queryByRole('img')).toBeNull();
    const firstRow = within(figure).getAllByRole('row')[1];
    expect([...(firstRow?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      'Kubernetes',
      '3',
      '3',
      'Not in profile',
    ]);
    const trend = screen.getByRole('figure', { name: 'Fit over time' });
    expect(within(trend).getByRole('img').querySelectorAll('circle')).toHaveLength(4);
    fireEvent.click(within(trend).getByRole('button', { name: 'Show table' }));
    expect(within(trend).getAllByRole('row')).toHaveLength(3);
  });

  it('filters by role family and by date', async () => {
    render(<InsightsSection profile={PROFILE} />, { wrapper });
    await screen.findByText('Postings', { selector: 'dt' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: 'vision' } });
    expect(summary('Postings')).toBe('1');
    expect(summary('Average fit today')).toBe('39 Stretch');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(summary('Postings')).toBe('3');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-10' } });
    expect(summary('Postings')).toBe('1');
  });

  it('says so when nothing is saved yet', async () => {
    await getDb().history.clear();
    render(<InsightsSection profile={PROFILE} />, { wrapper });
    await screen.findByText(/No saved postings yet/);
  });
});
