import "server-only";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { invalid } from "@/lib/errors";
import { createFramework } from "./create-framework";
import { assertCanEditFrameworks } from "./framework-editors";
import { importTextProblem } from "./import-text";
import { checklistToFrameworkContent, parseChecklistMarkdown, type ParsedChecklist } from "./parse-checklist-markdown";

/** What the recruiter reviews before saving: the parser's reading of the document. */
export function previewChecklistImport(args: { user: SessionUser; text: string }): ParsedChecklist {
  assertCanEditFrameworks(args.user);
  const problem = importTextProblem(args.text);
  if (problem) throw invalid(problem, { text: [problem] });
  return parseChecklistMarkdown(args.text);
}

/**
 * Saves a Markdown checklist as a new draft framework with the sections the recruiter included.
 * The text is parsed again on the server, so what is saved is what the preview showed for it;
 * the framework is written in one transaction, so a failure saves nothing.
 */
export function importChecklistFramework(
  db: Db,
  args: { user: SessionUser; text: string; name: string; description?: string; includeKeys: string[]; fileName?: string },
): { frameworkId: string; versionId: string } {
  const parsed = previewChecklistImport(args);
  const known = new Set(parsed.sections.map((s) => s.key));
  const include = args.includeKeys.filter((k) => known.has(k));
  if (include.length === 0) {
    const message =
      parsed.sections.length === 0
        ? "No sections were recognised, so there is nothing to save. Give each group of items a `## Heading` and try again."
        : "Include at least one section; nothing was saved.";
    throw invalid(message, { include: [message] });
  }
  const content = checklistToFrameworkContent(parsed, {
    includeKeys: include,
    name: args.name,
    ...(args.description === undefined ? {} : { description: args.description }),
  });
  return createFramework(db, { user: args.user, content, source: "markdown", ...(args.fileName ? { origin: args.fileName } : {}) });
}
