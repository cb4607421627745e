import type { BarGuidanceContent, LevelReferenceContent } from "@/lib/frameworks/types";

/** A framework's bar guidance: what Senior and Staff look like overall, side by side (stacked on a phone). */
export function BarGuidance({ guidance, headingLevel = 3 }: { guidance: BarGuidanceContent; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const columns = [
    { label: "Senior", lines: guidance.senior, tone: "bg-sky-50 text-sky-800" },
    { label: "Staff", lines: guidance.staff, tone: "bg-violet-50 text-violet-800" },
  ].filter((c) => c.lines.length > 0);
  return (
    <div className="grid gap-2 sm:grid-cols-2 print:grid-cols-2" data-testid="bar-guidance">
      {columns.map((c) => (
        <div key={c.label} className={`rounded-lg px-3 py-2 print:border print:border-slate-300 print:bg-white ${c.tone.split(" ")[0]}`}>
          <Heading className={`text-xs font-semibold uppercase tracking-wide ${c.tone.split(" ")[1]}`}>{c.label} looks like</Heading>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
            {c.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** A section's reference text for the source ladder's other levels, collapsed until asked for. */
export function LevelReferences({ references }: { references: LevelReferenceContent[] }) {
  if (references.length === 0) return null;
  return (
    <details className="group rounded-lg border border-slate-200 text-sm" data-testid="level-references">
      <summary className="cursor-pointer list-none px-3 py-2 font-medium text-slate-700">
        <span aria-hidden="true" className="mr-1 inline-block text-slate-500 transition-transform group-open:rotate-90">
          ▸
        </span>
        Other levels in the source ladder <span className="font-normal text-slate-500">({references.length})</span>
      </summary>
      <dl className="space-y-2 border-t border-slate-100 px-3 py-2">
        {references.map((r, i) => (
          <div key={i}>
            <dt className="font-semibold text-slate-800">{r.level}</dt>
            <dd className="whitespace-pre-line text-slate-700">{r.text}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
