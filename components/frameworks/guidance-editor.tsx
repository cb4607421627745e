"use client";

import { FieldError } from "@/components/ui/field-error";
import { labelClass } from "@/components/ui/form-styles";
import { FRAMEWORK_LIMITS as L } from "@/lib/frameworks/framework-limits";
import { AddRowButton, RowActions, TextInput } from "./editor-fields";
import { fieldIds, move, newUid, type EditorDoc, type EditorErrors, type EditorItem } from "./editor-model";

type Level = "senior" | "staff";
const LEVEL_NAME: Record<Level, string> = { senior: "Senior", staff: "Staff" };

/** The framework's bar guidance: what Senior and Staff look like overall, one line each, shown in the kit and the debrief. */
export function GuidanceEditor({
  guidance,
  errors,
  onChange,
  focusLater,
  announce,
}: {
  guidance: EditorDoc["guidance"];
  errors: EditorErrors;
  onChange: (update: (g: EditorDoc["guidance"]) => EditorDoc["guidance"]) => void;
  focusLater: (id: string) => void;
  announce: (message: string) => void;
}) {
  return (
    <section id={fieldIds.guidance} tabIndex={-1} aria-labelledby="guidance-heading" className="panel p-4 sm:p-5">
      <h2 id="guidance-heading" className="font-semibold">
        Bar guidance
      </h2>
      <p className="text-sm text-slate-500">
        What a Senior and a Staff engineer look like across the whole loop. Interviewers read it in the kit; the debrief shows it too.
      </p>
      <FieldError id={`${fieldIds.guidance}-error`} message={errors[fieldIds.guidance]} />
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        {(["senior", "staff"] as const).map((level) => (
          <Lines
            key={level}
            level={level}
            lines={guidance[level]}
            errors={errors}
            onChange={(update) => onChange((g) => ({ ...g, [level]: update(g[level]) }))}
            focusLater={focusLater}
            announce={announce}
          />
        ))}
      </div>
    </section>
  );
}

/** The line that takes focus when line `i` goes: the one before it, else the one after. */
function neighbourId(lines: EditorItem[], i: number): string | undefined {
  const neighbour = lines[i - 1] ?? lines[i + 1];
  return neighbour ? fieldIds.item(neighbour.uid) : undefined;
}

function Lines({
  level,
  lines,
  errors,
  onChange,
  focusLater,
  announce,
}: {
  level: Level;
  lines: EditorItem[];
  errors: EditorErrors;
  onChange: (update: (lines: EditorItem[]) => EditorItem[]) => void;
  focusLater: (id: string) => void;
  announce: (message: string) => void;
}) {
  const name = LEVEL_NAME[level];
  const addId = `guidance-${level}-add`;
  const add = (at: number) => {
    const line = { uid: newUid(level === "senior" ? "gs" : "gt"), text: "" };
    onChange((ls) => [...ls.slice(0, at), line, ...ls.slice(at)]);
    focusLater(fieldIds.item(line.uid));
  };
  return (
    <fieldset data-testid={`guidance-${level}`}>
      <legend className={labelClass}>{name} looks like</legend>
      {lines.length === 0 ? <p className="mt-1 text-sm text-slate-500">No {name} guidance yet.</p> : null}
      <ol className="mt-2 space-y-1.5">
        {lines.map((line, i) => (
          <li key={line.uid} className="flex items-start gap-1.5">
            <TextInput
              id={fieldIds.item(line.uid)}
              label={`${name} guidance line ${i + 1}`}
              labelHidden
              value={line.text}
              onChange={(text) => onChange((ls) => ls.map((l) => (l.uid === line.uid ? { ...l, text } : l)))}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add(i + 1);
                }
              }}
              error={errors[fieldIds.item(line.uid)]}
              maxLength={L.guidanceLineMax}
              className="min-w-0 flex-1"
            />
            <RowActions
              icon
              idPrefix={line.uid}
              label={`${name} guidance line ${i + 1}`}
              index={i}
              count={lines.length}
              moved={`${name} guidance line`}
              removed={`Removed ${name} guidance line ${i + 1}. Not saved yet.`}
              afterRemove={neighbourId(lines, i) ?? addId}
              onMove={(to) => onChange((ls) => move(ls, i, to))}
              onRemove={() => onChange((ls) => ls.filter((l) => l.uid !== line.uid))}
              focusLater={focusLater}
              announce={announce}
            />
          </li>
        ))}
      </ol>
      <AddRowButton id={addId} disabled={lines.length >= L.guidanceLinesPerLevelMax} onClick={() => add(lines.length)}>
        Add {name} line
      </AddRowButton>
    </fieldset>
  );
}
