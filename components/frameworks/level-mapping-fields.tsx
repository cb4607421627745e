"use client";

import { checkboxClass, fieldsetClass, hintClass, inputClass, labelClass } from "@/components/ui/form-styles";
import type { ParsedDocument } from "@/lib/frameworks/parse/types";

export type MappingChoice = { senior: string; staff: string; pivot: boolean };

/** The document's levels with two selects (guessed), the pivot toggle and, for grids, the axis choice. */
export function LevelMappingFields({
  parsed,
  choice,
  onChange,
  axis,
  onAxis,
}: {
  parsed: ParsedDocument;
  choice: MappingChoice;
  onChange: (next: MappingChoice) => void;
  axis: "columns" | "rows" | undefined;
  onAxis: (axis: "columns" | "rows") => void;
}) {
  if (parsed.levels.length === 0 && !parsed.grid) return null;
  return (
    <fieldset className={fieldsetClass} data-testid="level-mapping">
      <legend className={labelClass}>Levels</legend>
      {parsed.levels.length > 0 ? (
        <>
          <p className={hintClass}>
            The document names {parsed.levels.length} level{parsed.levels.length === 1 ? "" : "s"}: {parsed.levels.map((l) => l.name).join(", ")}.
            Pick the one that is Senior and the one that is Staff: their text becomes each section&apos;s Senior and Staff signal, the other levels
            are kept as reference.
          </p>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            {(["senior", "staff"] as const).map((which) => (
              <div key={which}>
                <label htmlFor={`level-${which}`} className={labelClass}>
                  {which === "senior" ? "Senior level" : "Staff level"}
                </label>
                <select
                  id={`level-${which}`}
                  className={inputClass}
                  value={choice[which]}
                  onChange={(e) => onChange({ ...choice, [which]: e.target.value })}
                >
                  <option value="">None</option>
                  {parsed.levels.map((l) => (
                    <option key={l.name} value={l.name}>
                      {l.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </>
      ) : null}
      {parsed.pivot.available ? (
        <div className="mt-3 flex items-start gap-2">
          <input
            id="level-pivot"
            type="checkbox"
            className={`mt-1 ${checkboxClass}`}
            checked={choice.pivot}
            onChange={(e) => onChange({ ...choice, pivot: e.target.checked })}
          />
          <label htmlFor="level-pivot" className="text-sm text-slate-700">
            One section per competency, with per-level text (instead of one section per level)
          </label>
        </div>
      ) : null}
      {parsed.grid ? (
        <div className="mt-3">
          <label htmlFor="level-axis" className={labelClass}>
            In the table, the competencies are
          </label>
          <select
            id="level-axis"
            className={inputClass}
            value={axis ?? parsed.grid.competencyAxis}
            onChange={(e) => onAxis(e.target.value === "rows" ? "rows" : "columns")}
          >
            <option value="columns">the columns (levels are the rows)</option>
            <option value="rows">the rows (levels are the columns)</option>
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}
