"use client";

import { TextInput } from "./editor-fields";
import { startTransition, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { Badge } from "@/components/ui/badge";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { FRAMEWORK_LIMITS } from "@/lib/frameworks/framework-limits";
import { countSummary, mappingCounts } from "@/lib/frameworks/parse/level-mapping";
import type { ParsedDocument } from "@/lib/frameworks/parse/types";
import { LevelMappingFields, type MappingChoice } from "./level-mapping-fields";
import { FormMessage } from "@/components/ui/form-message";
import { labelClass } from "@/components/ui/form-styles";
import { ImportActions, ImportPreview, useImportSave } from "./import-preview";
import { ImportSource } from "./import-source";
import { importButtonLabel, ImportTarget, useImportTarget, type ImportProps } from "./import-target";

type Axis = "columns" | "rows";
type PreviewAction = (prev: unknown, payload: { text: string; fileName?: string; competencyAxis?: Axis }) => Promise<ActionResult<ParsedDocument>>;
type ImportAction = (
  prev: unknown,
  payload: {
    text: string;
    name: string;
    include: string[];
    fileName?: string;
    competencyAxis?: Axis;
    senior?: string;
    staff?: string;
    pivot?: boolean;
    targetFrameworkId?: string;
  },
) => Promise<ActionResult<unknown>>;

type Source = { text: string; fileName: string | null; axis?: Axis };
type PreviewState = { source: Source | null; parsed: ParsedDocument | null; error: string };

/** The file picker and the import accept Markdown, plain text and YAML ladders. */
export const DOCUMENT_ACCEPT = ".md,.markdown,.txt,.yml,.yaml,.json,text/markdown,text/plain,application/yaml";

/** A document (Markdown, YAML, text) → preview (sections, levels, items, what was set aside and why) → include/exclude, level mapping → draft framework. */
export function ChecklistImport({ previewAction, importAction, existing }: ImportProps<PreviewAction, ImportAction>) {
  const [include, setInclude] = useState<Set<string>>(new Set());
  const { name, setName, targetMode, setTargetMode, match, targetFrameworkId } = useImportTarget(existing);
  const [choice, setChoice] = useState<MappingChoice>({ senior: "", staff: "", pivot: false });

  const suggestedKeys = (parsed: ParsedDocument, pivot: boolean) =>
    new Set((pivot ? parsed.pivot.sections : parsed.sections).filter((s) => s.include).map((s) => s.key));

  const [preview, dispatchPreview, previewing] = useFormAction<PreviewState, Source | null>(
    async (_prev, source) => {
      if (source === null) return { source: null, parsed: null, error: "" };
      const result = await previewAction(null, {
        text: source.text,
        ...(source.fileName ? { fileName: source.fileName } : {}),
        ...(source.axis ? { competencyAxis: source.axis } : {}),
      });
      if (!result.ok) return { source: null, parsed: null, error: result.fieldErrors?.text?.[0] ?? result.message };
      const pivot = result.data.pivot.suggested;
      setChoice({ senior: result.data.guessedSenior ?? "", staff: result.data.guessedStaff ?? "", pivot });
      setInclude(suggestedKeys(result.data, pivot));
      setName(result.data.title ?? (source.fileName ? source.fileName.replace(/\.(md|markdown|txt|ya?ml|json)$/i, "") : ""));
      return { source, parsed: result.data, error: "" };
    },
    { source: null, parsed: null, error: "" },
    (failure) => ({ source: null, parsed: null, error: failure.message }),
  );

  const [saved, dispatchSave, saving] = useImportSave(preview.source, (source) =>
    importAction(null, {
      text: source.text,
      name,
      include: [...include],
      ...(source.fileName ? { fileName: source.fileName } : {}),
      ...(source.axis ? { competencyAxis: source.axis } : {}),
      ...(choice.senior ? { senior: choice.senior } : {}),
      ...(choice.staff ? { staff: choice.staff } : {}),
      pivot: choice.pivot,
      ...(targetFrameworkId ? { targetFrameworkId } : {}),
    }),
  );

  const parsed = preview.parsed;
  const nameError = saved.fieldErrors.name?.[0];
  const includeError = saved.fieldErrors.include?.[0];
  const reading = parsed ? (choice.pivot && parsed.pivot.available ? parsed.pivot.sections : parsed.sections) : [];
  const includedSections = reading.filter((s) => include.has(s.key));
  const includedItems = includedSections.reduce((n, s) => n + s.items.length, 0);
  const mapping = {
    ...(choice.senior ? { senior: choice.senior } : {}),
    ...(choice.staff ? { staff: choice.staff } : {}),
    pivot: choice.pivot,
    includeKeys: include,
  };

  return (
    <div className="space-y-6">
      <ImportSource
        kind="Ladder document"
        accept={DOCUMENT_ACCEPT}
        busy={previewing || saving}
        onReset={() => startTransition(() => dispatchPreview(null))}
        onText={(text, fileName) => startTransition(() => dispatchPreview({ text, fileName }))}
      />
      {previewing ? <p className="text-sm text-slate-600">Reading the document…</p> : null}
      {preview.error ? (
        <FormMessage tone="error" testId="import-error">
          {preview.error}
        </FormMessage>
      ) : null}

      {parsed ? (
        <ImportPreview
          headingId="preview-heading"
          testId="checklist-preview"
          fileName={preview.source?.fileName}
          summary={
            <>
              <p className="mt-1 text-sm text-slate-600" data-testid="preview-summary">
                {reading.length} section{reading.length === 1 ? "" : "s"} recognised; {includedSections.length} included with {includedItems} item
                {includedItems === 1 ? "" : "s"}. {parsed.setAside.length} passage{parsed.setAside.length === 1 ? "" : "s"} set aside. Nothing is
                saved until you create the draft.
              </p>
              <p className="mt-1 text-sm text-slate-700" data-testid="preview-counts">
                {countSummary(mappingCounts(parsed, mapping))}
              </p>
            </>
          }
        >
          {parsed.warnings.length > 0 ? (
            <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="preview-warnings">
              <p className="font-medium">Worth a look</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {parsed.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}

          {parsed.problem ? (
            <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="preview-problem">
              <p>{parsed.problem.message}</p>
              {parsed.problem.example ? (
                <pre className="mt-2 overflow-x-auto whitespace-pre rounded bg-white p-2 text-xs">{parsed.problem.example}</pre>
              ) : null}
            </div>
          ) : null}

          <LevelMappingFields
            parsed={parsed}
            choice={choice}
            onChange={(next) => {
              if (next.pivot !== choice.pivot) setInclude(suggestedKeys(parsed, next.pivot));
              setChoice(next);
            }}
            axis={preview.source?.axis}
            onAxis={(axis) => {
              const source = preview.source;
              if (source) startTransition(() => dispatchPreview({ ...source, axis }));
            }}
          />

          <TextInput id="import-name" label="Framework name" value={name} onChange={setName} maxLength={FRAMEWORK_LIMITS.nameMax} error={nameError} />
          <ImportTarget match={match} mode={targetMode} onMode={setTargetMode} />

          <fieldset>
            <legend className={labelClass}>Sections</legend>
            <p className="text-xs text-slate-500">
              Tick the sections to keep. Sections that do not look like competencies start unticked, with the reason.
            </p>
            <FieldError id="import-include-error" message={includeError} />
            <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200">
              {reading.map((s) => {
                const checkboxId = `include-${s.key}`;
                return (
                  <li key={s.key} className="px-3 py-2.5" data-testid="preview-section">
                    <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
                      <input
                        id={checkboxId}
                        type="checkbox"
                        checked={include.has(s.key)}
                        onChange={(e) =>
                          setInclude((prev) => {
                            const next = new Set(prev);
                            if (e.target.checked) next.add(s.key);
                            else next.delete(s.key);
                            return next;
                          })
                        }
                        aria-describedby={s.setAsideReason ? `${checkboxId}-reason` : undefined}
                        className="mt-1 h-4 w-4 rounded border-slate-300 text-brand-600"
                      />
                      <label htmlFor={checkboxId} className="min-w-0 flex-1">
                        <span className="sr-only">Include </span>
                        <span className="font-medium">{s.name}</span>
                        <span className="ml-2 text-xs text-slate-500">
                          line {s.line} · {s.items.length} item{s.items.length === 1 ? "" : "s"}
                          {s.questions.length > 0 ? ` · ${s.questions.length} questions` : ""}
                        </span>
                      </label>
                      {s.staffCriticalByDefault ? <Badge tone="violet">Staff-critical</Badge> : null}
                    </div>
                    {s.setAsideReason ? (
                      <p id={`${checkboxId}-reason`} className="ml-7 mt-0.5 text-sm text-amber-800">
                        {s.setAsideReason}
                      </p>
                    ) : null}
                    {s.items.length > 0 ? (
                      <details className="ml-7 mt-1">
                        <summary className="cursor-pointer text-sm text-brand-700">Show the {s.items.length} items</summary>
                        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
                          {s.items.map((item, i) => (
                            <li key={i}>{item}</li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </fieldset>

          {parsed.setAside.length > 0 ? (
            <details className="rounded-lg border border-slate-200 px-3 py-2" data-testid="preview-set-aside">
              <summary className="cursor-pointer text-sm font-medium text-slate-700">
                Set aside ({parsed.setAside.length}): text that is not a section or an item
              </summary>
              <ul className="mt-2 space-y-2 text-sm">
                {parsed.setAside.map((a, i) => (
                  <li key={i}>
                    <span className="text-xs font-medium text-slate-500">
                      Line {a.line} · {a.reason}
                    </span>
                    <span className="block whitespace-pre-line break-words text-slate-700">{a.text}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}

          <ImportActions
            saveError={saved.message}
            saving={saving}
            disabled={includedSections.length === 0}
            label={importButtonLabel(match, targetMode, "Create draft framework")}
            onSave={() => startTransition(() => dispatchSave())}
            onStartOver={() => startTransition(() => dispatchPreview(null))}
          >
            {includedSections.length === 0 ? <p className="self-center text-sm text-slate-600">Include at least one section to continue.</p> : null}
          </ImportActions>
        </ImportPreview>
      ) : null}
    </div>
  );
}
