import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { followProfile, updateProfile } from '../../app/storage/profile';
import type { ProfileStore, SaveStatus } from '../../components/options/profile-store';
import { diffProfiles } from '../../lib/profile/diff';
import { hasSkills, type ProfileLoad } from '../../lib/profile/load';
import { applyPatches, type ProfilePatch, patchesFromDiff } from '../../lib/profile/patch';
import { emptyProfile, type Profile } from '../../lib/profile/schema';
import { describeStorageError } from '../../lib/storage/errors';

const TEXT_PAUSE_MS = 500;

/**
 * The options page's view of the profile. It follows the stored row (Dexie's liveQuery sees
 * writes from any page, the popup or the worker), and each edit is saved as the patches it
 * made, applied to the row as stored at that moment (app/storage/profile.ts updateProfile):
 * two open pages never overwrite each other's changes with a stale copy.
 */
export function useProfile(): ProfileStore {
  const [load, setLoad] = useState<ProfileLoad | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Patches not yet stored: waiting for the pause in typing, or on their way. Shown over `load`.
  const queued = useRef<ProfilePatch[]>([]);
  const inFlight = useRef<ProfilePatch[]>([]);
  const [tick, setTick] = useState(0);
  const rerender = useCallback(() => setTick((n) => n + 1), []);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Saves run one after another, each on the row the previous one left.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const loadRef = useRef<ProfileLoad | null>(null);

  /** Takes a stored reading unless it is older than the one shown (a read that raced a write). */
  const accept = useCallback((next: ProfileLoad) => {
    const shown = loadRef.current;
    // A deleted row (updatedAt 0) is news, never an older reading.
    if (shown && shown.state !== 'unavailable' && next.state !== 'unavailable') {
      const at = next.profile.updatedAt;
      if (at > 0 && at < shown.profile.updatedAt) return;
    }
    loadRef.current = next;
    setLoad(next);
  }, []);

  /** What the page shows: the stored row with the unsaved patches laid over it. */
  const current = useCallback(
    () =>
      // Patches are idempotent, so laying them over a row that already holds some is harmless.
      applyPatches(
        applyPatches(loadRef.current?.profile ?? emptyProfile(), inFlight.current),
        queued.current,
      ),
    [],
  );
  // The patches live in refs: `tick` and `load` mark their changes.
  const profile = useMemo(current, [current, tick, load]);

  const run = useCallback(
    (patches: ProfilePatch[]): Promise<boolean> => {
      inFlight.current = [...inFlight.current, ...patches];
      setStatus({ kind: 'saving' });
      const done = chain.current.then(async () => {
        let ok = true;
        try {
          const written = await updateProfile(patches);
          accept({ state: hasSkills(written) ? 'ready' : 'empty', profile: written });
        } catch (error) {
          ok = false;
          setStatus({ kind: 'error', message: describeStorageError(error) });
        }
        // On failure the change comes off the screen too: the alert says it did not stick.
        inFlight.current = inFlight.current.filter((p) => !patches.includes(p));
        if (ok && inFlight.current.length === 0 && queued.current.length === 0) setStatus({ kind: 'saved' });
        rerender();
        return ok;
      });
      chain.current = done;
      return done;
    },
    [accept, rerender],
  );

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patches = queued.current;
    queued.current = [];
    if (patches.length > 0) void run(patches);
  }, [run]);

  const update = useCallback<ProfileStore['update']>(
    (edit, options = {}) => {
      const before = current();
      const patches = patchesFromDiff(diffProfiles(before, edit(before)));
      if (patches.length === 0) return;
      queued.current = [...queued.current, ...patches];
      rerender();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (options.debounce) timer.current = setTimeout(flush, TEXT_PAUSE_MS);
      else flush();
    },
    [current, flush, rerender],
  );

  const replace = useCallback(
    (next: Profile) => {
      flush();
      return run(patchesFromDiff(diffProfiles(current(), next)));
    },
    [current, flush, run],
  );

  const reset = useCallback(
    (next: Profile) => {
      flush();
      return run([{ op: 'replace', profile: next }]);
    },
    [flush, run],
  );

  useEffect(() => {
    const stop = followProfile(accept);
    // A pending text edit is saved when the page goes away rather than lost.
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    return () => {
      stop();
      removeEventListener('pagehide', onHide);
      flush();
    };
  }, [accept, flush]);

  return { load, profile, status, update, replace, reset };
}
