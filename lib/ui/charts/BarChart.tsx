import { useId } from 'react';

interface Props {
  title: string;
  /** Said instead of an empty chart box when every value is 0 ("No data yet"). */
  empty: string;
  /** The toggle of the same numbers as a table (not the chart's title again: the section heading says it). */
  tableLabel: string;
  values: number[];
  labels: string[];
  /** Bars of a highlighted kind (e.g. today) get this class. */
  highlight?: number;
}

/**
 * A plain SVG bar chart: no chart library on any route. Screen readers get the same numbers as a table (`details`).
 */
export function BarChart({ title, empty, tableLabel, values, labels, highlight }: Props) {
  const id = useId();
  if (values.every((v) => v === 0)) return <p className="muted chart-empty">{empty}</p>;
  const max = Math.max(1, ...values);
  const width = 320;
  const height = 120;
  const bar = width / Math.max(1, values.length);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 14}`} role="img" aria-labelledby={id} preserveAspectRatio="none">
        <title id={id}>{`${title}: ${values.reduce((a, b) => a + b, 0)} (max ${max})`}</title>
        {values.map((v, i) => {
          const h = (v / max) * height;
          return (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed positions
              key={i}
              className={i === highlight ? 'bar bar-hit' : 'bar'}
              x={i * bar + bar * 0.1}
              y={height - h}
              width={bar * 0.8}
              height={h}
            />
          );
        })}
        <text x="0" y={height + 12} className="axis">
          {labels[0]}
        </text>
        <text x={width} y={height + 12} className="axis" textAnchor="end">
          {labels[labels.length - 1]}
        </text>
      </svg>
      <details>
        <summary>{tableLabel}</summary>
        <table>
          <tbody>
            {values.map((v, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed positions
              <tr key={i}>
                <th scope="row">{labels[i]}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
