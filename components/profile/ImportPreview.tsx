import { isEmptyDiff, type ProfileDiff } from '../../lib/profile/diff';
import type { ImportMode } from '../../lib/profile/import';
import { BACKGROUND_LABELS } from '../../lib/profile/labels';
import { LEVEL_LABELS } from '../../lib/profile/levels';
import type { Background, ProfileSkill } from '../../lib/profile/schema';
import { useCatalogue } from './catalogue';

/** What an import would change, shown before anything is written. */

const FIELD_LABELS = {
  background: 'Background',
  years: 'Years of experience',
  targetRole: 'Target role',
} as const;

function describeLevel(s: ProfileSkill): string {
  const years = s.years === undefined ? '' : `, ${s.years} yrs`;
  return `${LEVEL_LABELS[s.level].toLowerCase()}${years}`;
}

function fieldValue(field: keyof typeof FIELD_LABELS, value: string | number | null): string {
  if (value === null) return 'not set';
  if (field === 'background') return BACKGROUND_LABELS[value as Background] ?? String(value);
  return String(value);
}

export function ImportPreview(props: {
  fileName: string;
  diff: ProfileDiff;
  warnings: readonly string[];
  /** null when the file has no skills (nothing to replace or merge). */
  mode: ImportMode | null;
  onMode(mode: ImportMode): void;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { diff } = props;
  const nothing = isEmptyDiff(diff);
  const catalogue = useCatalogue();
  const skillName = (id: string) => catalogue.skillOf(id)?.name ?? id;
  const describeSkill = (s: ProfileSkill) => `${skillName(s.skill)} (${describeLevel(s)})`;
  return (
    <section class="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">Preview of {props.fileName}</h3>
      {props.warnings.length > 0 && (
        <ul class="notice notice--warning" aria-label="Notes about this file">
          {props.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {props.mode && (
        <fieldset class="import-mode">
          <legend>The file’s skills</legend>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={props.mode === 'replace'}
              onChange={() => props.onMode('replace')}
            />
            Replace my skills with them
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={props.mode === 'merge'}
              onChange={() => props.onMode('merge')}
            />
            Add them to my skills
          </label>
        </fieldset>
      )}
      {nothing ? (
        <p>This file matches your profile: nothing would change.</p>
      ) : (
        <dl class="change-list">
          <Change label="Skills added" items={diff.added.map(describeSkill)} />
          <Change
            label="Skills changed"
            items={diff.changed.map(
              (c) => `${skillName(c.skill)}: ${describeLevel(c.from)} → ${describeLevel(c.to)}`,
            )}
          />
          <Change label="Skills removed" items={diff.removed.map(describeSkill)} />
          <Change
            label="Own skills added"
            items={[...diff.freeTextAdded, ...diff.ownAdded.map((s) => s.name)]}
          />
          <Change label="Own skills changed" items={diff.ownChanged.map((s) => s.name)} />
          <Change
            label="Own skills removed"
            items={[...diff.freeTextRemoved, ...diff.ownRemoved.map((s) => s.name)]}
          />
          <Change
            label="Other fields"
            items={diff.fields.map(
              (f) =>
                `${FIELD_LABELS[f.field]}: ${fieldValue(f.field, f.from)} → ${fieldValue(f.field, f.to)}`,
            )}
          />
        </dl>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={nothing || props.busy} onClick={props.onConfirm}>
          Apply these changes
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function Change({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <dt>
        {label} ({items.length})
      </dt>
      {items.map((item) => (
        <dd key={item}>{item}</dd>
      ))}
    </>
  );
}
