import type { PostingReport } from '../../lib/messages/protocol';
import './controls.css';
import { ROLE_LABELS } from '../../lib/analysis/types';

interface Props {
  report: Pick<PostingReport, 'isMlEngineer' | 'role' | 'onRequest'>;
  showAnyway: boolean;
  /** Offered for postings that are not ML engineer roles, until the user has asked. */
  onAnalyzeAnyway?: () => unknown;
}

/** Whether this is an ML engineer posting, and why the engine thinks so. */
export function RoleVerdict({ report, showAnyway, onAnalyzeAnyway }: Props) {
  const { role, isMlEngineer } = report;
  const label = ROLE_LABELS[role.id];
  return (
    <div class={`mf-verdict ${isMlEngineer ? 'mf-verdict-ml' : 'mf-verdict-other'}`}>
      <p class="mf-verdict-head">
        {isMlEngineer ? (
          <>
            <span aria-hidden="true">●</span> ML engineer role
          </>
        ) : (
          <>
            <span aria-hidden="true">◌</span> Not an ML engineer role
            {role.id !== 'other' && <> — reads as {label.toLowerCase()}</>}
          </>
        )}
        <span class="mf-confidence"> ({Math.round(role.confidence * 100)}% sure)</span>
      </p>
      {role.reasons.length > 0 &&
        (isMlEngineer ? (
          // An ML role needs no persuading: keep the reasons one click away, the fit in view.
          <details class="mf-why">
            <summary>Why this verdict</summary>
            <Reasons reasons={role.reasons} />
          </details>
        ) : (
          <Reasons reasons={role.reasons} />
        ))}
      {!isMlEngineer && !showAnyway && !report.onRequest && onAnalyzeAnyway && (
        <button type="button" class="mf-button" onClick={() => onAnalyzeAnyway()}>
          Analyze anyway
        </button>
      )}
    </div>
  );
}

function Reasons({ reasons }: { reasons: string[] }) {
  return (
    <ul class="mf-reasons">
      {reasons.slice(0, 3).map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}
