import { sendFromPage } from './messaging/page';

/**
 * What extension pages tell the background. Nothing listening (a test page, a background
 * still starting) loses nothing: the background reads the store on its next start, and tabs
 * re-ask when they come back into view.
 */

/**
 * After the profile was written (app/storage/profile.ts): the background updates open tabs
 * and badges.
 */
export async function notifyProfileChanged(): Promise<void> {
  try {
    await sendFromPage({ type: 'profile-changed' });
  } catch (error) {
    // No background listening (it is starting, or this is a test page) is not a failure:
    // the profile is saved and the background reads it on its next start.
    if (!isNoReceiver(error)) console.warn('ml-fit: profile-changed notification failed', error);
  }
}

/**
 * After deleting, clearing or pausing the history: the background tells every tab, and the
 * result lists' seen markers re-ask (lib/content/seen-markers.ts).
 */
export async function notifyHistoryChanged(): Promise<void> {
  try {
    await sendFromPage({ type: 'history-changed' });
  } catch {
    // No receiver: see above.
  }
}

function isNoReceiver(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|could not establish connection|no listener/i.test(message);
}
