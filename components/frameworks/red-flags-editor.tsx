"use client";

import { FieldError } from "@/components/ui/field-error";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { FRAMEWORK_LIMITS as L } from "@/lib/frameworks/framework-limits";
import { SEVERITY_LABELS } from "@/lib/frameworks/red-flag-severity";
import { RED_FLAG_SEVERITIES, type RedFlagSeverity } from "@/lib/frameworks/types";
import { AddRowButton, RowActions, TextArea, TextInput } from "./editor-fields";
import { fieldIds, move, newRedFlag, type EditorSection, type SectionPartProps } from "./editor-model";

/** A section's red flags: title, severity and what it looks like; add, remove, reorder. */
export function RedFlagsEditor({ section, label, errors, onChange, focusLater, announce }: SectionPartProps) {
  const setFlag = (uid: string, patch: Partial<EditorSection["redFlags"][number]>) =>
    onChange((s) => ({ ...s, redFlags: s.redFlags.map((f) => (f.uid === uid ? { ...f, ...patch } : f)) }));
  return (
    <fieldset>
      <legend className={labelClass}>Red flags</legend>
      <FieldError id={`${fieldIds.section(section.uid, "redFlags")}-error`} message={errors[fieldIds.section(section.uid, "redFlags")]} />
      <ol className="mt-2 space-y-3">
        {section.redFlags.map((f, i) => (
          <li key={f.uid} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
            <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
              <TextInput
                id={fieldIds.redFlag(f.uid, "title")}
                label={`Title of red flag ${i + 1}`}
                value={f.title}
                onChange={(v) => setFlag(f.uid, { title: v })}
                error={errors[fieldIds.redFlag(f.uid, "title")]}
                maxLength={L.redFlagTitleMax}
              />
              <div>
                <label htmlFor={fieldIds.redFlag(f.uid, "severity")} className={labelClass}>
                  Severity
                </label>
                <select
                  id={fieldIds.redFlag(f.uid, "severity")}
                  value={f.severity}
                  onChange={(e) => setFlag(f.uid, { severity: e.target.value as RedFlagSeverity })}
                  className={`mt-1 ${inputClass}`}
                >
                  {RED_FLAG_SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {SEVERITY_LABELS[s]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <TextArea
              id={fieldIds.redFlag(f.uid, "description")}
              label="What it looks like"
              value={f.description}
              onChange={(v) => setFlag(f.uid, { description: v })}
              error={errors[fieldIds.redFlag(f.uid, "description")]}
              maxLength={L.redFlagDescriptionMax}
              className="mt-3"
            />
            <div className="mt-2 flex flex-wrap justify-end gap-1.5">
              <RowActions
                idPrefix={f.uid}
                label={`red flag ${i + 1} of ${label}`}
                index={i}
                count={section.redFlags.length}
                moved="Red flag"
                removed={`Removed red flag ${i + 1}. Not saved yet.`}
                afterRemove={`${section.uid}-add-flag`}
                onMove={(to) => onChange((s) => ({ ...s, redFlags: move(s.redFlags, i, to) }))}
                onRemove={() => onChange((s) => ({ ...s, redFlags: s.redFlags.filter((x) => x.uid !== f.uid) }))}
                focusLater={focusLater}
                announce={announce}
              />
            </div>
          </li>
        ))}
      </ol>
      <AddRowButton
        id={`${section.uid}-add-flag`}
        disabled={section.redFlags.length >= L.redFlagsPerSectionMax}
        onClick={() => {
          const f = newRedFlag();
          onChange((s) => ({ ...s, redFlags: [...s.redFlags, f] }));
          focusLater(fieldIds.redFlag(f.uid, "title"));
        }}
      >
        Add red flag
      </AddRowButton>
    </fieldset>
  );
}
