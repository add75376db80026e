import type { TabView } from '../../lib/messages/protocol';
import type { Level } from '../../lib/profile/levels';
import { AddSkill } from '../fit/AddSkill';
import { FitBadge } from '../fit/FitBadge';
import { FitExplanation } from '../fit/FitExplanation';
import { RoleVerdict } from '../fit/RoleVerdict';

interface Props {
  view: TabView & { report: NonNullable<TabView['report']> };
  onAnalyzeAnyway: () => unknown;
  onAddSkill: (skill: string, level: Level) => unknown;
}

/** A posting with a ready profile: who, what role, and the explained fit. */
export function PostingScreen({ view, onAnalyzeAnyway, onAddSkill }: Props) {
  const { report, fit } = view;
  const showFit = report.isMlEngineer || view.showAnyway || report.onRequest;
  const place = [report.company, report.location].filter(Boolean).join(' · ');
  return (
    <section class="pp-posting">
      <header class="pp-head">
        <div class="pp-title">
          <h1>{report.title || 'Untitled posting'}</h1>
          {place && <p class="pp-muted">{place}</p>}
        </div>
        {showFit && fit && <FitBadge score={fit.score} band={fit.band} />}
      </header>
      <RoleVerdict report={report} showAnyway={view.showAnyway} onAnalyzeAnyway={onAnalyzeAnyway} />
      {showFit ? (
        <FitExplanation
          view={view}
          renderAdd={(skill, name) => <AddSkill skill={skill} name={name} onAdd={onAddSkill} />}
          showBadge={false}
        />
      ) : (
        <p class="pp-muted">
          The fit is worked out for ML engineer roles; ask for it anyway if this one interests you.
        </p>
      )}
    </section>
  );
}
