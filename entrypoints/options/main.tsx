import { render } from 'preact';
import '../../components/options/options.css';
import { sendFromPage } from '../../app/messaging/page';
import { createCatalogueView, installCatalogueView } from '../../lib/profile/catalogue-view';
import { skillsInText } from './analyze-resume';
import { createCatalogue, UNAVAILABLE } from './catalogue';
import { OptionsApp } from './OptionsApp';

/**
 * The page starts once the background has sent the catalogue its history, insights and fit
 * read (lib/profile/catalogue-view.ts): the page's bundle ships none.
 */
async function start(root: HTMLElement) {
  try {
    installCatalogueView(createCatalogueView(await sendFromPage({ type: 'catalogue-view' })));
  } catch {
    render(<Unavailable />, root);
    return;
  }
  render(<OptionsApp analyze={skillsInText} catalogue={createCatalogue()} />, root);
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

const root = document.getElementById('app');
if (root) void start(root);
