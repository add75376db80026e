import { SIDE_LABELS, SIDES } from '../../lib/analysis/types';
import type { SidesSummary } from '../../lib/insights';

/** ML versus engineering coverage across the postings, and the advice for the weaker side. */
export function SidesPanel({ sides }: { sides: SidesSummary }) {
  return (
    <section class="card" aria-labelledby="sides-title">
      <h3 id="sides-title">Your weaker side</h3>
      <p class="hint">Share of the points each side offers across these postings that your profile earns.</p>
      <dl class="sides">
        {SIDES.map((side) => {
          const s = sides.sides[side];
          const pct = s.share === null ? null : Math.round(s.share * 100);
          return (
            <div key={side} class={`sides__row sides__row--${side}`}>
              <dt>
                {SIDE_LABELS[side]}
                {sides.weaker === side && <strong class="sides__weaker"> (weaker)</strong>}
              </dt>
              <dd>
                <span class="sides__meter" aria-hidden="true">
                  <span class="sides__fill" style={{ width: `${pct ?? 0}%` }} />
                </span>
                <span class="sides__pct">{pct === null ? 'not asked' : `${pct}%`}</span>
                <span class="hint sides__weaker-in">weaker in {s.weakerIn.toLocaleString()} postings</span>
              </dd>
            </div>
          );
        })}
      </dl>
      {sides.advice ? (
        <p class="sides__advice">{sides.advice}</p>
      ) : (
        <p class="hint">Both sides are evenly covered.</p>
      )}
    </section>
  );
}
