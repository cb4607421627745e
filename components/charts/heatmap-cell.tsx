/**
 * One cell of a 0–2 heatmap table. The number is always written out; colour is an extra cue only.
 * Scores between the steps (a median of 1.5) take the lighter colour of the step above.
 */
export function ratingTone(value: number | null): string {
  if (value === null) return "bg-white text-slate-500";
  if (value >= 2) return "bg-emerald-200 text-emerald-950";
  if (value >= 1.5) return "bg-emerald-100 text-emerald-950";
  if (value >= 1) return "bg-amber-100 text-amber-950";
  if (value >= 0.5) return "bg-orange-100 text-orange-950";
  return "bg-red-200 text-red-950";
}

export function HeatmapCell({
  value,
  children,
  className = "",
  title,
}: {
  value: number | null;
  children: React.ReactNode;
  className?: string;
  title?: string;
}) {
  return (
    <td title={title} className={className ? `heatmap-cell ${ratingTone(value)} ${className}` : `heatmap-cell ${ratingTone(value)}`}>
      {children}
    </td>
  );
}

/** The colour key under a heatmap; each swatch shows its number too. */
export function HeatmapLegend() {
  const steps: [number, string][] = [
    [0, "0 limited evidence"],
    [1, "1 some evidence"],
    [1.5, "1.5 median between 1 and 2"],
    [2, "2 strong evidence"],
  ];
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Colour key">
      {steps.map(([value, label]) => (
        <li key={value} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-3 w-5 rounded-sm ring-1 ring-inset ring-slate-300 ${ratingTone(value)}`} />
          {label}
        </li>
      ))}
    </ul>
  );
}
