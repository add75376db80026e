/** A chart's key: one swatch (a modifier of .chart-legend__swatch in charts.css) per series. */
export interface LegendItem {
  swatch: string;
  label: string;
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul class="chart-legend">
      {items.map((item) => (
        <li key={item.swatch}>
          <span class={`chart-legend__swatch chart-legend__swatch--${item.swatch}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
