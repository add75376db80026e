import { SIDE_LABELS, SIDES, type Side } from '../../lib/analysis/types';
import type { Coverage } from '../../lib/fit/types';

/** ML vs engineering coverage: the article's two halves of the role, the weaker one named. */
export function SideBars({
  bySide,
  weakerSide,
}: {
  bySide: Record<Side, Coverage>;
  weakerSide: Side | null;
}) {
  return (
    <div class="mf-sides">
      {SIDES.map((side) => {
        const c = bySide[side];
        const pct = c.max > 0 ? Math.min(100, Math.round((100 * c.points) / c.max)) : 0;
        return (
          <div class={`mf-side mf-side-${side}`} key={side}>
            <div class="mf-side-head">
              <span class="mf-side-name">
                {SIDE_LABELS[side]}
                {weakerSide === side && <span class="mf-weaker">weaker side</span>}
              </span>
              <span class="mf-side-count">
                {c.total === 0 ? 'not asked' : `${c.held}/${c.total} skills · ${c.points}/${c.max} pts`}
              </span>
            </div>
            <div class="mf-bar" aria-hidden="true">
              <div class="mf-bar-fill" style={{ width: `${pct}%` }} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
