import { loadProfile } from '../../app/storage/profile';
import { computeFit, heldLevels } from '../../lib/fit';
import type { TabView } from '../../lib/messages/protocol';
import type { ProfileLoad } from '../../lib/profile/load';
import { withoutRemovedOwn } from './own-skills';
import type { TabState } from './tab-state';

/**
 * The answer about one tab: its report plus the fit against the current profile. The fit is
 * left out unless the profile has skills: a 0 for an empty or unreadable profile would be
 * a claim about the user, not about the posting.
 */
export function buildTabView(state: TabState, load: ProfileLoad): TabView {
  const { showAnyway } = state;
  const ready = load.state === 'ready';
  const report = state.report && {
    ...state.report,
    skills: withoutRemovedOwn(state.report.skills, load.profile),
  };
  return {
    report,
    fit: report && ready ? computeFit(report.skills, report.requirements, load.profile) : null,
    held: report && ready ? heldLevels(report.skills, load.profile) : {},
    profile: load.state,
    showAnyway,
  };
}

export async function tabView(state: TabState): Promise<TabView> {
  return buildTabView(state, await loadProfile());
}
