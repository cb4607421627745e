"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { checkboxClass, fieldsetClass, legendClass } from "@/components/ui/form-styles";

/** A framework an import could become a new version of. */
export type ExistingFramework = { id: string; name: string; latestVersion: number; hasDraft: boolean };
export type ImportTargetMode = "version" | "new";

/** The existing framework with this name (ignoring case and surrounding spaces), if any. */
export function matchingFramework(existing: readonly ExistingFramework[], name: string): ExistingFramework | undefined {
  const wanted = name.trim().toLowerCase();
  if (wanted === "") return undefined;
  return existing.find((f) => f.name.trim().toLowerCase() === wanted);
}

/** The framework id to save into, or undefined for a new framework. */
export function importTargetId(match: ExistingFramework | undefined, mode: ImportTargetMode): string | undefined {
  return match && mode === "version" && !match.hasDraft ? match.id : undefined;
}

/** What both importers take: the server's preview and import actions, and the frameworks an import could become a new version of (matched by name). */
export type ImportProps<PreviewAction, ImportAction> = { previewAction: PreviewAction; importAction: ImportAction; existing: ExistingFramework[] };

/** The name an import creates, and where it goes: a new version of the framework of that name, unless told "new". */
export function useImportTarget(existing: readonly ExistingFramework[]) {
  const [name, setName] = useState("");
  const [targetMode, setTargetMode] = useState<ImportTargetMode>("version");
  const match = matchingFramework(existing, name);
  return { name, setName, targetMode, setTargetMode, match, targetFrameworkId: importTargetId(match, targetMode) };
}

/** The save button's words for the chosen target. */
export function importButtonLabel(match: ExistingFramework | undefined, mode: ImportTargetMode, otherwise: string): string {
  return importTargetId(match, mode) !== undefined && match ? `Create draft v${match.latestVersion + 1} of ${match.name}` : otherwise;
}

/**
 * When the document's name is a framework that already exists (a re-import, or a Levelset export
 * of it): "create a new draft version of X" beside "create a new framework".
 */
export function ImportTarget({
  match,
  mode,
  onMode,
}: {
  match: ExistingFramework | undefined;
  mode: ImportTargetMode;
  onMode: (mode: ImportTargetMode) => void;
}) {
  const id = useId();
  if (!match) return null;
  const nextVersion = match.latestVersion + 1;
  return (
    <fieldset className={fieldsetClass} data-testid="import-target">
      <legend className={legendClass}>{match.name} already exists</legend>
      <div className="space-y-3 text-sm">
        <div className="flex items-start gap-2">
          <input
            id={`${id}-version`}
            type="radio"
            name={`${id}-target`}
            checked={mode === "version" && !match.hasDraft}
            disabled={match.hasDraft}
            onChange={() => onMode("version")}
            aria-describedby={`${id}-version-hint`}
            className={`mt-0.5 ${checkboxClass} rounded-full`}
          />
          <div>
            <label htmlFor={`${id}-version`} className="font-medium text-slate-800">
              Create a new draft version of {match.name} (v{nextVersion})
            </label>
            <p id={`${id}-version-hint`} className="text-slate-600">
              {match.hasDraft ? (
                <>
                  It already has a draft (v{match.latestVersion}).{" "}
                  <Link href={`/frameworks/${match.id}`} className="text-brand-700 underline">
                    Publish or discard that draft
                  </Link>{" "}
                  first, or create a new framework under another name.
                </>
              ) : (
                "Replaces nothing: the published versions, and the roles pinned to them, stay as they are."
              )}
            </p>
          </div>
        </div>
        <div className="flex items-start gap-2">
          <input
            id={`${id}-new`}
            type="radio"
            name={`${id}-target`}
            checked={mode === "new" || match.hasDraft}
            onChange={() => onMode("new")}
            aria-describedby={`${id}-new-hint`}
            className={`mt-0.5 ${checkboxClass} rounded-full`}
          />
          <div>
            <label htmlFor={`${id}-new`} className="font-medium text-slate-800">
              Create a new framework
            </label>
            <p id={`${id}-new-hint`} className="text-slate-600">
              Framework names are unique: change the name above to one no framework has.
            </p>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
