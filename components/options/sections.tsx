import type { JSX } from 'preact';
import { HistorySection } from '../history/HistorySection';
import { InsightsSection } from '../insights/InsightsSection';
import { ImportExportSection } from './ImportExportSection';
import { ProfileSection } from './ProfileSection';
import type { SectionProps } from './section-props';

/**
 * The options page's sections, in navigation order. Adding one (History, Insights) is one
 * entry here: an id (also the URL hash, options.html#history), a title, and a component.
 */

export interface OptionsSection {
  id: string;
  title: string;
  Component(props: SectionProps): JSX.Element;
}

export const SECTIONS: readonly OptionsSection[] = [
  { id: 'profile', title: 'Profile', Component: ProfileSection },
  { id: 'import-export', title: 'Import / export', Component: ImportExportSection },
  { id: 'history', title: 'History', Component: HistorySection },
  {
    id: 'insights',
    title: 'Insights',
    Component: ({ store }) => <InsightsSection profile={store.profile} />,
  },
];
