"use client";

import { FieldError } from "@/components/ui/field-error";
import { labelClass } from "@/components/ui/form-styles";
import { FRAMEWORK_LIMITS as L } from "@/lib/frameworks/framework-limits";
import { AddRowButton, RowActions, TextArea, TextInput } from "./editor-fields";
import { fieldIds, move, newLevelReference, type SectionPartProps } from "./editor-model";

/** A section's reference text per level of the source ladder: add, remove, reorder; shown collapsed in the kit. */
export function LevelReferencesEditor({ section, label, errors, onChange, focusLater, announce }: SectionPartProps) {
  const refs = section.levelReferences;
  const addId = `${section.uid}-add-level-reference`;
  const set = (uid: string, patch: Partial<{ level: string; text: string }>) =>
    onChange((s) => ({ ...s, levelReferences: s.levelReferences.map((r) => (r.uid === uid ? { ...r, ...patch } : r)) }));
  return (
    <fieldset>
      <legend className={labelClass}>Other levels in the source ladder</legend>
      <p className="text-xs text-slate-500">
        What the ladder this framework came from says about this section at other levels. Interviewers see it, collapsed, in the kit.
      </p>
      <FieldError
        id={`${fieldIds.section(section.uid, "levelReferences")}-error`}
        message={errors[fieldIds.section(section.uid, "levelReferences")]}
      />
      {refs.length === 0 ? <p className="mt-1 text-sm text-slate-500">No reference text for other levels.</p> : null}
      <ol className="mt-2 space-y-3">
        {refs.map((r, i) => {
          const rowLabel = `${r.level.trim() || `level ${i + 1}`} reference of ${label}`;
          return (
            <li key={r.uid} className="rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="level-reference-editor">
              <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
                <TextInput
                  id={fieldIds.levelReference(r.uid, "level")}
                  label={`Level name ${i + 1}`}
                  value={r.level}
                  onChange={(level) => set(r.uid, { level })}
                  error={errors[fieldIds.levelReference(r.uid, "level")]}
                  maxLength={L.levelNameMax}
                />
                <span className="flex gap-1.5">
                  <RowActions
                    idPrefix={r.uid}
                    label={rowLabel}
                    index={i}
                    count={refs.length}
                    moved="Level reference"
                    removed={`Removed the ${r.level.trim() || `level ${i + 1}`} reference. Not saved yet.`}
                    afterRemove={addId}
                    onMove={(to) => onChange((s) => ({ ...s, levelReferences: move(s.levelReferences, i, to) }))}
                    onRemove={() => onChange((s) => ({ ...s, levelReferences: s.levelReferences.filter((x) => x.uid !== r.uid) }))}
                    focusLater={focusLater}
                    announce={announce}
                  />
                </span>
              </div>
              <TextArea
                id={fieldIds.levelReference(r.uid, "text")}
                label={`What level ${r.level.trim() || i + 1} looks like`}
                value={r.text}
                onChange={(text) => set(r.uid, { text })}
                error={errors[fieldIds.levelReference(r.uid, "text")]}
                maxLength={L.levelReferenceTextMax}
                rows={3}
                className="mt-3"
              />
            </li>
          );
        })}
      </ol>
      <AddRowButton
        id={addId}
        disabled={refs.length >= L.levelReferencesPerSectionMax}
        onClick={() => {
          const r = newLevelReference();
          onChange((s) => ({ ...s, levelReferences: [...s.levelReferences, r] }));
          focusLater(fieldIds.levelReference(r.uid, "level"));
        }}
      >
        Add level reference
      </AddRowButton>
    </fieldset>
  );
}
