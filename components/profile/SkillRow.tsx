import { useEffect, useId, useState } from 'preact/hooks';
import { LEVEL_LABELS, LEVELS, type Level } from '../../lib/profile/levels';
import type { ProfileSkill } from '../../lib/profile/schema';

/** One held skill: level editable in place, optional years, remove. */
export function SkillRow(props: {
  entry: ProfileSkill;
  name: string;
  side: string | null;
  onLevel(level: Level): void;
  onYears(years: number | undefined): void;
  onRemove(): void;
}) {
  const id = useId();
  const { entry, name } = props;
  const [years, setYears] = useState(entry.years === undefined ? '' : String(entry.years));
  // Follow changes made elsewhere (import, another page) unless the text already says the same.
  useEffect(() => {
    setYears((current) =>
      parseYears(current) === entry.years ? current : entry.years === undefined ? '' : String(entry.years),
    );
  }, [entry.years]);

  return (
    <li class="skill-row">
      <span class="skill-row__name" id={`${id}-name`}>
        {name}
        {props.side && <span class="side-tag">{props.side}</span>}
      </span>
      <label class="visually-hidden" for={`${id}-level`}>
        Level of {name}
      </label>
      <select
        id={`${id}-level`}
        value={entry.level}
        onChange={(e) => props.onLevel(e.currentTarget.value as Level)}
      >
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {LEVEL_LABELS[level]}
          </option>
        ))}
      </select>
      <label class="skill-row__years">
        <input
          type="number"
          inputMode="decimal"
          min={0}
          max={60}
          step={0.5}
          placeholder="–"
          aria-label={`Years with ${name} (optional)`}
          value={years}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setYears(text);
            const value = parseYears(text);
            if (value !== null) props.onYears(value);
          }}
        />
        <span aria-hidden="true">yrs</span>
      </label>
      <button type="button" class="icon-button" aria-label={`Remove ${name}`} onClick={props.onRemove}>
        Remove
      </button>
    </li>
  );
}

/** '' clears (undefined); a number in 0..60 sets; anything else is ignored while typing (null). */
function parseYears(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 60 ? value : null;
}
