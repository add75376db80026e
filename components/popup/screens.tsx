import { useEffect, useState } from 'preact/hooks';
import type { PostingReport } from '../../lib/messages/protocol';
import '../fit/controls.css';

/** The popup's simple screens: each says where things stand and offers the next step. */

export function Pending({ reason }: { reason: 'opening' | 'analyzing' }) {
  return (
    <section class="pp-screen pp-pending" aria-busy="true" aria-live="polite">
      <div class="pp-skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <p>{reason === 'analyzing' ? 'Analysing this page…' : 'Looking for a posting…'}</p>
    </section>
  );
}

export function NotJob({ note, onAnalyze }: { note: string | null; onAnalyze: () => unknown }) {
  return (
    <section class="pp-screen">
      <h2>No job posting here</h2>
      <p>{note ?? 'ML Fit did not find a posting on this page.'}</p>
      <p class="pp-muted">
        If this page does show a job, ML Fit can read it once, at your request. Nothing leaves your machine.
      </p>
      <button type="button" class="mf-button" onClick={() => onAnalyze()}>
        Analyze this page
      </button>
    </section>
  );
}

export function NoTab() {
  return (
    <section class="pp-screen">
      <h2>No tab to describe</h2>
      <p>Open a job posting, then click ML Fit again.</p>
    </section>
  );
}

export function NoProfile({
  report,
  onOpenOptions,
}: {
  report: PostingReport | null;
  onOpenOptions: () => unknown;
}) {
  return (
    <section class="pp-screen">
      <h2>Set up your profile</h2>
      <p>
        {report
          ? `To see how you fit “${report.title}”, tell ML Fit which skills you have.`
          : 'Tell ML Fit which skills you have, and every posting shows how well you fit.'}
      </p>
      <p class="pp-muted">It takes a minute, and your profile stays on this machine.</p>
      <button type="button" class="mf-button" onClick={() => onOpenOptions()}>
        Set up profile
      </button>
    </section>
  );
}

export function StorageUnavailable(props: {
  loadError: () => Promise<string>;
  onOpenOptions: () => unknown;
}) {
  const { loadError, onOpenOptions } = props;
  const [error, setError] = useState('ML Fit cannot read your profile in this browser profile.');
  useEffect(() => {
    loadError().then(setError, () => undefined);
  }, [loadError]);
  return (
    <section class="pp-screen" role="alert">
      <h2>Your profile can’t be read</h2>
      <p>{error}</p>
      <p class="pp-muted">Skills are still highlighted on job pages; only the fit needs your profile.</p>
      <button type="button" class="mf-link-button" onClick={() => onOpenOptions()}>
        Open settings
      </button>
    </section>
  );
}
