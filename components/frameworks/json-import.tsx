"use client";

import { TextInput } from "./editor-fields";
import { startTransition, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { Badge } from "@/components/ui/badge";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import type { ActionResult } from "@/lib/actions/action-result";
import { FRAMEWORK_LIMITS } from "@/lib/frameworks/framework-limits";
import type { FrameworkContent } from "@/lib/frameworks/types";
import { ImportActions, ImportPreview, useImportSave } from "./import-preview";
import { ImportSource } from "./import-source";
import { importButtonLabel, ImportTarget, useImportTarget, type ImportProps } from "./import-target";

type Preview = { ok: true; content: FrameworkContent; exportedAt: string | null } | { ok: false; errors: { path: string; message: string }[] };
type PreviewAction = (prev: unknown, payload: { text: string }) => Promise<ActionResult<Preview>>;
type ImportAction = (
  prev: unknown,
  payload: { text: string; publish: boolean; name?: string; fileName?: string; targetFrameworkId?: string },
) => Promise<ActionResult<unknown>>;

type Source = { text: string; fileName: string | null };
type PreviewState = { source: Source | null; content: FrameworkContent | null; errors: { path: string; message: string }[] };

/** A Levelset framework JSON file → what it contains, or every error with its line or field → a new framework. */
export function JsonImport({ previewAction, importAction, existing }: ImportProps<PreviewAction, ImportAction>) {
  const [publish, setPublish] = useState(false);
  // `existing` may hold the framework a Levelset export came from: the import then becomes its new version.
  const { name, setName, targetMode, setTargetMode, match, targetFrameworkId } = useImportTarget(existing);

  const [preview, dispatchPreview, previewing] = useFormAction<PreviewState, Source | null>(
    async (_prev, source) => {
      if (source === null) return { source: null, content: null, errors: [] };
      const result = await previewAction(null, { text: source.text });
      if (!result.ok) return { source: null, content: null, errors: [{ path: "", message: result.fieldErrors?.text?.[0] ?? result.message }] };
      if (!result.data.ok) return { source: null, content: null, errors: result.data.errors };
      setName(result.data.content.name);
      return { source, content: result.data.content, errors: [] };
    },
    { source: null, content: null, errors: [] },
    (failure) => ({ source: null, content: null, errors: [{ path: "", message: failure.message }] }),
  );

  const [saved, dispatchSave, saving] = useImportSave(preview.source, (source) =>
    importAction(null, {
      text: source.text,
      publish: publish && targetFrameworkId === undefined,
      name,
      ...(source.fileName ? { fileName: source.fileName } : {}),
      ...(targetFrameworkId ? { targetFrameworkId } : {}),
    }),
  );

  const content = preview.content;
  const nameError = saved.fieldErrors.name?.[0];

  return (
    <div className="space-y-6">
      <ImportSource
        kind="Levelset JSON"
        accept=".json,application/json"
        busy={previewing || saving}
        onReset={() => startTransition(() => dispatchPreview(null))}
        onText={(text, fileName) => startTransition(() => dispatchPreview({ text, fileName }))}
      />
      {previewing ? <p className="text-sm text-slate-600">Checking the file…</p> : null}
      {preview.errors.length > 0 ? (
        <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" role="status" data-testid="import-error">
          <p className="font-medium">This file cannot be imported; nothing was saved.</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {preview.errors.map((e, i) => (
              <li key={i}>
                {e.path ? <code className="mr-1 rounded bg-red-100 px-1 text-xs">{e.path}</code> : null}
                {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {content ? (
        <ImportPreview
          headingId="json-preview-heading"
          testId="json-preview"
          fileName={preview.source?.fileName}
          summary={
            <p className="mt-1 text-sm text-slate-600">
              A valid Levelset framework with {content.sections.length} section{content.sections.length === 1 ? "" : "s"}.{" "}
              {targetFrameworkId ? "It becomes a new draft version of the framework of that name." : "It becomes a new framework."}
            </p>
          }
        >
          <TextInput
            id="json-import-name"
            label="Framework name"
            value={name}
            onChange={setName}
            maxLength={FRAMEWORK_LIMITS.nameMax}
            error={nameError}
          />
          <ImportTarget match={match} mode={targetMode} onMode={setTargetMode} />
          <ScrollRegion bleed>
            <DataTable
              head={
                <>
                  <Th>Section</Th>
                  <Th numeric>Items</Th>
                  <Th numeric>Questions</Th>
                  <Th numeric>Red flags</Th>
                </>
              }
            >
              {content.sections.map((s) => (
                <tr key={s.key}>
                  <Td>
                    {s.name} {s.staffCriticalByDefault ? <Badge tone="violet">Staff-critical</Badge> : null}
                  </Td>
                  <Td numeric>{s.items.length}</Td>
                  <Td numeric>{s.questions.length}</Td>
                  <Td numeric>{s.redFlags.length}</Td>
                </tr>
              ))}
            </DataTable>
          </ScrollRegion>
          {targetFrameworkId ? null : (
            <div className="flex items-start gap-2">
              <input
                id="json-publish-now"
                type="checkbox"
                checked={publish}
                onChange={(e) => setPublish(e.target.checked)}
                className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600"
              />
              <label htmlFor="json-publish-now" className="text-sm text-slate-700">
                Publish now{" "}
                <span className="text-slate-500">(version 1 is frozen at once and roles can pin it; leave unticked to review it as a draft)</span>
              </label>
            </div>
          )}
          <ImportActions
            saveError={saved.message}
            saving={saving}
            label={importButtonLabel(match, targetMode, publish ? "Create and publish framework" : "Create draft framework")}
            onSave={() => startTransition(() => dispatchSave())}
            onStartOver={() => startTransition(() => dispatchPreview(null))}
          />
        </ImportPreview>
      ) : null}
    </div>
  );
}
