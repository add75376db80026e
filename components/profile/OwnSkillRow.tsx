import { useId, useState } from 'preact/hooks';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  type Category,
  SIDE_LABELS,
  SIDES,
  type Side,
} from '../../lib/analysis/types';
import { LEVEL_LABELS, LEVELS, type Level } from '../../lib/profile/levels';
import type { OwnSkillChange } from '../../lib/profile/own-edit';
import type { OwnSkill } from '../../lib/profile/own-skills';
import type { SkillRef } from '../../lib/profile/skill-ref';

export interface OwnSkillHandlers {
  onChange(id: string, change: OwnSkillChange): void;
  /** Returns why the alias was not added, or undefined when it was. */
  onAddAlias(id: string, alias: string): string | undefined;
  onRemoveAlias(id: string, alias: string): void;
  onRemove(id: string): void;
  onMerge(id: string, catalogueId: string): void;
}

/**
 * One of the user's own skills: level, category and side to pick, aliases to add or remove
 * (each a form postings may use), and an offer to merge it when the catalogue knows it.
 */
export function OwnSkillRow(props: OwnSkillHandlers & { skill: OwnSkill; twin: SkillRef | undefined }) {
  const { skill, twin } = props;
  const id = useId();
  const [alias, setAlias] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const add = () => {
    const why = props.onAddAlias(skill.id, alias);
    setRefusal(why);
    if (!why) setAlias('');
  };
  const select = <T extends string>(
    label: string,
    value: T,
    values: readonly T[],
    labels: Record<T, string>,
    change: (value: T) => void,
  ) => (
    <label class="own-skill__field">
      <span aria-hidden="true">{label}</span>
      <select
        aria-label={`${label} of ${skill.name}`}
        value={value}
        onChange={(e) => change(e.currentTarget.value as T)}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {labels[v]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <li class="skill-row own-skill" aria-labelledby={`${id}-name`}>
      <div class="own-skill__main">
        <span class="skill-row__name" id={`${id}-name`}>
          {skill.name}
        </span>
        <label class="visually-hidden" for={`${id}-level`}>
          Level of {skill.name}
        </label>
        <select
          id={`${id}-level`}
          value={skill.level}
          onChange={(e) => props.onChange(skill.id, { level: e.currentTarget.value as Level })}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="icon-button"
          aria-label={`Remove ${skill.name}`}
          onClick={() => props.onRemove(skill.id)}
        >
          Remove
        </button>
      </div>
      <div class="own-skill__details">
        {select<Category>('Category', skill.category, CATEGORIES, CATEGORY_LABELS, (category) =>
          props.onChange(skill.id, { category }),
        )}
        {select<Side>('Side', skill.side, SIDES, SIDE_LABELS, (side) => props.onChange(skill.id, { side }))}
        <ul class="chips own-skill__aliases" aria-label={`Aliases of ${skill.name}`}>
          {skill.aliases.map((a) => (
            <li key={a}>
              {a}
              <button
                type="button"
                class="chip-remove"
                aria-label={`Remove alias ${a}`}
                onClick={() => props.onRemoveAlias(skill.id, a)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          class="own-skill__alias-form"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <input
            type="text"
            maxLength={100}
            placeholder="Another name"
            aria-label={`Add an alias for ${skill.name}`}
            aria-describedby={refusal ? `${id}-refusal` : undefined}
            value={alias}
            onInput={(e) => setAlias(e.currentTarget.value)}
          />
          <button type="submit" class="icon-button">
            Add alias
          </button>
        </form>
      </div>
      {refusal && (
        <p class="hint" id={`${id}-refusal`} role="status">
          {refusal}
        </p>
      )}
      {twin && (
        <p class="own-skill__merge">
          This is {twin.name} —{' '}
          <button
            type="button"
            class="icon-button"
            aria-label={`Merge ${skill.name} into ${twin.name}`}
            onClick={() => props.onMerge(skill.id, twin.id)}
          >
            merge
          </button>
        </p>
      )}
    </li>
  );
}
