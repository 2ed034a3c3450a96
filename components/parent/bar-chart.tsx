export interface BarGroup {
  key: string;
  label: string;
  values: number[];
}

interface Props {
  groups: BarGroup[];
  /** One name per value, e.g. ["Last 7 days", "The 7 days before"]. */
  series: string[];
  /** A sentence that says what the chart shows; the table next to it has the numbers. */
  label: string;
}

const ROW = 34;
const BAR = 12;
const LABEL_W = 240;
const CHART_W = 300;
const COUNT_W = 36;
const COLORS = ['#0f766e', '#94a3b8'];

/**
 * A small horizontal grouped bar chart in SVG: one row per group, one bar per series. Decorative for screen readers
 * beyond its label (`role="img"`), because the page always shows the same numbers as a table; SVG keeps it sharp,
 * printable and free of a charting library.
 */
export function BarChart({ groups, series, label }: Props) {
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const height = groups.length * ROW + 28;
  const width = LABEL_W + CHART_W + COUNT_W;
  return (
    <figure className="bar-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        {groups.map((group, row) => {
          const y = row * ROW;
          return (
            <g key={group.key} transform={`translate(0 ${y})`}>
              <text x={LABEL_W - 8} y={ROW / 2} textAnchor="end" dominantBaseline="middle" className="bar-label">
                {group.label}
              </text>
              {group.values.map((value, i) => {
                const w = Math.max(value > 0 ? 2 : 0, (value / max) * CHART_W);
                const by = 4 + i * (BAR + 2);
                return (
                  <g key={i}>
                    <rect x={LABEL_W} y={by} width={w} height={BAR} rx={3} fill={COLORS[i % COLORS.length]} />
                    <text x={LABEL_W + w + 4} y={by + BAR / 2} dominantBaseline="middle" className="bar-value">
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <g transform={`translate(${LABEL_W} ${groups.length * ROW + 8})`}>
          {series.map((name, i) => (
            <g key={name} transform={`translate(${i * 150} 0)`}>
              <rect width={12} height={12} rx={2} fill={COLORS[i % COLORS.length]} />
              <text x={18} y={6} dominantBaseline="middle" className="bar-legend">
                {name}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
