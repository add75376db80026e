import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { subscribeProfileChanges } from '../../lib/profile/changes';
import { emptyProfile, type Profile } from '../../lib/profile/schema';
import { hasSkills, loadProfile, type ProfileLoad, saveProfile } from '../../lib/profile/store';
import { describeStorageError } from '../../lib/storage/errors';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

export interface ProfileStore {
  /** null until the first load finishes. */
  load: ProfileLoad | null;
  profile: Profile;
  status: SaveStatus;
  /** Applies an edit at once on screen and saves it (after a pause when `debounce`). */
  update(edit: (profile: Profile) => Profile, options?: { debounce?: boolean }): void;
  /** Saves a whole profile now (import, "start a new profile"); resolves false on failure. */
  replace(profile: Profile): Promise<boolean>;
  reload(): Promise<void>;
}

const TEXT_PAUSE_MS = 500;

export function useProfile(): ProfileStore {
  const [load, setLoad] = useState<ProfileLoad | null>(null);
  const [profile, setProfile] = useState<Profile>(emptyProfile);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef<Profile>(profile);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Saves run one after another so that an older profile never lands after a newer one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const unsaved = useRef(false);

  const reload = useCallback(async () => {
    const next = await loadProfile();
    latest.current = next.profile;
    setLoad(next);
    setProfile(next.profile);
  }, []);

  const write = useCallback((value: Profile): Promise<boolean> => {
    setStatus({ kind: 'saving' });
    const run = queue.current.then(async () => {
      try {
        await saveProfile(value);
        if (latest.current === value) {
          unsaved.current = false;
          setStatus({ kind: 'saved' });
          setLoad({ state: hasSkills(value) ? 'ready' : 'empty', profile: value });
        }
        return true;
      } catch (error) {
        setStatus({ kind: 'error', message: describeStorageError(error) });
        return false;
      }
    });
    queue.current = run;
    return run;
  }, []);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (unsaved.current) void write(latest.current);
  }, [write]);

  const update = useCallback<ProfileStore['update']>(
    (edit, options = {}) => {
      const value = edit(latest.current);
      latest.current = value;
      unsaved.current = true;
      setProfile(value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (options.debounce) timer.current = setTimeout(flush, TEXT_PAUSE_MS);
      else void write(value);
    },
    [flush, write],
  );

  const replace = useCallback(
    (value: Profile) => {
      if (timer.current) clearTimeout(timer.current);
      latest.current = value;
      unsaved.current = true;
      setProfile(value);
      return write(value);
    },
    [write],
  );

  useEffect(() => {
    void reload();
    // Another page (the popup) saved: show its change, unless an edit here is still unsaved.
    const unsubscribe = subscribeProfileChanges(() => {
      if (!unsaved.current) void reload();
    });
    // A pending text edit is saved when the page goes away rather than lost.
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      removeEventListener('pagehide', onHide);
      flush();
    };
  }, [reload, flush]);

  return { load, profile, status, update, replace, reload };
}
