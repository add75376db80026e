import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile, type Profile } from '../../lib/profile/schema';
import { freshDb } from '../../tests/support/db';
import { getDb, resetDb } from './db';
import { loadProfile, saveProfile, updateProfile } from './profile';

const PROLOG = {
  id: 'own:prolog',
  name: 'Prolog',
  aliases: [],
  category: 'nice-to-have',
  side: 'engineering',
  level: 'working',
} as const;

const profile: Profile = {
  skills: [
    { skill: 'pytorch', level: 'expert', years: 3 },
    { skill: 'sql', level: 'learning' },
  ],
  freeText: ['Prolog'],
  background: 'data-scientist',
  years: 5,
  targetRole: 'MLOps engineer',
  updatedAt: 0,
};

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
});
afterEach(() => resetDb());

describe('loadProfile', () => {
  it('is empty with the empty profile when nothing was stored', async () => {
    expect(await loadProfile()).toEqual({ state: 'empty', profile: emptyProfile() });
  });

  it('is empty while a stored profile has no skills, keeping its other fields', async () => {
    await saveProfile({ ...emptyProfile(), background: 'research' });
    const load = await loadProfile();
    expect(load.state).toBe('empty');
    expect(load.profile.background).toBe('research');
  });

  it('counts free-text skills as skills', async () => {
    await saveProfile({ ...emptyProfile(), freeText: ['Fortran'] });
    expect((await loadProfile()).state).toBe('ready');
  });

  it('reports a corrupt row as unavailable, names the bad field and leaves the row alone', async () => {
    const corrupt = {
      id: 'me' as const,
      profile: { ...profile, skills: [{ skill: 'pytorch', level: 'guru' }] },
    };
    await getDb().profile.put(corrupt);
    const load = await loadProfile();
    expect(load.state).toBe('unavailable');
    if (load.state !== 'unavailable') return;
    expect(load.error).toMatch(/skills\[0\]\.level/);
    expect(load.profile).toEqual(emptyProfile());
    expect(await getDb().profile.get('me')).toEqual(corrupt);
  });

  it('never throws: a failing read becomes unavailable with a clear message', async () => {
    vi.spyOn(getDb().profile, 'get').mockRejectedValue(new DOMException('disk', 'UnknownError'));
    const load = await loadProfile();
    expect(load).toMatchObject({ state: 'unavailable', error: expect.stringMatching(/could not open/) });
  });

  it('reports missing IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const load = await loadProfile();
      expect(load).toMatchObject({ state: 'unavailable', error: expect.stringMatching(/no IndexedDB/) });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('saveProfile', () => {
  it('round-trips the profile and stamps updatedAt', async () => {
    const before = Date.now();
    await saveProfile(profile);
    const load = await loadProfile();
    expect(load.state).toBe('ready');
    // Free text is what earlier versions kept; it is read back as an own skill with defaults.
    expect({ ...load.profile, updatedAt: 0 }).toEqual({ ...profile, freeText: [], ownSkills: [PROLOG] });
    expect(load.profile.updatedAt).toBeGreaterThanOrEqual(before);
  });

  it('reads a row written before own skills: its free text becomes own skills, the row is untouched', async () => {
    const row = {
      id: 'me' as const,
      profile: { ...profile, freeText: ['Prolog', 'prolog ', 'Rust macros'] },
    };
    await getDb().profile.put(row);
    const load = await loadProfile();
    expect(load.state).toBe('ready');
    expect(load.profile.freeText).toEqual([]);
    expect(load.profile.ownSkills).toEqual([
      PROLOG,
      { ...PROLOG, id: 'own:rust-macros', name: 'Rust macros' },
    ]);
    expect(await getDb().profile.get('me')).toEqual(row);
    // Saved again, the row takes the new shape and reads back the same.
    await saveProfile(load.profile);
    expect((await getDb().profile.get('me'))?.profile).toMatchObject({
      freeText: [],
      ownSkills: load.profile.ownSkills,
    });
  });

  it('tells the background the profile changed, after writing', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message) => {
      seen.push(message);
      seen.push((await getDb().profile.get('me')) !== undefined);
    });
    await saveProfile(profile);
    expect(seen).toEqual([{ type: 'profile-changed' }, true]);
  });

  it('is not disturbed when no background listens', async () => {
    const warn = vi.spyOn(console, 'warn');
    await expect(saveProfile(profile)).resolves.toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('refuses an invalid profile without writing, naming the field', async () => {
    const bad = { ...profile, years: -3 } as Profile;
    await expect(saveProfile(bad)).rejects.toThrow(/years/);
    expect(await getDb().profile.get('me')).toBeUndefined();
  });

  it('explains a full disk', async () => {
    vi.spyOn(getDb().profile, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(saveProfile(profile)).rejects.toThrow(/storage is full/);
  });

  it('explains a refused open wrapped by Dexie', async () => {
    const wrapped = Object.assign(new Error('open failed'), {
      name: 'OpenFailedError',
      inner: new DOMException('no', 'InvalidStateError'),
    });
    vi.spyOn(getDb().profile, 'put').mockRejectedValue(wrapped);
    await expect(saveProfile(profile)).rejects.toThrow(/refused to open/);
  });
});

describe('updateProfile', () => {
  it('applies concurrent patches from several writers to the stored row: none is lost', async () => {
    await saveProfile({ ...emptyProfile(), skills: [{ skill: 'sql', level: 'working' }] });
    // Page B edits the target role while page A and the popup add skills, all at once.
    const skills = ['pytorch', 'docker', 'kubernetes', 'python', 'aws', 'spark'];
    await Promise.all([
      updateProfile([{ op: 'set-field', field: 'targetRole', value: 'ML platform engineer' }]),
      ...skills.map((skill) => updateProfile([{ op: 'put-skill', entry: { skill, level: 'expert' } }])),
      updateProfile([{ op: 'set-level', skill: 'sql', level: 'learning' }]),
    ]);
    const { profile: stored } = await loadProfile();
    expect(stored.targetRole).toBe('ML platform engineer');
    expect(stored.skills.map((s) => s.skill).sort()).toEqual([...skills, 'sql'].sort());
    expect(stored.skills.find((s) => s.skill === 'sql')?.level).toBe('learning');
  });

  it('stamps each write later than the stored row, and returns what it wrote', async () => {
    vi.useFakeTimers({ now: 1_000, toFake: ['Date'] });
    try {
      const first = await updateProfile([{ op: 'add-free-text', text: 'Fortran' }]);
      const second = await updateProfile([{ op: 'add-free-text', text: 'Ada' }]);
      expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
      // Free text written by a patch is stored as own skills (see own-skills.ts migrateFreeText).
      expect(second.ownSkills?.map((s) => s.name)).toEqual(['Fortran', 'Ada']);
      expect((await loadProfile()).profile).toEqual(second);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves own-skill patches onto the stored row: an edit made meanwhile elsewhere stays', async () => {
    const prolog = {
      id: 'own:prolog',
      name: 'Prolog',
      aliases: [],
      category: 'core',
      side: 'ml',
      level: 'expert',
    } as const;
    await updateProfile([{ op: 'put-own-skill', skill: { ...prolog, aliases: [] } }]);
    await updateProfile([
      { op: 'put-own-skill', skill: { ...prolog, id: 'own:forth', name: 'Forth', aliases: [] } },
    ]);
    await updateProfile([{ op: 'put-own-skill', skill: { ...prolog, aliases: ['SWI-Prolog'] } }]);
    await updateProfile([{ op: 'remove-own-skill', id: 'own:forth' }]);
    expect((await loadProfile()).profile.ownSkills).toEqual([{ ...prolog, aliases: ['SWI-Prolog'] }]);
  });

  it('refuses to patch an unreadable row, leaving it as it was; starting over replaces it', async () => {
    const corrupt = { id: 'me' as const, profile: { skills: 'oops' } };
    await getDb().profile.put(corrupt);
    await expect(updateProfile([{ op: 'add-free-text', text: 'Ada' }])).rejects.toThrow(
      /could not be read, so this change was not saved/,
    );
    expect(await getDb().profile.get('me')).toEqual(corrupt);
    await updateProfile([{ op: 'replace', profile: emptyProfile() }]);
    expect((await loadProfile()).state).toBe('empty');
  });
});
