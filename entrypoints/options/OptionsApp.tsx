import { useEffect, useState } from 'preact/hooks';
import { getSetting, setSetting } from '../../app/storage/settings';
import { HistoryStoreContext } from '../../components/history/use-history';
import { Onboarding } from '../../components/options/Onboarding';
import { SaveStatus } from '../../components/options/SaveStatus';
import type { SectionProps } from '../../components/options/section-props';
import { SECTIONS } from '../../components/options/sections';
import { CatalogueContext } from '../../components/profile/catalogue';
import { emptyProfile } from '../../lib/profile/schema';
import type { SkillCatalogue } from '../../lib/profile/skill-ref';
import { historyStore } from './history-store';
import { useProfile } from './use-profile';

/**
 * The options page: a navigation of sections (URL hash), the save status, first-run onboarding.
 * It owns the page's data: the profile (useProfile), the onboarding setting, and the history
 * store its sections read through HistoryStoreContext. The catalogue is the background's: its
 * lookups come by message (./catalogue.ts), through CatalogueContext.
 */
export function OptionsApp({
  analyze,
  catalogue,
}: Pick<SectionProps, 'analyze'> & { catalogue: SkillCatalogue }) {
  const store = useProfile();
  const [onboarding, setOnboarding] = useState<boolean | null>(null);
  const sectionId = useHashSection();

  // Decide once, on the first load: an empty profile without a finished onboarding starts it.
  useEffect(() => {
    if (!store.load || onboarding !== null) return;
    if (store.load.state !== 'empty') return setOnboarding(false);
    getSetting('onboarding-done').then(
      (done) => setOnboarding(done !== true),
      () => setOnboarding(false),
    );
  }, [store.load, onboarding]);

  function finishOnboarding() {
    setOnboarding(false);
    setSetting('onboarding-done', true).catch(() => {
      // Not fatal: the onboarding would show again next time, which the save status already explains.
    });
  }

  const active = SECTIONS.find((s) => s.id === sectionId) ?? SECTIONS[0];
  const load = store.load;

  return (
    <HistoryStoreContext.Provider value={historyStore}>
      <CatalogueContext.Provider value={catalogue}>
        <div class="page">
          <header class="page__header">
            <h1>ML Fit settings</h1>
            <SaveStatus status={store.status} />
          </header>
          {load === null || onboarding === null ? (
            <p class="loading">Loading your profile…</p>
          ) : onboarding ? (
            <main>
              <Onboarding store={store} analyze={analyze} onDone={finishOnboarding} />
            </main>
          ) : (
            <div class="page__body">
              <nav class="page__nav" aria-label="Settings sections">
                <ul>
                  {SECTIONS.map((s) => (
                    <li key={s.id}>
                      <a href={`#${s.id}`} aria-current={s.id === active?.id ? 'page' : undefined}>
                        {s.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <main aria-label={active?.title}>
                {load.state === 'unavailable' && (
                  <div class="notice notice--error" role="alert">
                    <p>{load.error}</p>
                    {active?.id === 'profile' && load.unreadableRow && (
                      <button type="button" onClick={() => void store.reset(emptyProfile())}>
                        Start a new profile (replaces the unreadable one)
                      </button>
                    )}
                  </div>
                )}
                {active && (load.state !== 'unavailable' || active.id !== 'profile') && (
                  <active.Component store={store} analyze={analyze} />
                )}
              </main>
            </div>
          )}
        </div>
      </CatalogueContext.Provider>
    </HistoryStoreContext.Provider>
  );
}

function useHashSection(): string {
  const read = () => decodeURIComponent(location.hash.replace(/^#/, ''));
  const [hash, setHash] = useState(read);
  useEffect(() => {
    const onChange = () => setHash(read());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}
