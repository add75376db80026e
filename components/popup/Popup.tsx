import '../theme.css';
import './popup.css';
import type { PopupApi } from './api';
import { PostingScreen } from './PostingScreen';
import { NoProfile, NoTab, NotJob, Pending, StorageUnavailable } from './screens';
import { useTabView } from './use-tab-view';

/** The toolbar popup: one screen per state, a footer link to the profile. */
export function Popup({ api }: { api: PopupApi }) {
  const { state, error, analyzePage, analyzeAnyway, addSkill } = useTabView(api);
  const openOptions = () => api.openOptions();

  let body: preact.ComponentChild;
  if (state.kind === 'pending') body = <Pending reason={state.reason} />;
  else if (state.kind === 'no-tab') body = <NoTab />;
  else if (state.kind === 'not-job') body = <NotJob note={state.note} onAnalyze={analyzePage} />;
  else {
    const { view } = state;
    if (view.profile === 'unavailable') {
      body = <StorageUnavailable loadError={api.storageError} onOpenOptions={openOptions} />;
    } else if (view.profile === 'empty')
      body = <NoProfile report={view.report} onOpenOptions={openOptions} />;
    else if (!view.report) body = <NotJob note={null} onAnalyze={analyzePage} />;
    else
      body = (
        <PostingScreen
          view={{ ...view, report: view.report }}
          onAnalyzeAnyway={analyzeAnyway}
          onAddSkill={addSkill}
        />
      );
  }

  return (
    <div class="pp-root">
      <div class="pp-brand">
        <span class="pp-logo" aria-hidden="true">
          ◆
        </span>
        ML Fit
      </div>
      <main class="pp-main">{body}</main>
      {error && (
        <p class="pp-error" role="alert">
          {error}
        </p>
      )}
      <footer class="pp-foot">
        <button type="button" class="mf-link-button" onClick={openOptions}>
          Edit your profile
        </button>
      </footer>
    </div>
  );
}
