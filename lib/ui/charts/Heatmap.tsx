/** A year of study days as a calendar grid (weeks in columns), with the total as text for screen readers. */
export function Heatmap({ days, label }: { days: { day: string; reviews: number }[]; label: string }) {
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const first = new Date(`${days[0]?.day ?? '2026-01-01'}T00:00:00Z`).getUTCDay();
  const cell = 6;
  return (
    <svg className="heatmap" viewBox={`0 0 ${Math.ceil((days.length + first) / 7) * cell} ${7 * cell}`} role="img" aria-label={label}>
      {days.map((d, i) => {
        const slot = i + first;
        const level = d.reviews === 0 ? 0 : Math.ceil((d.reviews / max) * 4);
        return (
          <rect
            key={d.day}
            x={Math.floor(slot / 7) * cell}
            y={(slot % 7) * cell}
            width={cell - 1}
            height={cell - 1}
            className={`heat heat-${level}`}
          >
            <title>{`${d.day}: ${d.reviews}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
