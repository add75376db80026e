import type { SaveStatus as Status } from './profile-store';

/** The small "Saved" note; errors are alerts, since the edit did not stick. */
export function SaveStatus({ status }: { status: Status }) {
  if (status.kind === 'error') {
    return (
      <p class="save-status save-status--error" role="alert">
        Not saved: {status.message}
      </p>
    );
  }
  const text = status.kind === 'saving' ? 'Saving…' : status.kind === 'saved' ? 'Saved' : '';
  return (
    <p class={`save-status save-status--${status.kind}`} role="status">
      {text}
    </p>
  );
}
