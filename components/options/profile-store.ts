import type { ProfileLoad } from '../../lib/profile/load';
import type { Profile } from '../../lib/profile/schema';

/** The options page's profile as its sections see it; the page keeps it (entrypoints/options/use-profile.ts). */

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

export interface ProfileStore {
  /** null until the first load finishes. */
  load: ProfileLoad | null;
  /** The stored profile with this page's unsaved changes laid over it. */
  profile: Profile;
  status: SaveStatus;
  /** Applies an edit at once on screen and saves what it changed (after a pause when `debounce`). */
  update(edit: (profile: Profile) => Profile, options?: { debounce?: boolean }): void;
  /** Saves the changes from the profile shown to `next` (an import); resolves false on failure. */
  replace(next: Profile): Promise<boolean>;
  /** Writes `next` over whatever is stored, readable or not ("start a new profile"). */
  reset(next: Profile): Promise<boolean>;
}
