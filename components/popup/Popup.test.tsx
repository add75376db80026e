// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { computeFit } from '../../lib/fit';
import type { PostingReport, TabView } from '../../lib/messages/schema';
import { emptyProfile, type Level, type Profile } from '../../lib/profile/schema';
import type { PopupApi } from './api';
import { Popup } from './Popup';

afterEach(cleanup);

const report: PostingReport = {
  site: 'greenhouse',
  jobId: '1',
  url: 'https://boards.greenhouse.io/acme/jobs/1',
  title: 'Senior ML Engineer',
  company: 'Acme',
  location: 'Berlin',
  isMlEngineer: true,
  role: { id: 'ml-engineer', confidence: 0.92, reasons: ['Title says “ML Engineer”'] },
  skills: [
    { id: 'python', name: 'Python', category: 'core', side: 'engineering', count: 1, listedAs: 'required' },
    { id: 'pytorch', name: 'PyTorch', category: 'core', side: 'ml', count: 1, listedAs: 'required' },
    {
      id: 'aws',
      name: 'AWS',
      category: 'underemphasized',
      side: 'engineering',
      count: 1,
      listedAs: 'preferred',
    },
  ],
  requirements: { years: null, degree: null },
  onRequest: false,
};

/** A fake extension: the background's answers computed from a profile the test controls. */
function fakeApi(
  opts: { report?: PostingReport | null; profile?: Profile; state?: TabView['profile'] } = {},
) {
  let profile = opts.profile ?? {
    ...emptyProfile(),
    skills: [{ skill: 'python', level: 'working' as Level }],
  };
  let current = opts.report === undefined ? report : opts.report;
  let showAnyway = false;
  const view = (): TabView => {
    const state = opts.state ?? (profile.skills.length ? 'ready' : 'empty');
    const ready = state === 'ready' && current;
    return {
      report: current,
      fit: ready && current ? computeFit(current.skills, current.requirements, profile) : null,
      held: {},
      profile: state,
      showAnyway,
    };
  };
  const api: PopupApi = {
    tabId: vi.fn(async () => 5),
    getView: vi.fn(async () => view()),
    analyzeTab: vi.fn(async () => {
      current = { ...report, onRequest: true, title: 'Page analysed on request' };
      return { ok: true as const, injected: true };
    }),
    analyzeAnyway: vi.fn(async () => {
      showAnyway = true;
      return view();
    }),
    addSkill: vi.fn(async (skill: string, level: Level) => {
      profile = { ...profile, skills: [...profile.skills, { skill, level }] };
    }),
    openOptions: vi.fn(),
    storageError: vi.fn(async () => 'IndexedDB is disabled in this browser profile.'),
  };
  return api;
}

describe('Popup', () => {
  test('shows the posting, its verdict and the fit; adding a missing skill raises the score', async () => {
    const api = fakeApi();
    render(<Popup api={api} />);
    expect(await screen.findByText('Senior ML Engineer')).toBeTruthy();
    expect(screen.getByText('Acme · Berlin')).toBeTruthy();
    expect(screen.getByText(/ML engineer role/)).toBeTruthy();
    expect(screen.getByText('Title says “ML Engineer”')).toBeTruthy();
    const before = Number(screen.getByTestId('fit-score').textContent);
    fireEvent.click(screen.getByRole('button', { name: 'Add PyTorch to profile' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(Number(screen.getByTestId('fit-score').textContent)).toBeGreaterThan(before));
    expect(api.addSkill).toHaveBeenCalledWith('pytorch', 'working');
  });

  test('a non-ML posting names its role and offers "Analyze anyway"', async () => {
    const api = fakeApi({
      report: {
        ...report,
        isMlEngineer: false,
        role: { id: 'data-scientist', confidence: 0.8, reasons: ['Mostly experimentation'] },
      },
    });
    render(<Popup api={api} />);
    expect(await screen.findByText(/reads as data scientist/)).toBeTruthy();
    expect(screen.queryByTestId('fit-score')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Analyze anyway' }));
    expect(await screen.findByTestId('fit-score')).toBeTruthy();
    expect(api.analyzeAnyway).toHaveBeenCalledWith(5);
    expect(screen.queryByRole('button', { name: 'Analyze anyway' })).toBeNull();
  });

  test('no profile: an invitation to set one up', async () => {
    const api = fakeApi({ profile: emptyProfile() });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up profile' }));
    expect(api.openOptions).toHaveBeenCalled();
    expect(screen.getByText(/Senior ML Engineer/)).toBeTruthy();
  });

  test('storage unavailable: says so, with the reason', async () => {
    render(<Popup api={fakeApi({ state: 'unavailable' })} />);
    expect(await screen.findByText('Your profile can’t be read')).toBeTruthy();
    expect(await screen.findByText('IndexedDB is disabled in this browser profile.')).toBeTruthy();
    expect(screen.getByText(/still highlighted/)).toBeTruthy();
  });

  test('waits briefly, then offers to analyse a page with no posting', async () => {
    const api = fakeApi({ report: null });
    render(<Popup api={api} />);
    expect(screen.getByText('Looking for a posting…')).toBeTruthy();
    const analyze = await screen.findByRole('button', { name: 'Analyze this page' }, { timeout: 3000 });
    expect(vi.mocked(api.getView).mock.calls.length).toBeGreaterThan(1);
    fireEvent.click(analyze);
    expect(await screen.findByText('Page analysed on request')).toBeTruthy();
    expect(api.analyzeTab).toHaveBeenCalledWith(5);
  });

  test('paints the pending screen before anything has answered', () => {
    const api = fakeApi();
    api.tabId = () => new Promise(() => undefined);
    render(<Popup api={api} />);
    expect(screen.getByText('Looking for a posting…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit your profile' })).toBeTruthy();
  });
});
