import { useState } from 'preact/hooks';
import { CATEGORY_LABELS, SIDE_LABELS } from '../../lib/analysis/types';
import type { GainRow, Ranked } from '../../lib/insights';
import { LEVEL_LABELS } from '../../lib/profile/levels';

const SHOWN = 10;

/** The skills whose learning would raise the fit the most, summed over the postings. */
export function GainsTable({ gains, postings }: { gains: Ranked<GainRow>; postings: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? gains.all() : gains.top(SHOWN);
  return (
    <section class="card" aria-labelledby="gains-title">
      <h3 id="gains-title">What would raise your fit most</h3>
      <p class="hint">
        For each skill: how many points your fit score would gain, added up over the{' '}
        {postings.toLocaleString()} postings, if you had it at <strong>expert</strong> level (skills you
        already hold count for the rise to expert). “Into strong” counts postings this skill alone would lift
        into the strong band.
      </p>
      {gains.length === 0 ? (
        <p class="empty-note">Nothing to gain here: your profile covers every skill these postings name.</p>
      ) : (
        <table class="data-table gains-table">
          <thead>
            <tr>
              <th class="num">#</th>
              <th>Skill</th>
              <th>You</th>
              <th class="num">Points gained</th>
              <th class="num">Postings raised</th>
              <th class="num">Into strong</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((g, i) => (
              <tr key={g.id}>
                <td class="num">{i + 1}</td>
                <td>
                  {g.name}
                  <span class="gains-table__tags">
                    <span class={`cat-tag cat-tag--${g.category}`}>{CATEGORY_LABELS[g.category]}</span>
                    <span class="side-tag">{SIDE_LABELS[g.side]}</span>
                  </span>
                </td>
                <td class="gains-table__you">{g.level ? `${LEVEL_LABELS[g.level]} → Expert` : 'Missing'}</td>
                <td class="num">{g.points.toLocaleString()}</td>
                <td class="num">{g.postings.toLocaleString()}</td>
                <td class="num">{g.toStrong.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {gains.length > SHOWN && (
        <button type="button" class="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show the top 10' : `Show all ${gains.length}`}
        </button>
      )}
    </section>
  );
}
