/**
 * The zod schemas of the framework actions, shared by the forms and the server
 * (no "server-only": client components import the types).
 */
import { z } from "zod";
import { safeTextCheck, unsafeTextProblem } from "@/lib/validation/text";
import { FRAMEWORK_LIMITS, frameworkContentSchema } from "./framework-json";
import { importTextProblem } from "./import-text";

const id = z.string().trim().min(1, { error: "Missing id." }).max(100, { error: "That id is too long." });

export const frameworkIdSchema = z.object({ frameworkId: id });
export const versionIdSchema = z.object({ versionId: id });

/** The draft revision the editor loaded or last saved; every save, publish and discard from the editor names it. */
const revision = z.number({ error: "Missing draft revision: reload the page." }).int().min(0).max(Number.MAX_SAFE_INTEGER);

export const saveDraftSchema = z.object({ versionId: id, revision, content: frameworkContentSchema });
export const draftVersionSchema = z.object({ versionId: id, revision });

export const frameworkNameField = z
  .string({ error: "Give the framework a name." })
  .trim()
  .min(1, { error: "Give the framework a name." })
  .max(FRAMEWORK_LIMITS.nameMax, { error: `The framework name must be at most ${FRAMEWORK_LIMITS.nameMax} characters.` })
  .superRefine(safeTextCheck("The framework name"));

export const newFrameworkSchema = z.object({
  name: frameworkNameField,
  /** "blank", or the id of a framework whose newest published version is copied. */
  startFrom: z.string().trim().min(1).max(100).default("blank"),
});

const importText = z.string({ error: "Choose a file or paste the text first." }).superRefine((text, ctx) => {
  const problem = importTextProblem(text) ?? unsafeTextProblem(text, "The file");
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const fileName = z.string().max(255).superRefine(safeTextCheck("The file name")).optional();

const competencyAxis = z.enum(["columns", "rows"], { error: "Choose whether the table's columns or its rows are the competencies." }).optional();
const levelName = z.string().max(200).superRefine(safeTextCheck("The level")).optional();
const targetFramework = id.optional();

export const checklistPreviewSchema = z.object({ text: importText, fileName, competencyAxis });

export const checklistImportSchema = z.object({
  text: importText,
  name: frameworkNameField,
  include: z
    .array(z.string().max(FRAMEWORK_LIMITS.sectionKeyMax + 10))
    .max(FRAMEWORK_LIMITS.sectionsMax)
    .min(1, { error: "Include at least one section; nothing was saved." }),
  fileName,
  competencyAxis,
  /** The document's levels mapped to Senior and Staff (issue 10); absent when it has none. */
  senior: levelName,
  staff: levelName,
  pivot: z.boolean().optional(),
  /** "Create a new draft version of X" instead of a new framework. */
  targetFrameworkId: targetFramework,
});

export const jsonPreviewSchema = z.object({ text: importText });

export const jsonImportSchema = z.object({
  text: importText,
  publish: z.boolean(),
  name: z
    .string()
    .trim()
    .max(FRAMEWORK_LIMITS.nameMax, { error: `The framework name must be at most ${FRAMEWORK_LIMITS.nameMax} characters.` })
    .superRefine(safeTextCheck("The framework name"))
    .optional(),
  fileName,
  targetFrameworkId: targetFramework,
});
