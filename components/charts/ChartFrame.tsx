import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import './charts.css';

/**
 * A chart with a switch to the same figures as a table: the SVG is described for screen
 * readers (title/desc), and the table is there for anyone who wants the exact numbers.
 */
export function ChartFrame(props: {
  id: string;
  title: string;
  description: string;
  chart: ComponentChildren;
  /** The table, built only when shown (a year of weeks is 53 rows of formatted dates). */
  table: () => ComponentChildren;
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption class="chart__caption">
        <h3 id={`${props.id}-title`}>{props.title}</h3>
        <button
          type="button"
          class="chart__toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? 'Show chart' : 'Show table'}
        </button>
      </figcaption>
      <p class="hint">{props.description}</p>
      {asTable ? <div class="chart__table">{props.table()}</div> : props.chart}
    </figure>
  );
}
