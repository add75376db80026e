import { MAX_TEXT_CHARS } from '../../lib/messages/limits';
import type { TabView } from '../../lib/messages/protocol';
import '../theme.css';
import './fit.css';
import { FitBadge } from './FitBadge';
import { SideBars } from './SideBars';
import { type RenderAdd, SkillGroups } from './SkillGroups';
import { YearsLine } from './YearsLine';

export interface FitExplanationProps {
  /** The background's view of the tab: the fit, the profile state and whether the text was cut. */
  view: Pick<TabView, 'fit' | 'profile'> & { report?: { truncated?: boolean } | null };
  /** Draws "Add" on missing skills when given (extension pages pass AddSkill; the chip, none). */
  renderAdd?: RenderAdd;
  /** Show the score badge at the top (the popup draws its own header and passes false). */
  showBadge?: boolean;
}

/**
 * The whole "why this score": both sides' coverage, the advice for the weaker side, years,
 * and every skill with its points. Shared by the popup and the on-page chip, so it depends on
 * nothing but its props (no browser APIs, no globals).
 */
export function FitExplanation({ view, renderAdd, showBadge = true }: FitExplanationProps) {
  const { fit } = view;
  const cut = view.report?.truncated === true && (
    <p class="mf-note">
      A very long posting: only its first {MAX_TEXT_CHARS.toLocaleString('en')} characters were read.
    </p>
  );
  if (!fit) {
    return (
      <>
        {cut}
        <p class="mf-explain mf-muted">
          {view.profile === 'unavailable'
            ? 'Your profile could not be read, so there is no fit to show.'
            : 'Add your skills to your profile to see how you fit.'}
        </p>
      </>
    );
  }
  const total = fit.matched.length + fit.missing.length;
  return (
    <div class="mf-explain">
      {cut}
      {showBadge && <FitBadge score={fit.score} band={fit.band} />}
      {total > 0 && <SideBars bySide={fit.bySide} weakerSide={fit.weakerSide} />}
      <p class="mf-advice">{fit.advice}</p>
      <YearsLine years={fit.years} />
      {total > 0 && (
        <>
          <h2 class="mf-section-title">
            Skills <span class="mf-muted">your points add up to {fit.score}</span>
          </h2>
          <SkillGroups fit={fit} renderAdd={renderAdd} />
        </>
      )}
    </div>
  );
}
