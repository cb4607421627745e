"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { useFormAction } from "@/lib/actions/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/form-styles";

type SaveState = { message: string; fieldErrors: Record<string, string[] | undefined> };

/**
 * The import's save: `save` sends the previewed source (none yet: "Choose a file first."); a refusal keeps its message
 * and field errors, and success needs no state (the action redirects to the new framework).
 */
export function useImportSave<Source>(source: Source | null, save: (source: Source) => Promise<ActionResult<unknown>>) {
  return useFormAction<SaveState, void>(
    async () => {
      if (!source) return { message: "Choose a file first.", fieldErrors: {} };
      const result = await save(source);
      if (result.ok) return { message: "", fieldErrors: {} };
      return { message: result.message, fieldErrors: result.fieldErrors ?? {} };
    },
    { message: "", fieldErrors: {} },
    (failure) => ({ message: failure.message, fieldErrors: {} }),
  );
}

/** The preview of an imported file: "Preview: ladder.md", a summary under it, then what the import asks about. */
export function ImportPreview({
  headingId,
  testId,
  fileName,
  summary,
  children,
}: {
  headingId: string;
  testId: string;
  fileName: string | null | undefined;
  summary: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className="panel space-y-5 p-4 sm:p-5" data-testid={testId}>
      <div>
        <h2 id={headingId} className="font-semibold">
          Preview{fileName ? `: ${fileName}` : ""}
        </h2>
        {summary}
      </div>
      {children}
    </section>
  );
}

/** Under a preview: why the last save was refused, the button that creates the framework, and Start over. */
export function ImportActions({
  saveError,
  saving,
  disabled = false,
  label,
  onSave,
  onStartOver,
  children,
}: {
  saveError: string;
  saving: boolean;
  disabled?: boolean;
  label: string;
  onSave: () => void;
  onStartOver: () => void;
  /** A note beside the buttons. */
  children?: ReactNode;
}) {
  return (
    <>
      {saveError ? (
        <FormMessage tone="error" testId="import-save-error">
          {saveError}
        </FormMessage>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primaryButton} disabled={saving || disabled} onClick={onSave}>
          {saving ? "Creating…" : label}
        </button>
        <button type="button" className={secondaryButton} onClick={onStartOver}>
          Start over
        </button>
        {children}
      </div>
    </>
  );
}
