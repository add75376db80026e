// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { computeFit } from '../../lib/fit';
import type { PostingReport, TabView } from '../../lib/messages/protocol';
import type { Level } from '../../lib/profile/levels';
import { emptyProfile, type Profile } from '../../lib/profile/schema';
import type { PopupApi } from './api';
import { Popup } from './Popup';
import { WAIT_ON_OPEN } from './use-tab-view';

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
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Senior ML Engineer');
    expect(screen.getByText('Acme · Berlin').tagName).toBe('P');
    expect(document.querySelector('.mf-verdict-head')?.textContent).toBe('● ML engineer role (92% sure)');
    expect(within(screen.getByRole('group')).getByRole('listitem').textContent).toBe(
      'Title says “ML Engineer”',
    );
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
    expect((await screen.findByText(/reads as data scientist/)).textContent).toBe(
      '◌ Not an ML engineer role — reads as data scientist (80% sure)',
    );
    expect(screen.queryByTestId('fit-score')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Analyze anyway' }));
    expect((await screen.findByTestId('fit-score')).textContent).toMatch(/^\d+$/);
    expect(api.analyzeAnyway).toHaveBeenCalledWith(5);
    expect(screen.queryByRole('button', { name: 'Analyze anyway' })).toBeNull();
  });

  test('no profile: an invitation to set one up', async () => {
    const api = fakeApi({ profile: emptyProfile() });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up profile' }));
    expect(api.openOptions).toHaveBeenCalled();
    expect(screen.getByText(/Senior ML Engineer/).textContent).toBe(
      'To see how you fit “Senior ML Engineer”, tell ML Fit which skills you have.',
    );
  });

  test('storage unavailable: says so, with the reason', async () => {
    render(<Popup api={fakeApi({ state: 'unavailable' })} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Your profile can’t be read');
    await waitFor(() =>
      expect(alert.querySelector('h2 + p')?.textContent).toBe(
        'IndexedDB is disabled in this browser profile.',
      ),
    );
    expect(alert.textContent).toContain('Skills are still highlighted on job pages');
  });

  test('waits briefly, then offers to analyse a page with no posting', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const api = fakeApi({ report: null });
      render(<Popup api={api} />);
      await vi.advanceTimersByTimeAsync(WAIT_ON_OPEN - 200);
      expect(screen.queryByRole('button', { name: 'Analyze this page' })).toBeNull();
      expect(
        screen.getByText('Looking for a posting…').closest('[aria-busy]')?.getAttribute('aria-busy'),
      ).toBe('true');
      await vi.advanceTimersByTimeAsync(400);
      const analyze = screen.getByRole('button', { name: 'Analyze this page' });
      expect(vi.mocked(api.getView).mock.calls.length).toBeGreaterThan(5);
      fireEvent.click(analyze);
      await vi.advanceTimersByTimeAsync(0);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page analysed on request');
      expect(api.analyzeTab).toHaveBeenCalledWith(5);
    } finally {
      vi.useRealTimers();
    }
  });

  test('paints the pending screen before anything has answered', () => {
    const api = fakeApi();
    api.tabId = () => new Promise(() => undefined);
    render(<Popup api={api} />);
    expect(screen.getByText('Looking for a posting…').closest('[aria-busy]')?.getAttribute('aria-busy')).toBe(
      'true',
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Edit your profile']);
  });
});
