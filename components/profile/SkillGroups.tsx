import {
  CATEGORIES,
  CATEGORY_HINTS,
  CATEGORY_LABELS,
  type Category,
  SIDE_LABELS,
} from '../../lib/analysis/types';
import type { Level } from '../../lib/profile/levels';
import type { OwnSkill } from '../../lib/profile/own-skills';
import type { ProfileSkill } from '../../lib/profile/schema';
import type { SkillRef } from '../../lib/profile/skill-ref';
import { useCatalogue, useTwins } from './catalogue';
import { type OwnSkillHandlers, OwnSkillRow } from './OwnSkillRow';
import { SkillRow } from './SkillRow';

/**
 * The profile's skills grouped by catalogue category, each group with its count, then the
 * user's own skills. Ids the catalogue no longer knows are kept and shown as such.
 */

export interface SkillGroupsProps {
  skills: readonly ProfileSkill[];
  ownSkills: readonly OwnSkill[];
  onLevel(id: string, level: Level): void;
  onYears(id: string, years: number | undefined): void;
  onRemove(id: string): void;
  own: OwnSkillHandlers;
}

type Held = { entry: ProfileSkill; skill: SkillRef | null };

export function SkillGroups(props: SkillGroupsProps) {
  const catalogue = useCatalogue();
  const twins = useTwins(props.ownSkills);
  const total = props.skills.length + props.ownSkills.length;
  if (total === 0) return <p class="empty-note">No skills yet. Add the ones you have above.</p>;
  const groups = new Map<Category | 'unknown', Held[]>();
  for (const entry of props.skills) {
    const skill = catalogue.skillOf(entry.skill);
    const key = skill?.category ?? 'unknown';
    groups.set(key, [...(groups.get(key) ?? []), { entry, skill }]);
  }

  return (
    <div class="skill-groups">
      {CATEGORIES.map((category) => (
        <Group
          key={category}
          id={`group-${category}`}
          title={CATEGORY_LABELS[category]}
          hint={CATEGORY_HINTS[category]}
          category={category}
          held={groups.get(category) ?? []}
          {...props}
        />
      ))}
      {groups.has('unknown') && (
        <Group
          id="group-unknown"
          title="No longer in the catalogue"
          hint="Kept as saved; remove or replace them"
          held={groups.get('unknown') ?? []}
          {...props}
        />
      )}
      {props.ownSkills.length > 0 && (
        <section class="skill-group" aria-labelledby="group-own">
          <h3 id="group-own" class="skill-group__title">
            Your own skills <span class="count">({props.ownSkills.length})</span>
          </h3>
          <p class="hint">
            Not in the catalogue: postings are searched for their names and aliases, and the fit counts them
            with the category and side you give.
          </p>
          <ul class="skill-list">
            {props.ownSkills.map((skill) => (
              <OwnSkillRow key={skill.id} skill={skill} twin={twins.get(skill.id)} {...props.own} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Group(
  props: SkillGroupsProps & { id: string; title: string; hint: string; category?: Category; held: Held[] },
) {
  const sorted = [...props.held].sort((a, b) =>
    (a.skill?.name ?? a.entry.skill).localeCompare(b.skill?.name ?? b.entry.skill),
  );
  return (
    <section
      class={`skill-group${props.category ? ` skill-group--${props.category}` : ''}`}
      aria-labelledby={props.id}
    >
      <h3 id={props.id} class="skill-group__title">
        {props.title} <span class="count">({props.held.length})</span>
      </h3>
      <p class="hint">{props.hint}</p>
      {sorted.length === 0 ? (
        <p class="empty-note">None yet.</p>
      ) : (
        <ul class="skill-list">
          {sorted.map(({ entry, skill }) => (
            <SkillRow
              key={entry.skill}
              entry={entry}
              name={skill?.name ?? entry.skill}
              side={skill ? SIDE_LABELS[skill.side] : null}
              onLevel={(level) => props.onLevel(entry.skill, level)}
              onYears={(years) => props.onYears(entry.skill, years)}
              onRemove={() => props.onRemove(entry.skill)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
