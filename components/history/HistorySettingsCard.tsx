import { DWELL_MS, MAX_ROWS } from '../../lib/history/limits';
import type { HistorySettings } from '../../lib/history/settings';

const KEEP_CHOICES: { days: number | null; label: string }[] = [
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 180, label: '6 months' },
  { days: 365, label: '1 year' },
  { days: 730, label: '2 years' },
  { days: null, label: 'Until I delete them' },
];

/** Pause switch, how long postings are kept, and what is saved at all. */
export function HistorySettingsCard(props: {
  settings: HistorySettings;
  onChange(next: Partial<HistorySettings>): void;
}) {
  const { settings } = props;
  const choices = KEEP_CHOICES.some((c) => c.days === settings.keepDays)
    ? KEEP_CHOICES
    : [...KEEP_CHOICES, { days: settings.keepDays, label: `${settings.keepDays} days` }];
  return (
    <div class="history-settings">
      <label class="history-settings__pause">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => props.onChange({ paused: e.currentTarget.checked })}
        />{' '}
        Pause history <span class="hint">(postings you open are not saved while paused)</span>
      </label>
      <label class="history-settings__keep">
        Keep postings for{' '}
        <select
          value={String(settings.keepDays)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            props.onChange({ keepDays: v === 'null' ? null : Number(v) });
          }}
        >
          {choices.map((c) => (
            <option key={String(c.days)} value={String(c.days)}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <p class="hint history-settings__rule">
        A posting is saved once it has stayed on screen for {DWELL_MS / 1000} seconds. At most{' '}
        {MAX_ROWS.toLocaleString('en')} postings are kept; beyond that the least recently viewed go first.
      </p>
    </div>
  );
}
