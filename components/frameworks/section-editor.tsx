"use client";

import type { KeyboardEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { FieldError } from "@/components/ui/field-error";
import { FRAMEWORK_LIMITS as L } from "@/lib/frameworks/framework-limits";
import { AddRowButton, DragHandle, MoveButtons, RowActions, TextArea, TextInput } from "./editor-fields";
import { LevelReferencesEditor } from "./level-references-editor";
import { RedFlagsEditor } from "./red-flags-editor";
import { fieldIds, move, newQuestion, newUid, sectionKeyFrom, sectionLabel, type EditorErrors, type EditorSection } from "./editor-model";
import { dangerButton, labelClass } from "@/components/ui/form-styles";
import type { DragReorder } from "./use-drag-reorder";

type Props = {
  section: EditorSection;
  index: number;
  count: number;
  open: boolean;
  errors: EditorErrors;
  /** Keys of the other sections, so a new section's key stays unique. */
  otherKeys: string[];
  dnd: DragReorder;
  onToggle: () => void;
  onChange: (update: (s: EditorSection) => EditorSection) => void;
  /** Keyboard path: move this section to `to`, then focus `focusId`. */
  onMove: (to: number, focusId?: string) => void;
  /** Pointer path: a section dragged from `from` was dropped on this one. */
  onDrop: (from: number, to: number) => void;
  onRemove: () => void;
  /** Focus an element by id after the next render. */
  focusLater: (id: string) => void;
  announce: (message: string) => void;
};

export function SectionEditor(props: Props) {
  const { section, index, count, open, errors, dnd, onChange, focusLater, announce } = props;
  const label = sectionLabel(section, index);
  const titleId = `${section.uid}-heading`;
  const bodyId = `${section.uid}-body`;
  const itemsList = `items:${section.uid}`;
  const hasErrors = Object.keys(errors).some((id) => id.startsWith(`${section.uid}-`) || sectionChildIds(section).has(id));

  const setField = <K extends keyof EditorSection>(key: K, value: EditorSection[K]) => onChange((s) => ({ ...s, [key]: value }));

  const setName = (name: string) => onChange((s) => ({ ...s, name, key: s.keyFollowsName ? sectionKeyFrom(name, props.otherKeys) : s.key }));

  // Items ------------------------------------------------------------------
  const setItem = (uid: string, text: string) => onChange((s) => ({ ...s, items: s.items.map((i) => (i.uid === uid ? { ...i, text } : i)) }));
  const addItem = (at: number) => {
    const item = { uid: newUid("i"), text: "" };
    onChange((s) => ({ ...s, items: [...s.items.slice(0, at), item, ...s.items.slice(at)] }));
    focusLater(fieldIds.item(item.uid));
  };
  const removeItem = (at: number) => {
    const previous = section.items[at - 1] ?? section.items[at + 1];
    onChange((s) => ({ ...s, items: s.items.filter((_, i) => i !== at) }));
    announce(`Removed item ${at + 1} from ${label}. Not saved yet.`);
    focusLater(previous ? fieldIds.item(previous.uid) : `${section.uid}-add-item`);
  };
  const moveItem = (from: number, to: number, focusId?: string) => {
    onChange((s) => ({ ...s, items: move(s.items, from, to) }));
    announce(`Item moved to position ${to + 1} of ${section.items.length} in ${label}.`);
    if (focusId) focusLater(focusId);
  };
  const itemKeyDown = (at: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      addItem(at + 1);
    } else if (e.key === "Backspace" && e.currentTarget.value === "" && section.items.length > 1) {
      e.preventDefault();
      removeItem(at);
    }
  };

  // Questions and red flags ------------------------------------------------
  const setQuestion = (uid: string, patch: Partial<EditorSection["questions"][number]>) =>
    onChange((s) => ({ ...s, questions: s.questions.map((q) => (q.uid === uid ? { ...q, ...patch } : q)) }));

  const dropTarget = dnd.isOver("sections", index);

  return (
    <li
      aria-labelledby={titleId}
      {...dnd.targetProps("sections", index, props.onDrop)}
      className={`rounded-xl border bg-white shadow-sm ${dropTarget ? "border-brand-600 ring-2 ring-brand-100" : hasErrors ? "border-red-300" : "border-slate-200"}`}
      data-testid="section-editor"
    >
      <div className="flex items-center gap-2 px-3 py-2 sm:px-4">
        <DragHandle title={`Drag ${label} to reorder`} props={dnd.handleProps("sections", index)} />
        <button
          type="button"
          onClick={props.onToggle}
          aria-expanded={open}
          aria-controls={bodyId}
          className="flex min-w-0 flex-1 items-center gap-2 rounded-md py-1 text-left"
        >
          <span aria-hidden="true" className={`shrink-0 text-slate-500 transition-transform ${open ? "rotate-90" : ""}`}>
            ▸
          </span>
          <span className="min-w-0">
            <span id={titleId} className="block truncate font-medium text-slate-900">
              {section.name.trim() || `Untitled section ${index + 1}`}
            </span>
            <span className="block text-xs text-slate-500">
              {section.items.length} item{section.items.length === 1 ? "" : "s"} · {section.questions.length} question
              {section.questions.length === 1 ? "" : "s"} · {section.redFlags.length} red flag{section.redFlags.length === 1 ? "" : "s"}
              {hasErrors ? <span className="font-medium text-red-700"> · needs attention</span> : null}
            </span>
          </span>
        </button>
        {section.staffCriticalByDefault ? (
          <span className="hidden sm:inline">
            <Badge tone="violet">Staff-critical</Badge>
          </span>
        ) : null}
        <MoveButtons idPrefix={section.uid} label={label} index={index} count={count} onMove={(to, focusId) => props.onMove(to, focusId)} />
      </div>

      {open ? (
        <div id={bodyId} className="space-y-5 border-t border-slate-100 px-3 py-4 sm:px-4">
          <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
            <TextInput
              id={fieldIds.section(section.uid, "name")}
              label="Section name"
              value={section.name}
              onChange={setName}
              error={errors[fieldIds.section(section.uid, "name")]}
              maxLength={L.sectionNameMax}
            />
            <TextInput
              id={fieldIds.section(section.uid, "key")}
              label="Key"
              value={section.key}
              onChange={(key) => onChange((s) => ({ ...s, key, keyFollowsName: false }))}
              error={errors[fieldIds.section(section.uid, "key")]}
              hint="Matches this section across versions: lowercase words joined by hyphens."
              maxLength={L.sectionKeyMax}
              mono
            />
          </div>
          <TextArea
            id={fieldIds.section(section.uid, "description")}
            label="Description"
            value={section.description}
            onChange={(v) => setField("description", v)}
            error={errors[fieldIds.section(section.uid, "description")]}
            maxLength={L.sectionDescriptionMax}
          />
          <div className="flex items-start gap-2">
            <input
              id={fieldIds.section(section.uid, "staffCriticalByDefault")}
              type="checkbox"
              checked={section.staffCriticalByDefault}
              onChange={(e) => setField("staffCriticalByDefault", e.target.checked)}
              className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600"
            />
            <label htmlFor={fieldIds.section(section.uid, "staffCriticalByDefault")} className="text-sm text-slate-700">
              Staff-critical by default <span className="text-slate-500">(a role can change this)</span>
            </label>
          </div>

          {/* Checklist items */}
          <fieldset>
            <legend className={labelClass}>Checklist items</legend>
            <p className="text-xs text-slate-500">Observable behaviours an interviewer can tick. Enter adds the next item.</p>
            <FieldError id={`${fieldIds.section(section.uid, "items")}-error`} message={errors[fieldIds.section(section.uid, "items")]} />
            <ol className="mt-2 space-y-1.5">
              {section.items.map((item, i) => {
                const itemLabel = item.text.trim() ? `item “${truncate(item.text.trim(), 60)}”` : `item ${i + 1}`;
                return (
                  <li
                    key={item.uid}
                    {...dnd.targetProps(itemsList, i, (from, to) => moveItem(from, to))}
                    className={`flex items-start gap-1.5 rounded-md ${dnd.isOver(itemsList, i) ? "bg-brand-50 ring-2 ring-brand-100" : ""}`}
                  >
                    <DragHandle title={`Drag ${itemLabel} to reorder`} props={dnd.handleProps(itemsList, i)} />
                    <TextInput
                      id={fieldIds.item(item.uid)}
                      label={`Item ${i + 1} of ${label}`}
                      labelHidden
                      value={item.text}
                      onChange={(v) => setItem(item.uid, v)}
                      onKeyDown={itemKeyDown(i)}
                      error={errors[fieldIds.item(item.uid)]}
                      maxLength={L.itemMax}
                      className="min-w-0 flex-1"
                    />
                    <MoveButtons
                      idPrefix={item.uid}
                      label={itemLabel}
                      index={i}
                      count={section.items.length}
                      onMove={(to, focusId) => moveItem(i, to, focusId)}
                    />
                    <button
                      type="button"
                      className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-500 hover:bg-red-50 hover:text-red-700"
                      aria-label={`Remove ${itemLabel}`}
                      title={`Remove ${itemLabel}`}
                      onClick={() => removeItem(i)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                );
              })}
            </ol>
            <AddRowButton
              id={`${section.uid}-add-item`}
              disabled={section.items.length >= L.itemsPerSectionMax}
              onClick={() => addItem(section.items.length)}
            >
              Add item
            </AddRowButton>
          </fieldset>

          {/* Level signals */}
          <fieldset className="grid gap-4 sm:grid-cols-2">
            <legend className={`${labelClass} mb-2 sm:col-span-2`}>Level signals</legend>
            <TextArea
              id={fieldIds.section(section.uid, "seniorSignal")}
              label="Senior signal"
              hint="What Senior-level evidence sounds like in this section."
              value={section.seniorSignal}
              onChange={(v) => setField("seniorSignal", v)}
              error={errors[fieldIds.section(section.uid, "seniorSignal")]}
              maxLength={L.signalMax}
              rows={3}
            />
            <TextArea
              id={fieldIds.section(section.uid, "staffSignal")}
              label="Staff signal"
              hint="What Staff-level evidence sounds like."
              value={section.staffSignal}
              onChange={(v) => setField("staffSignal", v)}
              error={errors[fieldIds.section(section.uid, "staffSignal")]}
              maxLength={L.signalMax}
              rows={3}
            />
          </fieldset>

          <LevelReferencesEditor section={section} label={label} errors={errors} onChange={onChange} focusLater={focusLater} announce={announce} />

          {/* Probing questions */}
          <fieldset>
            <legend className={labelClass}>Probing questions</legend>
            <FieldError id={`${fieldIds.section(section.uid, "questions")}-error`} message={errors[fieldIds.section(section.uid, "questions")]} />
            {section.questions.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">No questions yet; interviewers get no prompts here.</p>
            ) : null}
            <ol className="mt-2 space-y-3">
              {section.questions.map((q, i) => (
                <li key={q.uid} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
                  <div className="mb-2 flex items-center justify-between gap-2">
                    <span className="text-sm font-medium text-slate-700">Question {i + 1}</span>
                    <span className="flex gap-1.5">
                      <RowActions
                        idPrefix={q.uid}
                        label={`question ${i + 1} of ${label}`}
                        index={i}
                        count={section.questions.length}
                        moved="Question"
                        removed={`Removed question ${i + 1}. Not saved yet.`}
                        afterRemove={`${section.uid}-add-question`}
                        onMove={(to) => onChange((s) => ({ ...s, questions: move(s.questions, i, to) }))}
                        onRemove={() => onChange((s) => ({ ...s, questions: s.questions.filter((x) => x.uid !== q.uid) }))}
                        focusLater={focusLater}
                        announce={announce}
                      />
                    </span>
                  </div>
                  <div className="space-y-3">
                    <TextArea
                      id={fieldIds.question(q.uid, "prompt")}
                      label="Question"
                      value={q.prompt}
                      onChange={(v) => setQuestion(q.uid, { prompt: v })}
                      error={errors[fieldIds.question(q.uid, "prompt")]}
                      maxLength={L.questionPromptMax}
                    />
                    <div className="grid gap-3 sm:grid-cols-2">
                      <TextArea
                        id={fieldIds.question(q.uid, "seniorSignal")}
                        label="Senior-signal answer"
                        value={q.seniorSignal}
                        onChange={(v) => setQuestion(q.uid, { seniorSignal: v })}
                        error={errors[fieldIds.question(q.uid, "seniorSignal")]}
                        maxLength={L.signalMax}
                      />
                      <TextArea
                        id={fieldIds.question(q.uid, "staffSignal")}
                        label="Staff-signal answer"
                        value={q.staffSignal}
                        onChange={(v) => setQuestion(q.uid, { staffSignal: v })}
                        error={errors[fieldIds.question(q.uid, "staffSignal")]}
                        maxLength={L.signalMax}
                      />
                    </div>
                  </div>
                </li>
              ))}
            </ol>
            <AddRowButton
              id={`${section.uid}-add-question`}
              disabled={section.questions.length >= L.questionsPerSectionMax}
              onClick={() => {
                const q = newQuestion();
                onChange((s) => ({ ...s, questions: [...s.questions, q] }));
                focusLater(fieldIds.question(q.uid, "prompt"));
              }}
            >
              Add question
            </AddRowButton>
          </fieldset>

          <RedFlagsEditor section={section} label={label} errors={errors} onChange={onChange} focusLater={focusLater} announce={announce} />

          <div className="flex justify-end border-t border-slate-100 pt-3">
            <button type="button" className={dangerButton} onClick={props.onRemove}>
              Remove section {label}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function sectionChildIds(section: EditorSection): Set<string> {
  return new Set([
    ...section.items.map((i) => fieldIds.item(i.uid)),
    ...section.questions.flatMap((q) => [
      fieldIds.question(q.uid, "prompt"),
      fieldIds.question(q.uid, "seniorSignal"),
      fieldIds.question(q.uid, "staffSignal"),
    ]),
    ...section.redFlags.flatMap((f) => [fieldIds.redFlag(f.uid, "title"), fieldIds.redFlag(f.uid, "description")]),
    ...section.levelReferences.flatMap((r) => [fieldIds.levelReference(r.uid, "level"), fieldIds.levelReference(r.uid, "text")]),
  ]);
}
