/**
 * The Levelset framework JSON file: one framework, versioned, for export and import.
 *
 *   {
 *     "format": "levelset-framework",   // marks the file as ours
 *     "schemaVersion": 1,               // bumped on any incompatible change to "framework"
 *     "exportedAt": "2025-01-31T12:00:00.000Z",   // optional, ISO 8601
 *     "framework": {
 *       "name": "...", "description": "...",
 *       "sections": [{
 *         "key": "system-design", "name": "...", "description": "...",
 *         "staffCriticalByDefault": true,
 *         "items": ["..."],
 *         "seniorSignal": "...", "staffSignal": "...",
 *         "questions": [{ "prompt": "...", "seniorSignal": "...", "staffSignal": "..." }],
 *         "redFlags": [{ "title": "...", "severity": "note" | "caps-at-senior" | "blocks-hire", "description": "..." }],
 *         "levelReferences": [{ "level": "IC3", "text": "..." }]          // optional (schemaVersion 2)
 *       }],
 *       "guidance": { "senior": ["..."], "staff": ["..."] },            // optional (schemaVersion 2)
 *       "evidenceChecklist": [{                                        // optional (schemaVersion 2); absent = the built-in one
 *         "key": "hard-incident",                                      // optional
 *         "label": "...", "description": "...", "sectionKeys": ["..."],
 *         "required": 2,                                               // optional: distinct interviewers needed (default 1)
 *         "broadScopeOnly": true                                       // optional: only multi-team or org evidence counts
 *       }]
 *     }
 *   }
 *
 * schemaVersion 1 files (no level references, guidance or checklist) still import.
 * Keys are written in the order above with a 2-space indent and a trailing newline, so
 * export → import → export gives byte-identical text. Unknown keys are rejected rather than
 * dropped, so an import never loses data silently.
 */
import { z } from "zod";
import { safeTextCheck } from "@/lib/validation/text";
import { RED_FLAG_SEVERITIES, type FrameworkContent, type RedFlagSeverity } from "./types";
import { FRAMEWORK_LIMITS, SECTION_KEY_PATTERN } from "./framework-limits";

export { FRAMEWORK_LIMITS, SECTION_KEY_PATTERN };

export const FRAMEWORK_JSON_FORMAT = "levelset-framework";
export const FRAMEWORK_JSON_SCHEMA_VERSION = 2;
/** Every schemaVersion this Levelset reads; 1 lacks level references, guidance and the evidence checklist. */
export const FRAMEWORK_JSON_READABLE_VERSIONS = [1, 2] as const;

const L = FRAMEWORK_LIMITS;

const notBlank = (s: string) => s.trim().length > 0;

/** Text that must say something, e.g. a section name. */
function requiredText(label: string, max: number) {
  return z
    .string()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .superRefine(safeTextCheck(label))
    .refine(notBlank, { error: `${label} is empty; write at least one non-space character.` });
}

function optionalText(label: string, max: number) {
  return z
    .string()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .superRefine(safeTextCheck(label));
}

export const probingQuestionSchema = z.strictObject({
  prompt: requiredText("The question", L.questionPromptMax),
  seniorSignal: optionalText("The Senior-signal answer", L.signalMax),
  staffSignal: optionalText("The Staff-signal answer", L.signalMax),
});

export const redFlagSchema = z.strictObject({
  title: requiredText("The red flag title", L.redFlagTitleMax),
  description: optionalText("The red flag description", L.redFlagDescriptionMax),
  severity: z.enum(RED_FLAG_SEVERITIES as [RedFlagSeverity, ...RedFlagSeverity[]], {
    error: `Severity must be one of ${RED_FLAG_SEVERITIES.map((s) => `"${s}"`).join(", ")}.`,
  }),
});

export const levelReferenceSchema = z.strictObject({
  level: requiredText("The level name", L.levelNameMax),
  text: requiredText("The level's reference text", L.levelReferenceTextMax),
});

const sectionKeySchema = (label: string) =>
  z
    .string()
    .max(L.sectionKeyMax, { error: `${label} must be at most ${L.sectionKeyMax} characters.` })
    .regex(SECTION_KEY_PATTERN, {
      error: `${label} must be lowercase letters and digits joined by hyphens, e.g. "system-design".`,
    });

const sectionV1Shape = {
  key: sectionKeySchema("The section key"),
  name: requiredText("The section name", L.sectionNameMax),
  description: optionalText("The section description", L.sectionDescriptionMax),
  items: z
    .array(requiredText("A checklist item", L.itemMax))
    .max(L.itemsPerSectionMax, { error: `A section can have at most ${L.itemsPerSectionMax} checklist items.` }),
  seniorSignal: optionalText("The Senior signal", L.signalMax),
  staffSignal: optionalText("The Staff signal", L.signalMax),
  questions: z.array(probingQuestionSchema).max(L.questionsPerSectionMax, {
    error: `A section can have at most ${L.questionsPerSectionMax} probing questions.`,
  }),
  redFlags: z.array(redFlagSchema).max(L.redFlagsPerSectionMax, { error: `A section can have at most ${L.redFlagsPerSectionMax} red flags.` }),
  staffCriticalByDefault: z.boolean(),
};

export const sectionContentSchema = z.strictObject({
  ...sectionV1Shape,
  levelReferences: z
    .array(levelReferenceSchema)
    .max(L.levelReferencesPerSectionMax, { error: `A section can keep at most ${L.levelReferencesPerSectionMax} levels of reference text.` })
    .optional(),
});

const guidanceLines = (level: string) =>
  z
    .array(requiredText(`A ${level} guidance line`, L.guidanceLineMax))
    .max(L.guidanceLinesPerLevelMax, { error: `The ${level} guidance can have at most ${L.guidanceLinesPerLevelMax} lines.` });

export const barGuidanceSchema = z.strictObject({ senior: guidanceLines("Senior"), staff: guidanceLines("Staff") });

export const panelEvidenceSchema = z.strictObject({
  key: sectionKeySchema("The checklist item key").optional(),
  label: requiredText("The checklist item label", L.evidenceLabelMax),
  description: optionalText("The checklist item description", L.evidenceDescriptionMax),
  sectionKeys: z
    .array(z.string().max(L.sectionKeyMax))
    .max(L.sectionsMax, { error: `A checklist item can count at most ${L.sectionsMax} sections.` }),
  required: z
    .int({ error: "The number of interviewers a checklist item needs must be a whole number." })
    .min(1, { error: "A checklist item needs evidence from at least one interviewer." })
    .max(L.evidenceRequiredMax, { error: `A checklist item can ask for at most ${L.evidenceRequiredMax} interviewers.` })
    .optional(),
  broadScopeOnly: z.boolean().optional(),
});

/** Names compare case-insensitively and ignoring surrounding spaces, as a reader would. */
export function sectionNameIdentity(name: string): string {
  return name.trim().toLowerCase();
}

function checkUniqueSections(sections: { key: string; name: string }[], ctx: z.RefinementCtx) {
  const firstByKey = new Map<string, number>();
  const firstByName = new Map<string, number>();
  sections.forEach((section, index) => {
    const keyOwner = firstByKey.get(section.key);
    if (keyOwner === undefined) firstByKey.set(section.key, index);
    else
      ctx.addIssue({
        code: "custom",
        path: [index, "key"],
        message: `The key "${section.key}" is already used by sections[${keyOwner}]; section keys must be unique.`,
      });
    const identity = sectionNameIdentity(section.name);
    const nameOwner = firstByName.get(identity);
    if (nameOwner === undefined) firstByName.set(identity, index);
    else
      ctx.addIssue({
        code: "custom",
        path: [index, "name"],
        message: `The name "${section.name.trim()}" is already used by sections[${nameOwner}]; section names must be unique.`,
      });
  });
}

/** A checklist item may only count sections the framework has, and item keys are unique. */
function checkChecklist(
  content: { sections: { key: string }[]; evidenceChecklist?: z.infer<typeof panelEvidenceSchema>[] | undefined },
  ctx: z.RefinementCtx,
) {
  const keys = new Set(content.sections.map((s) => s.key));
  const firstByKey = new Map<string, number>();
  content.evidenceChecklist?.forEach((item, index) => {
    for (const [k, sectionKey] of item.sectionKeys.entries()) {
      if (!keys.has(sectionKey))
        ctx.addIssue({
          code: "custom",
          path: ["evidenceChecklist", index, "sectionKeys", k],
          message: `The checklist item "${item.label.trim()}" counts the section "${sectionKey}", which this framework does not have. Choose one of its sections or remove it.`,
        });
    }
    if (item.key === undefined) return;
    const owner = firstByKey.get(item.key);
    if (owner === undefined) firstByKey.set(item.key, index);
    else
      ctx.addIssue({
        code: "custom",
        path: ["evidenceChecklist", index, "key"],
        message: `The checklist key "${item.key}" is already used by evidenceChecklist[${owner}]; checklist keys must be unique.`,
      });
  });
}

const sectionsOf = <T extends z.ZodType<{ key: string; name: string }>>(section: T) =>
  z
    .array(section)
    .min(L.sectionsMin, { error: "A framework needs at least one section." })
    .max(L.sectionsMax, { error: `A framework can have at most ${L.sectionsMax} sections.` })
    .superRefine(checkUniqueSections);

export const frameworkContentSchema = z
  .strictObject({
    name: requiredText("The framework name", L.nameMax),
    description: optionalText("The framework description", L.descriptionMax),
    sections: sectionsOf(sectionContentSchema),
    guidance: barGuidanceSchema.optional(),
    evidenceChecklist: z
      .array(panelEvidenceSchema)
      .max(L.evidenceItemsMax, { error: `The panel evidence checklist can have at most ${L.evidenceItemsMax} items.` })
      .optional(),
  })
  .superRefine(checkChecklist);

/** schemaVersion 1: the framework before level references, guidance and the evidence checklist. */
const frameworkContentV1Schema = z.strictObject({
  name: requiredText("The framework name", L.nameMax),
  description: optionalText("The framework description", L.descriptionMax),
  sections: sectionsOf(z.strictObject(sectionV1Shape)),
});

const envelope = {
  format: z.literal(FRAMEWORK_JSON_FORMAT),
  exportedAt: z.iso.datetime({ offset: true, error: "exportedAt must be an ISO 8601 date-time." }).optional(),
};
const frameworkFileSchema = z.strictObject({ ...envelope, schemaVersion: z.literal(2), framework: frameworkContentSchema });
const frameworkFileV1Schema = z.strictObject({ ...envelope, schemaVersion: z.literal(1), framework: frameworkContentV1Schema });

export type FrameworkValidationError = { path: string; message: string };

export type FrameworkValidationResult = { ok: true; content: FrameworkContent } | { ok: false; errors: FrameworkValidationError[] };

export type FrameworkImportResult = { ok: true; content: FrameworkContent; exportedAt?: string } | { ok: false; errors: FrameworkValidationError[] };

/** Validates a whole framework, e.g. from the editor; paths are relative to the framework. */
export function validateFrameworkContent(value: unknown): FrameworkValidationResult {
  const parsed = frameworkContentSchema.safeParse(value);
  if (parsed.success) return { ok: true, content: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, value, [])) };
}

export function exportFrameworkJson(content: FrameworkContent, options: { exportedAt?: string } = {}): string {
  const file = {
    format: FRAMEWORK_JSON_FORMAT,
    schemaVersion: FRAMEWORK_JSON_SCHEMA_VERSION,
    ...(options.exportedAt === undefined ? {} : { exportedAt: options.exportedAt }),
    framework: canonicalFramework(content),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function importFrameworkJson(text: string): FrameworkImportResult {
  // Editors on Windows like to add a byte-order mark; JSON.parse rejects it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxError(source, error)] };
  }

  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail("", 'The file must contain one JSON object with "format", "schemaVersion" and "framework".');
  }
  const record = data as Record<string, unknown>;
  if (record.format !== FRAMEWORK_JSON_FORMAT) {
    const found = record.format === undefined ? "no format marker" : `format ${JSON.stringify(record.format)}`;
    return fail(
      "format",
      `This is not a Levelset framework file: it has ${found}, expected "format": "${FRAMEWORK_JSON_FORMAT}". Export the framework from Levelset and import that file.`,
    );
  }
  if (!FRAMEWORK_JSON_READABLE_VERSIONS.some((v) => v === record.schemaVersion)) {
    const found =
      typeof record.schemaVersion === "number"
        ? `This file uses schemaVersion ${record.schemaVersion}`
        : `This file has ${record.schemaVersion === undefined ? "no schemaVersion" : `schemaVersion ${JSON.stringify(record.schemaVersion)}`}`;
    return fail(
      "schemaVersion",
      `${found}; Levelset reads schemaVersion ${FRAMEWORK_JSON_READABLE_VERSIONS.join(" and ")}. Export it again from the Levelset that made it, or from this one, and import the new file.`,
    );
  }

  const parsed = (record.schemaVersion === 1 ? frameworkFileV1Schema : frameworkFileSchema).safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, data, [])) };
  }
  const { framework, exportedAt } = parsed.data;
  const content: FrameworkContent = framework;
  return exportedAt === undefined ? { ok: true, content } : { ok: true, content, exportedAt };
}

function fail(path: string, message: string): FrameworkImportResult {
  return { ok: false, errors: [{ path, message }] };
}

/** Rebuilds the content with keys in the documented order and nothing else riding along. */
function canonicalFramework(content: FrameworkContent): FrameworkContent {
  return {
    name: content.name,
    description: content.description,
    sections: content.sections.map((s) => ({
      key: s.key,
      name: s.name,
      description: s.description,
      staffCriticalByDefault: s.staffCriticalByDefault,
      items: [...s.items],
      seniorSignal: s.seniorSignal,
      staffSignal: s.staffSignal,
      questions: s.questions.map((q) => ({ prompt: q.prompt, seniorSignal: q.seniorSignal, staffSignal: q.staffSignal })),
      redFlags: s.redFlags.map((f) => ({ title: f.title, severity: f.severity, description: f.description })),
      ...(s.levelReferences === undefined ? {} : { levelReferences: s.levelReferences.map((r) => ({ level: r.level, text: r.text })) }),
    })),
    ...(content.guidance === undefined ? {} : { guidance: { senior: [...content.guidance.senior], staff: [...content.guidance.staff] } }),
    ...(content.evidenceChecklist === undefined
      ? {}
      : {
          evidenceChecklist: content.evidenceChecklist.map((e) => ({
            ...(e.key === undefined ? {} : { key: e.key }),
            label: e.label,
            description: e.description,
            sectionKeys: [...e.sectionKeys],
            ...(e.required === undefined ? {} : { required: e.required }),
            ...(e.broadScopeOnly === undefined ? {} : { broadScopeOnly: e.broadScopeOnly }),
          })),
        }),
  };
}

// ---------------------------------------------------------------------------------------
// Error messages a person can act on

type Issue = z.core.$ZodIssue;

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  number: "a number",
};

function describeIssue(issue: Issue, root: unknown, prefix: readonly PropertyKey[]): FrameworkValidationError {
  const path = [...prefix, ...issue.path];
  const where = formatPath(path);
  if (issue.code === "invalid_type") {
    const value = valueAt(root, issue.path);
    const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
    const message =
      value === undefined
        ? `${where || "The file"} is missing; it should be ${expected}.`
        : `${where || "The file"} should be ${expected}, not ${describeValue(value)}.`;
    return { path: where, message };
  }
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return {
      path: where,
      message: `${where || "The file"} has ${issue.keys.length === 1 ? "a field" : "fields"} Levelset does not know: ${keys}. Remove ${issue.keys.length === 1 ? "it" : "them"} and import again.`,
    };
  }
  return { path: where, message: issue.message };
}

// ---------------------------------------------------------------------------------------
// Where exactly the JSON is broken

function jsonSyntaxError(text: string, error: unknown): FrameworkValidationError {
  const reason = error instanceof Error ? error.message : String(error);
  const offset = positionFromMessage(reason) ?? locateJsonSyntaxError(text);
  if (offset === null) {
    return { path: "", message: `The file is not valid JSON (${reason}). Check it in a JSON validator and try again.` };
  }
  const { line, column } = lineAndColumn(text, offset);
  return {
    path: "",
    message: `The file is not valid JSON: line ${line}, column ${column}: ${shortReason(reason)}. Fix that spot (a missing comma or quote is the usual cause) and import again.`,
  };
}

/** V8 says "... in JSON at position 42"; some versions only name the offending token. */
function positionFromMessage(message: string): number | null {
  const match = /at position (\d+)/.exec(message);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function shortReason(message: string): string {
  const cut = message.search(/ in JSON at position| is not valid JSON|, "/);
  return (cut > 0 ? message.slice(0, cut) : message).replace(/\.$/, "");
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * The offset of the first JSON syntax error, or null when the text is valid.
 * Iterative, so deep nesting cannot overflow the stack; used when JSON.parse's
 * message carries no position.
 */
export function locateJsonSyntaxError(text: string): number | null {
  const n = text.length;
  let i = 0;
  const containers: ("{" | "[")[] = [];
  type Expect = "value" | "value-or-]" | "key-or-}" | "key" | "colon" | "comma-or-close" | "end";
  // What the grammar allows next. (Widened with `as`: afterValue() changes it inside a closure.)
  let expect = "value" as Expect;

  const skipSpace = () => {
    while (i < n) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
      else break;
    }
  };
  const afterValue = () => {
    expect = containers.length === 0 ? "end" : "comma-or-close";
  };
  /** Returns the error offset or -1 when a string was read. */
  const readString = (): number => {
    i++; // opening quote
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i++;
        return -1;
      }
      if (code < 0x20) return i;
      if (code === 92) {
        const next = text[i + 1];
        if (next === "u") {
          for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? "")) return i + k;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return i + 1;
      } else i++;
    }
    return n;
  };
  const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
  const readNumber = (): number => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (isDigit(text[i])) while (isDigit(text[i])) i++;
    else return i;
    if (text[i] === ".") {
      i++;
      if (!isDigit(text[i])) return i;
      while (isDigit(text[i])) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!isDigit(text[i])) return i;
      while (isDigit(text[i])) i++;
    }
    return -1;
  };

  for (;;) {
    skipSpace();
    const c = text[i];
    if (c === undefined) return expect === "end" ? null : n;
    switch (expect) {
      case "end":
        return i;
      case "colon":
        if (c !== ":") return i;
        i++;
        expect = "value";
        continue;
      case "comma-or-close": {
        const open = containers[containers.length - 1];
        if (c === ",") {
          i++;
          expect = open === "{" ? "key" : "value";
        } else if ((c === "}" && open === "{") || (c === "]" && open === "[")) {
          i++;
          containers.pop();
          afterValue();
        } else return i;
        continue;
      }
      case "key-or-}":
      case "key":
        if (c === "}" && expect === "key-or-}") {
          i++;
          containers.pop();
          afterValue();
          continue;
        }
        if (c !== '"') return i;
        {
          const bad = readString();
          if (bad >= 0) return bad;
        }
        expect = "colon";
        continue;
      case "value-or-]":
      case "value": {
        if (c === "]" && expect === "value-or-]") {
          i++;
          containers.pop();
          afterValue();
          continue;
        }
        if (c === "{" || c === "[") {
          containers.push(c);
          i++;
          expect = c === "{" ? "key-or-}" : "value-or-]";
          continue;
        }
        let bad = -1;
        if (c === '"') bad = readString();
        else if (c === "-" || isDigit(c)) bad = readNumber();
        else {
          const word = ["true", "false", "null"].find((w) => text.startsWith(w, i));
          if (word === undefined) return i;
          i += word.length;
        }
        if (bad >= 0) return bad;
        afterValue();
        continue;
      }
    }
  }
}
