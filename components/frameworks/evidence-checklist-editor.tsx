"use client";

import { FieldError } from "@/components/ui/field-error";
import { checkboxClass, inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import { FRAMEWORK_LIMITS as L } from "@/lib/frameworks/framework-limits";
import type { PanelEvidenceContent } from "@/lib/frameworks/types";
import { RowActions, TextArea, TextInput } from "./editor-fields";
import {
  editorChecklist,
  fieldIds,
  move,
  newEvidenceItem,
  sectionLabel,
  type EditorEvidenceItem,
  type EditorErrors,
  type EditorSection,
} from "./editor-model";

/**
 * The panel evidence checklist: what the loop as a whole should collect. A framework uses the built-in list
 * until someone customises it; then each item names the sections whose evidence counts.
 */
export function EvidenceChecklistEditor({
  checklist,
  builtIn,
  sections,
  errors,
  onChange,
  focusLater,
  announce,
}: {
  checklist: EditorEvidenceItem[] | null;
  builtIn: PanelEvidenceContent[];
  sections: EditorSection[];
  errors: EditorErrors;
  onChange: (update: (c: EditorEvidenceItem[] | null) => EditorEvidenceItem[] | null) => void;
  focusLater: (id: string) => void;
  announce: (message: string) => void;
}) {
  const set = (uid: string, patch: Partial<EditorEvidenceItem>) => onChange((c) => c?.map((e) => (e.uid === uid ? { ...e, ...patch } : e)) ?? c);
  return (
    <section id={fieldIds.checklist} tabIndex={-1} aria-labelledby="checklist-heading" className="panel p-4 sm:p-5" data-testid="checklist-editor">
      <h2 id="checklist-heading" className="font-semibold">
        Panel evidence checklist
      </h2>
      <p className="text-sm text-slate-500">
        What the loop as a whole should have collected by the debrief. An item is collected when a rating in one of its sections has written evidence
        and is a 2, or a 1 or more scoped multi-team or org.
      </p>
      <FieldError id={`${fieldIds.checklist}-error`} message={errors[fieldIds.checklist]} />
      {checklist === null ? (
        <div className="mt-3 space-y-2 text-sm">
          <p className="text-slate-700">This framework uses the built-in checklist:</p>
          <ul className="list-disc pl-5 text-slate-700">
            {builtIn.map((item) => (
              <li key={item.label}>{item.label}</li>
            ))}
          </ul>
          <button
            id="checklist-customize"
            type="button"
            className={secondaryButton}
            onClick={() => {
              const copy = editorChecklist(builtIn, sections);
              onChange(() => copy);
              if (copy[0]) focusLater(fieldIds.evidence(copy[0].uid, "label"));
              announce("The built-in checklist was copied into this framework; edit it, then save.");
            }}
          >
            Customize the checklist
          </button>
        </div>
      ) : (
        <>
          {checklist.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">No items: the debrief shows no checklist for this framework.</p>
          ) : null}
          <ol className="mt-3 space-y-3">
            {checklist.map((item, i) => {
              const rowLabel = `checklist item ${item.label.trim() ? `“${item.label.trim().slice(0, 60)}”` : i + 1}`;
              return (
                <li key={item.uid} className="rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="checklist-item-editor">
                  <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
                    <TextInput
                      id={fieldIds.evidence(item.uid, "label")}
                      label={`Checklist item ${i + 1}`}
                      value={item.label}
                      onChange={(label) => set(item.uid, { label })}
                      error={errors[fieldIds.evidence(item.uid, "label")]}
                      maxLength={L.evidenceLabelMax}
                    />
                    <span className="flex gap-1.5">
                      <RowActions
                        idPrefix={item.uid}
                        label={rowLabel}
                        index={i}
                        count={checklist.length}
                        moved="Checklist item"
                        removed={`Removed checklist item ${i + 1}. Not saved yet.`}
                        afterRemove="checklist-add"
                        onMove={(to) => onChange((c) => (c ? move(c, i, to) : c))}
                        onRemove={() => onChange((c) => c?.filter((e) => e.uid !== item.uid) ?? c)}
                        focusLater={focusLater}
                        announce={announce}
                      />
                    </span>
                  </div>
                  <TextArea
                    id={fieldIds.evidence(item.uid, "description")}
                    label={`What checklist item ${i + 1} asks for`}
                    value={item.description}
                    onChange={(description) => set(item.uid, { description })}
                    error={errors[fieldIds.evidence(item.uid, "description")]}
                    maxLength={L.evidenceDescriptionMax}
                    className="mt-3"
                  />
                  <fieldset className="mt-3" id={fieldIds.evidence(item.uid, "sections")} tabIndex={-1}>
                    <legend className={labelClass}>Sections whose evidence counts for item {i + 1}</legend>
                    <FieldError id={`${fieldIds.evidence(item.uid, "sections")}-error`} message={errors[fieldIds.evidence(item.uid, "sections")]} />
                    <div className="mt-1 grid gap-1 sm:grid-cols-2">
                      {sections.map((section, si) => {
                        const id = `${item.uid}-section-${section.uid}`;
                        const checked = item.sectionUids.includes(section.uid);
                        return (
                          <div key={section.uid} className="flex items-start gap-2 text-sm">
                            <input
                              id={id}
                              type="checkbox"
                              className={`mt-0.5 ${checkboxClass}`}
                              checked={checked}
                              onChange={(e) =>
                                set(item.uid, {
                                  sectionUids: e.target.checked
                                    ? [...item.sectionUids, section.uid]
                                    : item.sectionUids.filter((u) => u !== section.uid),
                                })
                              }
                            />
                            <label htmlFor={id} className="text-slate-700">
                              {sectionLabel(section, si)}
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                  <div className="mt-3 flex flex-wrap items-end gap-4">
                    <div>
                      <label htmlFor={fieldIds.evidence(item.uid, "required")} className={labelClass}>
                        Interviewers needed for item {i + 1}
                      </label>
                      <input
                        id={fieldIds.evidence(item.uid, "required")}
                        type="number"
                        min={1}
                        max={L.evidenceRequiredMax}
                        value={item.required ?? 1}
                        onChange={(e) => {
                          const n = Number.parseInt(e.target.value, 10);
                          set(item.uid, { required: Number.isNaN(n) || n === 1 ? undefined : n });
                        }}
                        aria-invalid={Boolean(errors[fieldIds.evidence(item.uid, "required")])}
                        className={`mt-1 w-24 ${inputClass}`}
                      />
                      <FieldError id={`${fieldIds.evidence(item.uid, "required")}-error`} message={errors[fieldIds.evidence(item.uid, "required")]} />
                    </div>
                    <div className="flex items-start gap-2 pb-2 text-sm">
                      <input
                        id={`${item.uid}-broad`}
                        type="checkbox"
                        className={`mt-0.5 ${checkboxClass}`}
                        checked={item.broadScopeOnly === true}
                        onChange={(e) => set(item.uid, { broadScopeOnly: e.target.checked ? true : undefined })}
                      />
                      <label htmlFor={`${item.uid}-broad`} className="text-slate-700">
                        Only multi-team or org evidence counts for item {i + 1}
                      </label>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              id="checklist-add"
              type="button"
              className={secondaryButton}
              disabled={checklist.length >= L.evidenceItemsMax}
              onClick={() => {
                const item = newEvidenceItem();
                onChange((c) => [...(c ?? []), item]);
                focusLater(fieldIds.evidence(item.uid, "label"));
              }}
            >
              Add checklist item
            </button>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                onChange(() => null);
                announce("This framework uses the built-in checklist again once you save.");
                focusLater("checklist-customize");
              }}
            >
              Use the built-in checklist
            </button>
          </div>
        </>
      )}
    </section>
  );
}
