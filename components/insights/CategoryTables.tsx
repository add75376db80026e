import { useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_HINTS, CATEGORY_LABELS, type Category } from '../../lib/analysis/types';
import type { Demand } from '../../lib/insights';
import { LEVEL_LABELS } from '../../lib/profile/levels';

const SHOWN = 8;

/** For each category, the skills asked most often: required / preferred counts and your level. */
export function CategoryTables({ demand, postings }: { demand: Demand; postings: number }) {
  return (
    <section class="card" aria-labelledby="most-asked-title">
      <h3 id="most-asked-title">Most asked for, by category</h3>
      <p class="hint">
        In how many of the {postings.toLocaleString()} postings each skill appears, and how often it is listed
        as required or as preferred (the rest mention it elsewhere in the text).
      </p>
      <div class="category-tables">
        {CATEGORIES.map((c) => (
          <CategoryTable key={c} category={c} rows={demand[c]} />
        ))}
      </div>
    </section>
  );
}

function CategoryTable({ category, rows }: { category: Category; rows: Demand[Category] }) {
  const [all, setAll] = useState(false);
  const shown = all ? rows.all() : rows.top(SHOWN);
  const id = `most-asked-${category}`;
  return (
    <div class={`category-table skill-group skill-group--${category}`}>
      <h4 id={id}>
        {CATEGORY_LABELS[category]} <span class="count">({rows.length})</span>
      </h4>
      <p class="hint">{CATEGORY_HINTS[category]}</p>
      {rows.length === 0 ? (
        <p class="empty-note">None in these postings.</p>
      ) : (
        <table class="data-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th>Skill</th>
              <th class="num">Postings</th>
              <th class="num">Required</th>
              <th class="num">Preferred</th>
              <th>You</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td class="num">{d.postings.toLocaleString()}</td>
                <td class="num">{d.required.toLocaleString()}</td>
                <td class="num">{d.preferred.toLocaleString()}</td>
                <td class={d.level ? 'you you--held' : 'you'}>{d.level ? LEVEL_LABELS[d.level] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > SHOWN && (
        <button type="button" class="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${rows.length}`}
        </button>
      )}
    </div>
  );
}
