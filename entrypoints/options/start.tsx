import { render } from 'preact';
import { sendFromPage } from '../../app/messaging/page';
import type { PageToBackground, Send } from '../../lib/messages/protocol';
import { createCatalogueView, installCatalogueView } from '../../lib/profile/catalogue-view';
import { skillsInText } from './analyze-resume';
import { createCatalogue, UNAVAILABLE } from './catalogue';
import { OptionsApp } from './OptionsApp';

/** Performance measure of the wait for the background's catalogue (scripts/bench-insights.ts). */
export const MEASURE_CATALOGUE = 'ml-fit:catalogue-view';

/**
 * The page starts once the background has sent the catalogue its history, insights, fit and
 * held skills read (lib/profile/catalogue-view.ts): the page's bundle ships none. Without an
 * answer it says so, and nothing is read or written.
 */
export async function startOptions(
  root: HTMLElement,
  send: Send<PageToBackground> = sendFromPage,
): Promise<void> {
  try {
    const asked = performance.now();
    const data = await send({ type: 'catalogue-view' });
    performance.measure(MEASURE_CATALOGUE, { start: asked, end: performance.now() });
    installCatalogueView(createCatalogueView(data));
  } catch {
    render(<Unavailable />, root);
    return;
  }
  render(<OptionsApp analyze={skillsInText} catalogue={createCatalogue(send)} />, root);
}

function Unavailable() {
  return (
    <div class="page">
      <header class="page__header">
        <h1>ML Fit settings</h1>
      </header>
      <div class="notice notice--error" role="alert">
        <p>This page cannot open: {UNAVAILABLE}.</p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    </div>
  );
}
