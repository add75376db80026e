import { useEffect, useId, useState } from 'preact/hooks';
import { BACKGROUND_LABELS } from '../../lib/profile/labels';
import { BACKGROUNDS, type Background, type Profile } from '../../lib/profile/schema';

/** Background, total years and target role. Text saves after a pause (the parent debounces). */

const ROLE_SUGGESTIONS = [
  'ML engineer',
  'Senior ML engineer',
  'MLOps engineer',
  'ML platform engineer',
  'Applied ML engineer',
  'Software engineer, machine learning',
  'LLM / GenAI engineer',
  'Computer vision engineer',
  'NLP engineer',
];

export function ProfileFields(props: {
  profile: Profile;
  onBackground(background: Background | null): void;
  onYears(years: number | null): void;
  onTargetRole(role: string | null): void;
}) {
  const id = useId();
  const { profile } = props;
  const [years, setYears] = useState(profile.years === null ? '' : String(profile.years));
  const [role, setRole] = useState(profile.targetRole ?? '');
  useEffect(() => {
    setYears((t) =>
      parseYears(t) === profile.years ? t : profile.years === null ? '' : String(profile.years),
    );
  }, [profile.years]);
  useEffect(() => {
    setRole((t) => ((t.trim() || null) === profile.targetRole ? t : (profile.targetRole ?? '')));
  }, [profile.targetRole]);

  return (
    <div class="profile-fields">
      <div class="field">
        <label for={`${id}-background`}>Background</label>
        <select
          id={`${id}-background`}
          value={profile.background ?? ''}
          onChange={(e) => props.onBackground((e.currentTarget.value || null) as Background | null)}
        >
          <option value="">Not set</option>
          {BACKGROUNDS.map((b) => (
            <option key={b} value={b}>
              {BACKGROUND_LABELS[b]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-years`}>Years of experience</label>
        <input
          id={`${id}-years`}
          type="number"
          inputMode="decimal"
          min={0}
          max={60}
          step={0.5}
          value={years}
          aria-describedby={`${id}-years-hint`}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setYears(text);
            const value = parseYears(text);
            if (value !== undefined) props.onYears(value);
          }}
        />
        <span id={`${id}-years-hint`} class="hint">
          In total; shown next to what a posting asks.
        </span>
      </div>
      <div class="field">
        <label for={`${id}-role`}>Target role</label>
        <input
          id={`${id}-role`}
          type="text"
          list={`${id}-roles`}
          maxLength={200}
          value={role}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setRole(text);
            props.onTargetRole(text.trim() || null);
          }}
        />
        <datalist id={`${id}-roles`}>
          {ROLE_SUGGESTIONS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </div>
    </div>
  );
}

/** '' clears (null); 0..60 sets; anything else is ignored while typing (undefined). */
function parseYears(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 60 ? value : undefined;
}
