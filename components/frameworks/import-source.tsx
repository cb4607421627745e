"use client";

import { useEffect, useEffectEvent, useId, useRef, useState } from "react";
import { formatBytes, IMPORT_MAX_BYTES, importTextProblem, readImportFile } from "@/lib/frameworks/import-text";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";

/**
 * Where an import's text comes from: a chosen file or a paste. Size and binary checks run here
 * before anything is sent (the server checks again); `onText` receives text that passed them.
 */
export function ImportSource({
  kind,
  accept,
  onText,
  onReset,
  busy,
}: {
  /** What the picker reads, e.g. "Ladder document" or "Levelset JSON", used in the labels. */
  kind: string;
  accept: string;
  onText: (text: string, fileName: string | null) => void;
  onReset: () => void;
  busy: boolean;
}) {
  const id = useId();
  const [error, setError] = useState("");
  const [pasted, setPasted] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  const chooseFile = async (file: File | undefined) => {
    onReset();
    setError("");
    if (!file) return;
    const read = await readImportFile(file);
    if (!read.ok) {
      setError(`${file.name}: ${read.message}`);
      if (fileInput.current) fileInput.current.value = "";
      return;
    }
    onText(read.text, file.name);
  };

  // A file picked before the page finished loading fired no change event React saw: read it now.
  // Runs once after hydration: an effect event, so chooseFile being recreated each render never re-triggers it.
  const readEarlyFile = useEffectEvent((file: File) => void chooseFile(file));
  const pickedEarly = useRef(false);
  useEffect(() => {
    if (pickedEarly.current) return;
    pickedEarly.current = true;
    const early = fileInput.current?.files?.[0];
    if (early) readEarlyFile(early);
  }, []);

  const previewPaste = () => {
    onReset();
    const problem = importTextProblem(pasted);
    if (problem) {
      setError(problem.replace("The file", "The pasted text"));
      return;
    }
    setError("");
    onText(pasted, null);
  };

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={`${id}-file`} className={labelClass}>
          {kind} file
        </label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept={accept}
          disabled={busy}
          aria-describedby={`${id}-file-hint${error ? ` ${id}-error` : ""}`}
          onChange={(e) => void chooseFile(e.target.files?.[0])}
          className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-50"
        />
        <p id={`${id}-file-hint`} className="mt-1 text-xs text-slate-500">
          Up to {formatBytes(IMPORT_MAX_BYTES)}, UTF-8 text. Nothing is saved until you confirm the preview.
        </p>
      </div>
      <details className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Or paste the text</summary>
        <div className="mt-2 space-y-2">
          <label htmlFor={`${id}-paste`} className="sr-only">
            Paste the {kind.toLowerCase()}
          </label>
          <textarea
            id={`${id}-paste`}
            rows={8}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            className={`${inputClass} font-mono text-xs`}
          />
          <button type="button" className={secondaryButton} disabled={busy || pasted.trim() === ""} onClick={previewPaste}>
            Preview pasted text
          </button>
        </div>
      </details>
      {error ? (
        <div id={`${id}-error`}>
          <FormMessage tone="error" testId="import-file-error">
            {error}
          </FormMessage>
        </div>
      ) : null}
    </div>
  );
}
