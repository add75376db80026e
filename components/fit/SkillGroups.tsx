import type { ComponentChildren } from 'preact';
import {
  CATEGORIES,
  CATEGORY_HINTS,
  CATEGORY_LABELS,
  type Category,
  SIDE_LABELS,
} from '../../lib/analysis/types';
import type { FitItem, FitResult } from '../../lib/fit/types';
import { LEVEL_LABELS, type Level } from '../../lib/profile/levels';
import { CATEGORY_CLASS, LISTED_AS_MARK } from './labels';

/**
 * The "Add to profile" control of a missing skill (extension pages pass AddSkill; the on-page
 * chip passes none, so its bundle carries no form).
 */
export type RenderAdd = (skill: string, name: string) => ComponentChildren;

interface Props {
  fit: FitResult;
  renderAdd?: RenderAdd | undefined;
}

/**
 * The posting's skills by category: held ones with the points they earn (these add up to the
 * score), missing ones with what each would add, largest gain first.
 */
export function SkillGroups({ fit, renderAdd }: Props) {
  return (
    <div class="mf-groups">
      {CATEGORIES.map((category) => {
        const held = fit.matched.filter((i) => i.category === category);
        const missing = fit.missing.filter((i) => i.category === category);
        if (held.length + missing.length === 0) return null;
        return (
          <section
            class={`mf-group ${CATEGORY_CLASS[category]}`}
            key={category}
            aria-label={CATEGORY_LABELS[category]}
          >
            <h3 class="mf-group-head" title={CATEGORY_HINTS[category]}>
              <span>{CATEGORY_LABELS[category]}</span>
              <span class="mf-group-count">
                {fit.byCategory[category].held}/{fit.byCategory[category].total} held
              </span>
            </h3>
            <ul class="mf-skills">
              {held.map((item) => (
                <SkillRow key={item.skill} item={item} category={category} renderAdd={renderAdd} />
              ))}
              {missing.map((item) => (
                <SkillRow key={item.skill} item={item} category={category} renderAdd={renderAdd} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function SkillRow({
  item,
  renderAdd,
}: {
  item: FitItem;
  category: Category;
  renderAdd?: RenderAdd | undefined;
}) {
  const mark = LISTED_AS_MARK[item.listedAs];
  const held = item.level !== null;
  const via = item.via;
  const state = held ? 'mf-held' : via ? 'mf-transfer' : 'mf-missing';
  return (
    <li class={`mf-skill ${state}`} data-skill={item.skill}>
      <span class="mf-skill-icon" aria-hidden="true">
        {held ? '✓' : via ? '≈' : '○'}
      </span>
      <span class="mf-skill-name">
        {item.name}
        <span class="mf-visually-hidden">
          {held ? ', in your profile' : via ? `, transferable from ${via.name}` : ', missing'}
        </span>
        {via && (
          <span class="mf-via" aria-hidden="true">
            transferable from {via.name}
          </span>
        )}
      </span>
      {mark && <span class={`mf-mark mf-mark-${item.listedAs}`}>{mark}</span>}
      <span class="mf-side-tag" title={`${SIDE_LABELS[item.side]} side`}>
        {item.side === 'ml' ? 'ML' : 'Eng'}
      </span>
      <span class="mf-skill-points">
        {held ? (
          <>
            {LEVEL_LABELS[item.level as Level]} · <strong>{item.points}</strong> pts
          </>
        ) : via ? (
          <span title={`Points it earns through ${via.name}, and what it would add at expert level`}>
            <strong>{item.points}</strong> pts · up to +{item.gain}
          </span>
        ) : (
          <span title="Points it would add at expert level">up to +{item.gain}</span>
        )}
      </span>
      {!held && renderAdd?.(item.skill, item.name)}
    </li>
  );
}
