import type { SkillSummary } from '../../lib/analysis/types';
import type { ProfileStore } from './profile-store';

/** What every options section is given (sections.tsx lists them). */
export interface SectionProps {
  store: ProfileStore;
  /** Skills the engine finds in a text (résumé), read by the background; injected so tests need no engine. */
  analyze(text: string): Promise<SkillSummary[]>;
}
