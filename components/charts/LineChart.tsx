/** A series of points over time; `dashed` gives a second line a non-colour difference. */
export interface Series {
  key: string;
  label: string;
  dashed: boolean;
  points: { x: number; y: number | null }[];
}

/** A horizontal reference line (e.g. a band threshold). */
export interface Rule {
  y: number;
  label: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 14, right: 70, bottom: 30, left: 40 };
/** Above this many points markers would run into each other: the line alone reads better. */
const DENSE = 26;

/** A 0-100 line chart over dates, drawn by hand as SVG. */
export function LineChart(props: {
  id: string;
  title: string;
  description: string;
  series: Series[];
  rules: Rule[];
  formatX(x: number): string;
}) {
  const xs = props.series.flatMap((s) => s.points.map((p) => p.x));
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const px = (x: number) => PAD.left + (maxX === minX ? innerW / 2 : ((x - minX) / (maxX - minX)) * innerW);
  const py = (y: number) => PAD.top + innerH - (y / 100) * innerH;
  const ticks = maxX === minX ? [minX] : [minX, minX + (maxX - minX) / 2, maxX];
  return (
    <svg
      class="line-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${props.id}-svg-title ${props.id}-svg-desc`}
    >
      <title id={`${props.id}-svg-title`}>{props.title}</title>
      <desc id={`${props.id}-svg-desc`}>{props.description}</desc>
      {[0, 25, 50, 75, 100].map((y) => (
        <g key={y} class="line-chart__grid">
          <line x1={PAD.left} x2={PAD.left + innerW} y1={py(y)} y2={py(y)} />
          <text x={PAD.left - 6} y={py(y)} text-anchor="end" dominant-baseline="middle">
            {y}
          </text>
        </g>
      ))}
      {props.rules.map((r) => (
        <g key={r.label} class="line-chart__rule">
          <line x1={PAD.left} x2={PAD.left + innerW} y1={py(r.y)} y2={py(r.y)} />
          <text x={PAD.left + innerW + 4} y={py(r.y)} dominant-baseline="middle">
            {r.label}
          </text>
        </g>
      ))}
      {ticks.map((x) => (
        <text key={x} class="line-chart__tick" x={px(x)} y={HEIGHT - 8} text-anchor="middle">
          {props.formatX(x)}
        </text>
      ))}
      {props.series.map((s) => {
        const pts = s.points.filter((p): p is { x: number; y: number } => p.y !== null);
        const d = pts.map((p, i) => `${i ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join('');
        return (
          <g key={s.key} class={`line-chart__series line-chart__series--${s.key}`}>
            <path d={d} fill="none" stroke-dasharray={s.dashed ? '6 4' : undefined} />
            {pts.length <= DENSE &&
              pts.map((p) => (
                // Dashed series get hollow, larger markers: both stay visible where they coincide.
                <circle
                  key={p.x}
                  cx={px(p.x)}
                  cy={py(p.y)}
                  r={s.dashed ? 5 : 3}
                  class={s.dashed ? 'hollow' : undefined}
                >
                  <title>{`${s.label}, ${props.formatX(p.x)}: ${Math.round(p.y)}`}</title>
                </circle>
              ))}
          </g>
        );
      })}
    </svg>
  );
}
