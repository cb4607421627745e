import "server-only";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { invalid } from "@/lib/errors";
import { createFramework } from "./create-framework";
import { importAsNewVersion } from "./import-as-new-version";
import { importableContentOrThrow } from "./validate-content";
import { assertCanEditFrameworks } from "./framework-editors";
import { sectionContentSchema, frameworkContentSchema } from "./framework-json";
import { importTextProblem } from "./import-text";
import { applyLevelMapping, parseFrameworkDocument, type ParsedDocument } from "./parse-framework-document";
import type { FrameworkContent } from "./types";

type PreviewArgs = { user: SessionUser; text: string; fileName?: string; competencyAxis?: "columns" | "rows" };

/** What the recruiter reviews before saving: the parser's reading of the document (Markdown, YAML or text). */
export function previewChecklistImport(args: PreviewArgs): ParsedDocument {
  assertCanEditFrameworks(args.user);
  const problem = importTextProblem(args.text);
  if (problem) throw invalid(problem, { text: [problem] });
  const parsed = parseFrameworkDocument(args.text, {
    ...(args.fileName ? { fileName: args.fileName } : {}),
    ...(args.competencyAxis ? { competencyAxis: args.competencyAxis } : {}),
  });
  if (parsed.problem !== undefined && parsed.problem.kind !== "nothing-usable") {
    throw invalid(parsed.problem.message, { text: [parsed.problem.message] });
  }
  return parsed;
}

/**
 * Drops the fields the stored schema does not know yet (level references, guidance, the evidence
 * checklist arrive with the framework model of issue 10); once the schema has them they pass through.
 */
function storableContent(content: FrameworkContent): FrameworkContent {
  const sectionKeys = new Set(Object.keys(sectionContentSchema.shape));
  const frameworkKeys = new Set(Object.keys(frameworkContentSchema.shape));
  const sections = content.sections.map((s) => Object.fromEntries(Object.entries(s).filter(([k]) => sectionKeys.has(k))) as typeof s);
  return { ...(Object.fromEntries(Object.entries(content).filter(([k]) => frameworkKeys.has(k))) as FrameworkContent), sections };
}

/**
 * Saves a document as a new draft framework with the sections the recruiter included and the
 * levels they mapped to Senior and Staff. The text is parsed again on the server, so what is saved
 * is what the preview showed for it; the framework is written in one transaction, so a failure saves nothing.
 */
export function importChecklistFramework(
  db: Db,
  args: PreviewArgs & {
    name: string;
    description?: string;
    includeKeys: string[];
    senior?: string;
    staff?: string;
    pivot?: boolean;
    /** Save as a new draft version of this framework instead of a new framework. */
    targetFrameworkId?: string;
  },
): { frameworkId: string; versionId: string } {
  const parsed = previewChecklistImport(args);
  const pivot = args.pivot === true && parsed.pivot.available;
  const reading = pivot ? parsed.pivot.sections : parsed.sections;
  const known = new Set(reading.map((s) => s.key));
  const include = args.includeKeys.filter((k) => known.has(k));
  if (include.length === 0) {
    const message =
      reading.length === 0
        ? (parsed.problem?.message ??
          "No sections were recognised, so there is nothing to save. Give each group of items a `## Heading` and try again.")
        : "Include at least one section; nothing was saved.";
    throw invalid(message, { include: [message] });
  }
  const levels = new Set(parsed.levels.map((l) => l.name));
  for (const [field, level] of [
    ["senior", args.senior],
    ["staff", args.staff],
  ] as const) {
    if (level !== undefined && level !== "" && !levels.has(level)) {
      const message = `The document has no level "${level}"; choose one of its levels or none.`;
      throw invalid(message, { [field]: [message] });
    }
  }
  const content = applyLevelMapping(parsed, {
    includeKeys: include,
    pivot,
    name: args.name,
    ...(args.senior ? { senior: args.senior } : {}),
    ...(args.staff ? { staff: args.staff } : {}),
    ...(args.description === undefined ? {} : { description: args.description }),
  });
  const storable = importableContentOrThrow(storableContent(content));
  if (args.targetFrameworkId !== undefined) {
    return importAsNewVersion(db, {
      user: args.user,
      frameworkId: args.targetFrameworkId,
      content: storable,
      source: "markdown",
      ...(args.fileName ? { origin: args.fileName } : {}),
    });
  }
  return createFramework(db, {
    user: args.user,
    content: storable,
    source: "markdown",
    ...(args.fileName ? { origin: args.fileName } : {}),
  });
}
