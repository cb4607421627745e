import "server-only";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { invalid } from "@/lib/errors";
import { createFramework } from "./create-framework";
import { importAsNewVersion } from "./import-as-new-version";
import { assertCanEditFrameworks } from "./framework-editors";
import { importFrameworkJson, type FrameworkValidationError } from "./framework-json";
import { importTextProblem } from "./import-text";
import { parseFrameworkDocument } from "./parse-framework-document";
import type { FrameworkContent } from "./types";

export type JsonImportPreview =
  { ok: true; content: FrameworkContent; exportedAt: string | null } | { ok: false; errors: FrameworkValidationError[] };

/** Reads a Levelset framework JSON file: its content, or every error with the line or field it concerns. */
export function previewJsonImport(args: { user: SessionUser; text: string }): JsonImportPreview {
  assertCanEditFrameworks(args.user);
  const problem = importTextProblem(args.text);
  if (problem) return { ok: false, errors: [{ path: "", message: problem }] };
  const result = importFrameworkJson(args.text);
  if (!result.ok) {
    // YAML or Markdown pasted here says so and points to the document import, instead of a JSON syntax error.
    const read = parseFrameworkDocument(args.text, { expect: "json" });
    if (read.problem?.kind === "yaml-in-json" || read.problem?.kind === "markdown-in-json")
      return { ok: false, errors: [{ path: "", message: read.problem.message }] };
    return { ok: false, errors: result.errors.slice(0, 50) };
  }
  return { ok: true, content: result.content, exportedAt: result.exportedAt ?? null };
}

/**
 * Creates a new framework from a JSON file: draft v1, or published v1 when `publish` is set.
 * `name` overrides the file's name (e.g. to import a copy next to the original); `targetFrameworkId`
 * saves it as a new draft version of that framework instead. One transaction.
 */
export function importJsonFramework(
  db: Db,
  args: { user: SessionUser; text: string; publish: boolean; name?: string; fileName?: string; targetFrameworkId?: string },
): { frameworkId: string; versionId: string } {
  const preview = previewJsonImport(args);
  if (!preview.ok) {
    const first = preview.errors[0];
    const message = first ? errorLine(first) : "The file could not be read.";
    throw invalid(`${message} Nothing was saved.`, { text: preview.errors.map(errorLine) });
  }
  if (args.targetFrameworkId !== undefined) {
    // A new version is always a draft: publishing it is the editor's step, with its warnings.
    return importAsNewVersion(db, {
      user: args.user,
      frameworkId: args.targetFrameworkId,
      content: preview.content,
      source: "json",
      ...(args.fileName ? { origin: args.fileName } : {}),
    });
  }
  const name = args.name?.trim();
  const content = name ? { ...preview.content, name } : preview.content;
  return createFramework(db, {
    user: args.user,
    content,
    source: "json",
    publish: args.publish,
    ...(args.fileName ? { origin: args.fileName } : {}),
  });
}

function errorLine(error: FrameworkValidationError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}
