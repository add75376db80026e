/** One bar: a value, drawn filled when `filled` (e.g. a skill you have), outlined otherwise. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  filled: boolean;
  /** Words after the value ("you: expert"); also read out in the bar's tooltip. */
  note: string;
}

const WIDTH = 640;
const ROW = 24;
const LABEL_W = 170;
const VALUE_W = 150;
const PAD_TOP = 6;

/**
 * Horizontal bars drawn by hand (no chart library): filled bars and outlined, hatched bars
 * differ by shape as well as colour.
 */
export function BarChart(props: { id: string; title: string; description: string; bars: Bar[] }) {
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const barW = WIDTH - LABEL_W - VALUE_W;
  const height = PAD_TOP * 2 + props.bars.length * ROW;
  return (
    <svg
      class="bar-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${props.id}-svg-title ${props.id}-svg-desc`}
    >
      <title id={`${props.id}-svg-title`}>{props.title}</title>
      <desc id={`${props.id}-svg-desc`}>{props.description}</desc>
      <defs>
        <pattern
          id={`${props.id}-hatch`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="6" class="bar-chart__hatch" />
        </pattern>
      </defs>
      {props.bars.map((b, i) => {
        const y = PAD_TOP + i * ROW;
        const w = Math.max(2, (b.value / max) * barW);
        return (
          <g key={b.key} class={b.filled ? 'bar-chart__row bar-chart__row--filled' : 'bar-chart__row'}>
            <title>{`${b.label}: ${b.value}, ${b.note}`}</title>
            <text
              x={LABEL_W - 8}
              y={y + ROW / 2}
              class="bar-chart__label"
              text-anchor="end"
              dominant-baseline="middle"
            >
              {truncate(b.label, 24)}
            </text>
            <rect
              x={LABEL_W}
              y={y + 4}
              width={w}
              height={ROW - 8}
              rx="3"
              class="bar-chart__bar"
              fill={b.filled ? undefined : `url(#${props.id}-hatch)`}
            />
            <text x={LABEL_W + w + 6} y={y + ROW / 2} class="bar-chart__value" dominant-baseline="middle">
              {`${b.value} · ${b.note}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
