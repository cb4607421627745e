/**
 * The one entry point for importing a framework document: detects the format from the file name
 * and the content (Markdown with GFM tables, task lists and inline HTML; YAML, as a file or as
 * Markdown front matter; Levelset JSON) and reads it into the preview shape. Pure: no I/O.
 */
import { importFrameworkJson } from "./framework-json";
import { importTextProblem, IMPORT_MAX_BYTES, EMPTY_MESSAGE, BINARY_MESSAGE } from "./import-text";
import { DocBuilder } from "./parse/builder";
import { finishDocument } from "./parse/finish";
import { markdownBlocks } from "./parse/markdown";
import { buildFromBlocks } from "./parse/sections";
import { TEXT_SET_ASIDE_REASONS } from "./parse/set-aside";
import type { DocumentProblem, DocumentFormat, ParsedDocument, ParseDocumentOptions, ParsedDocumentSection } from "./parse/types";
import { buildFromYaml, readYaml, yamlShape, YAML_SET_ASIDE_REASONS } from "./parse/yaml";
import type { FrameworkContent } from "./types";

export type { ParsedDocument, ParsedDocumentSection, DocumentProblem, ParseDocumentOptions } from "./parse/types";
export { applyLevelMapping, countSummary, mappingCounts, type LevelMapping } from "./parse/level-mapping";

export const EXPECTED_SHAPE_EXAMPLE = `## System design
- Writes a short design doc with alternatives and a decision
- Plans for failure modes before launch

## Cross-team influence
### Senior
- Aligns their own team on a convention
### Staff
- Gets several teams to adopt a shared platform`;

export const YAML_SHAPE_EXAMPLE = `name: Backend ladder
levels: [Senior, Staff]
competencies:
  - name: System design
    items: [Writes a short design doc with alternatives]
    levels:
      Senior: [Designs a service within the team's area]
      Staff: [Sets the architecture several teams build on]`;

type Options = ParseDocumentOptions & {
  /** Which import box the text came from: JSON refuses YAML and Markdown with a pointer to the right import. */
  expect?: "document" | "json";
};

function extension(fileName: string | undefined): string {
  const name = (fileName ?? "").toLowerCase();
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1);
}

function emptyDocument(format: DocumentFormat, problem: DocumentProblem): ParsedDocument {
  return {
    format,
    sections: [],
    setAside: [],
    warnings: [problem.message],
    levels: [],
    pivot: { available: false, suggested: false, sections: [] },
    counts: { expectations: 0, items: 0, signals: 0, reference: 0, setAside: 0 },
    problem,
  };
}

function problemFor(message: string): DocumentProblem {
  if (message === EMPTY_MESSAGE) return { kind: "empty", message };
  if (message === BINARY_MESSAGE) return { kind: "binary", message };
  return { kind: "too-large", message };
}

/** Replaces CRLF/CR with LF and drops a BOM; line numbers stay the same. */
function normalise(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes("\r") ? body.replace(/\r\n?/g, "\n") : body;
}

/** `---` on line 1 up to the next `---` or `...`: the YAML text and the number of lines it takes. */
function frontMatter(text: string): { yaml: string; lines: number } | null {
  if (!text.startsWith("---\n")) return null;
  const lines = text.split("\n", 5000);
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
  if (close <= 0) return null;
  return { yaml: lines.slice(1, close).join("\n"), lines: close + 1 };
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === "{" || first === "[";
}

export function parseFrameworkDocument(text: string, options: Options = {}): ParsedDocument {
  const ext = extension(options.fileName);
  const problem = importTextProblem(text);
  if (problem !== null) return emptyDocument(ext === "json" ? "levelset-json" : "markdown", problemFor(problem));
  const source = normalise(text);

  if (options.expect === "json" || ext === "json" || looksLikeJson(source)) {
    const asJson = readJson(source, options.expect === "json" || ext === "json");
    if (asJson !== null) return asJson;
  }
  if (ext === "yml" || ext === "yaml" || looksLikeYaml(source)) {
    const asYaml = readYamlDocument(source, ext === "yml" || ext === "yaml");
    if (asYaml !== null) return asYaml;
  }
  return readMarkdown(source, options);
}

/** Several `key: value` lines and no Markdown headings or lists at the start. */
function looksLikeYaml(text: string): boolean {
  const lines = text.split("\n", 40).filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  const first = lines[0];
  return (
    first !== undefined &&
    /^[A-Za-z_][\w-]*:(?:\s|$)/.test(first) &&
    lines.slice(0, 10).filter((l) => /^\s*(?:- )?[A-Za-z_][\w-]*:(?:\s|$)/.test(l)).length >= 2
  );
}

function readJson(source: string, strict: boolean): ParsedDocument | null {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    if (!strict && !looksLikeJson(source)) return null;
    // Not JSON: YAML or Markdown pasted into the JSON box says so.
    const yaml = readYaml(source);
    if (yaml.ok && yamlShape(yaml.data) !== null) {
      return emptyDocument("yaml", {
        kind: "yaml-in-json",
        message: 'This is YAML, not JSON. Import it with "Import a document" (Markdown, YAML or text), which reads YAML ladders.',
        suggestedImport: "document",
      });
    }
    if (!looksLikeJson(source)) {
      return emptyDocument("markdown", {
        kind: "markdown-in-json",
        message: 'This is not JSON: it reads as a text document. Import it with "Import a document" (Markdown, YAML or text).',
        suggestedImport: "document",
      });
    }
    const result = importFrameworkJson(source);
    const message = result.ok ? "The file could not be read." : (result.errors[0]?.message ?? "The file is not valid JSON.");
    return emptyDocument("levelset-json", { kind: "json-syntax", message });
  }
  if (typeof data === "object" && data !== null && "format" in data) {
    const result = importFrameworkJson(source);
    if (!result.ok) {
      const message = result.errors
        .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
        .slice(0, 10)
        .join("\n");
      return emptyDocument("levelset-json", { kind: "json-invalid", message });
    }
    return fromContent(result.content);
  }
  // JSON is YAML: a ladder converted to JSON (FT's file through a YAML→JSON tool) reads the same.
  if (yamlShape(data) !== null) {
    const out = new DocBuilder();
    buildFromYaml(data, source, out);
    return withNothingUsable(finishDocument(out, "yaml"));
  }
  return emptyDocument("levelset-json", {
    kind: "json-invalid",
    message:
      'This JSON is not a Levelset framework file (it has no "format": "levelset-framework") and not a ladder Levelset knows. Export the framework from Levelset, or import the ladder as YAML or Markdown.',
    example: YAML_SHAPE_EXAMPLE,
  });
}

function fromContent(content: FrameworkContent): ParsedDocument {
  const sections: ParsedDocumentSection[] = content.sections.map((s, i) => ({
    ...s,
    items: [...s.items],
    line: i + 1,
    include: true,
    setAsideReason: null,
    baseItems: [...s.items],
    levelTexts: [],
    isLevel: false,
  }));
  const parsed: ParsedDocument = {
    format: "levelset-json",
    title: content.name,
    description: content.description,
    sections,
    setAside: [],
    warnings: [],
    levels: [],
    pivot: { available: false, suggested: false, sections: [] },
    counts: {
      expectations: sections.reduce((n, s) => n + s.items.length, 0),
      items: sections.reduce((n, s) => n + s.items.length, 0),
      signals: 0,
      reference: 0,
      setAside: 0,
    },
  };
  if (content.guidance !== undefined) parsed.guidance = content.guidance;
  if (content.evidenceChecklist !== undefined) parsed.evidenceChecklist = content.evidenceChecklist;
  return parsed;
}

function readYamlDocument(source: string, isYamlFile: boolean): ParsedDocument | null {
  const yaml = readYaml(source);
  if (!yaml.ok) return isYamlFile ? emptyDocument("yaml", { kind: yaml.kind, message: yaml.message, example: YAML_SHAPE_EXAMPLE }) : null;
  const out = new DocBuilder();
  if (!buildFromYaml(yaml.data, source, out)) {
    if (!isYamlFile) return null;
    return emptyDocument("yaml", {
      kind: "nothing-usable",
      message:
        "This YAML has none of the shapes Levelset reads: a list of competencies (each with a name, items and optional per-level text), FT's levels/themes/competencies, or Monzo's topics. Here is the simplest one:",
      example: YAML_SHAPE_EXAMPLE,
    });
  }
  return withNothingUsable(finishDocument(out, "yaml"));
}

function readMarkdown(source: string, options: Options): ParsedDocument {
  const front = frontMatter(source);
  let body = source;
  const out = new DocBuilder();
  if (front !== null) {
    // Blank lines in place of the front matter keep every line number.
    body = "\n".repeat(front.lines) + source.split("\n").slice(front.lines).join("\n");
    const yaml = readYaml(front.yaml);
    if (yaml.ok && yamlShape(yaml.data) !== null) {
      buildFromYaml(yaml.data, source, out);
      const { blocks } = markdownBlocks(body);
      for (const block of blocks) {
        if (block.kind === "key") continue;
        const text = block.kind === "list" ? block.items.map((i) => i.text).join("\n") : block.kind === "table" ? "(table)" : block.text;
        out.putAside(block.line, text, YAML_SET_ASIDE_REASONS.body);
      }
      return withNothingUsable(finishDocument(out, "yaml"));
    }
    out.putAside(1, front.yaml, TEXT_SET_ASIDE_REASONS.frontMatter);
    if (yaml.ok && typeof yaml.data === "object" && yaml.data !== null && "title" in yaml.data) {
      const title = (yaml.data as { title?: unknown }).title;
      if (typeof title === "string" && title.trim() !== "") out.frontMatterTitle = title.trim();
    }
  }
  let read;
  try {
    read = markdownBlocks(body);
  } catch (error) {
    if (error instanceof RangeError) {
      return emptyDocument("markdown", {
        kind: "too-deep",
        message: "The document is nested too deeply to read (lists or quotes inside each other hundreds of times). Flatten it and try again.",
      });
    }
    throw error;
  }
  if (read.tooDeep)
    out.warn(
      "Some lists or quotes are nested too deeply (more than about 18 levels); what is deeper was read as plain text or left out. Flatten them in the source.",
    );
  if (read.unclosedFence !== null) {
    const { line, marker } = read.unclosedFence;
    out.warn(`The code block opened on line ${line} is never closed, so everything after it was read as code. Add a closing ${marker}.`);
  }
  buildFromBlocks(read.blocks, out, options.competencyAxis);
  if (out.title === undefined && out.frontMatterTitle !== undefined) out.title = out.frontMatterTitle;
  return withNothingUsable(finishDocument(out, "markdown"));
}

function withNothingUsable(parsed: ParsedDocument): ParsedDocument {
  // Signals or probing questions make a competency too (a Levelset export of a section without items).
  const usable = parsed.sections.some(
    (s) => s.items.length > 0 || s.levelTexts.length > 0 || s.seniorSignal !== "" || s.staffSignal !== "" || s.questions.length > 0,
  );
  if (usable) return parsed;
  const message =
    parsed.format === "yaml"
      ? "Nothing in this YAML could become a competency. Levelset expects competencies with items or per-level text, for example:"
      : "Nothing in this document could become a competency. Levelset reads a `## Heading` per competency with a list of expectations under it (or `### Senior` / `### Staff` sub-headings), for example:";
  return { ...parsed, problem: { kind: "nothing-usable", message, example: parsed.format === "yaml" ? YAML_SHAPE_EXAMPLE : EXPECTED_SHAPE_EXAMPLE } };
}

export { IMPORT_MAX_BYTES };
