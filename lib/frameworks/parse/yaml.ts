/**
 * Ladders written as YAML (a .yml file or Markdown front matter), read with `yaml`:
 * - FT's engineering progression: `levels` ({id, name}), `themes` ({id, name, summary}) and
 *   `competencies` ({level, theme, summary}): one section per theme, text per level;
 * - Monzo's progression framework: `topics` → `content` ({level, criteria, exampleCriteria});
 * - the generic shape documented in the README (`competencies` with `items` and `levels`).
 */
import { parseDocument } from "yaml";
import { collapseWhitespace } from "./blocks";
import type { DocBuilder, SectionDraft } from "./builder";

export const YAML_SET_ASIDE_REASONS = {
  unknownTheme: "YAML entry whose theme or level is not listed in the file",
  unread: "YAML field Levelset does not read",
  body: "Text after the front matter (the framework itself is in the front matter)",
} as const;

/** At most this many aliases are expanded: a "billion laughs" file is refused, not expanded. */
const MAX_ALIASES = 200;

export type YamlRead = { ok: true; data: unknown } | { ok: false; kind: "yaml-syntax" | "too-deep"; message: string };

export function readYaml(text: string): YamlRead {
  try {
    const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true });
    const error = doc.errors[0];
    if (error !== undefined) {
      const pos = error.linePos?.[0];
      const where = pos ? `line ${pos.line}, column ${pos.col}` : "somewhere in the file";
      return {
        ok: false,
        kind: "yaml-syntax",
        message: `The YAML is not valid at ${where}: ${error.message.split("\n")[0] ?? ""} Fix that spot and try again.`,
      };
    }
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      return {
        ok: false,
        kind: "yaml-syntax",
        message:
          "The YAML uses anchors and aliases (& and *) so many times that expanding them would take a huge amount of memory; Levelset refuses such files. Write the repeated text out, or use fewer aliases.",
      };
    }
    if (error instanceof RangeError)
      return { ok: false, kind: "too-deep", message: "The YAML is nested too deeply to read. Flatten it and try again." };
    return { ok: false, kind: "yaml-syntax", message: `The YAML could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

type Rec = Record<string, unknown>;

function isRec(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  if (typeof value === "string") return collapseWhitespace(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/** Leading emoji and symbols off a title: "🛠️ Backend Engineering Framework" → "Backend Engineering Framework". */
export function cleanTitle(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, "").trim();
}

function capitalise(text: string): string {
  return text === "" ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** Which of the known shapes this data has, if any. */
export function yamlShape(data: unknown): "ft" | "monzo" | "generic" | null {
  if (!isRec(data)) return null;
  if (Array.isArray(data.themes) && Array.isArray(data.competencies) && Array.isArray(data.levels)) return "ft";
  if (Array.isArray(data.topics)) return "monzo";
  if (Array.isArray(data.competencies) || Array.isArray(data.sections)) return "generic";
  return null;
}

function lineFinder(source: string) {
  return (needle: string): number => {
    const probe = needle.slice(0, 40);
    const at = probe === "" ? -1 : source.indexOf(probe);
    if (at < 0) return 1;
    let line = 1;
    for (let i = 0; i < at; i++) if (source.charCodeAt(i) === 10) line++;
    return line;
  };
}

export function buildFromYaml(data: unknown, source: string, out: DocBuilder): boolean {
  const shape = yamlShape(data);
  if (shape === null || !isRec(data)) return false;
  const lineOf = lineFinder(source);
  if (shape === "ft") readFt(data, out, lineOf);
  else if (shape === "monzo") readMonzo(data, out, lineOf);
  else readGeneric(data, out, lineOf);
  return true;
}

function readFt(data: Rec, out: DocBuilder, lineOf: (s: string) => number) {
  const title = str(data.name);
  if (title !== "") out.title = title;
  const summary = str(data.summary);
  if (summary !== "") out.description = summary;
  const levels = new Map<string, string>();
  for (const level of list(data.levels)) {
    if (!isRec(level)) continue;
    const id = str(level.id);
    const name = str(level.name) || id;
    if (id !== "") levels.set(id, out.noteLevel(name));
  }
  const themes = new Map<string, SectionDraft>();
  for (const theme of list(data.themes)) {
    if (!isRec(theme)) continue;
    const id = str(theme.id);
    const name = str(theme.name) || id;
    const section = out.startSection(lineOf(`name: ${name}`), name);
    if (section === null) break;
    section.description = str(theme.summary);
    themes.set(id, section);
  }
  for (const competency of list(data.competencies)) {
    if (!isRec(competency)) continue;
    const text = str(competency.summary);
    const section = themes.get(str(competency.theme));
    const level = levels.get(str(competency.level));
    if (section === undefined || level === undefined) {
      out.putAside(lineOf(text), text || JSON.stringify(competency), YAML_SET_ASIDE_REASONS.unknownTheme);
      continue;
    }
    out.addLevelText(section, level, text);
  }
}

function readMonzo(data: Rec, out: DocBuilder, lineOf: (s: string) => number) {
  const title = cleanTitle(str(data.title));
  if (title !== "") out.title = title;
  for (const topic of list(data.topics)) {
    if (!isRec(topic)) continue;
    const name = cleanTitle(str(topic.title)) || capitalise(str(topic.name));
    const section = out.startSection(lineOf(`name: "${str(topic.name)}"`), name);
    if (section === null) break;
    for (const entry of list(topic.content)) {
      if (!isRec(entry)) continue;
      const levelValue = str(entry.level);
      const level = /^\d+$/.test(levelValue) ? `Level ${levelValue}` : levelValue || "Unlevelled";
      for (const criterion of list(entry.criteria)) out.addLevelText(section, level, str(criterion));
      for (const example of list(entry.exampleCriteria)) {
        if (!isRec(example)) continue;
        const examples = list(example.examples).map(str).filter(Boolean);
        const text = str(example.criteria);
        out.addLevelText(section, level, examples.length === 0 ? text : `${text} (for example: ${examples.join("; ")})`);
      }
    }
  }
}

function texts(value: unknown): string[] {
  return list(value)
    .map((v) => (isRec(v) ? str(v.text ?? v.summary ?? v.description) : str(v)))
    .filter(Boolean);
}

/**
 * The generic shape (README, "Import a ladder as YAML"):
 * name, description, levels: [..], competencies: [{ name, description, staffCritical, items, levels: { Senior: [..] } }],
 * guidance: { senior: [..], staff: [..] }, evidence: [{ label, description }]
 */
function readGeneric(data: Rec, out: DocBuilder, lineOf: (s: string) => number) {
  const title = str(data.name ?? data.title);
  if (title !== "") out.title = title;
  const description = str(data.description ?? data.summary);
  if (description !== "") out.description = description;
  for (const level of list(data.levels)) {
    const name = isRec(level) ? str(level.name) : str(level);
    if (name !== "") out.noteLevel(name);
  }
  for (const competency of list(data.competencies ?? data.sections)) {
    if (!isRec(competency)) continue;
    const name = str(competency.name ?? competency.title);
    const critical = competency.staffCritical === true || competency.staff_critical === true;
    const section = out.startSection(lineOf(name), critical && !/[★⭐]/u.test(name) ? `${name} ★` : name);
    if (section === null) break;
    section.description = str(competency.description ?? competency.summary);
    for (const item of texts(competency.items ?? competency.expectations)) out.addItem(section, item);
    const byLevel = competency.levels;
    if (isRec(byLevel)) for (const [level, value] of Object.entries(byLevel)) for (const text of texts(value)) out.addLevelText(section, level, text);
  }
  const guidance = data.guidance;
  if (isRec(guidance)) out.guidance = { senior: texts(guidance.senior), staff: texts(guidance.staff) };
  const evidence = list(data.evidence ?? data.evidenceChecklist);
  if (evidence.length > 0) {
    out.evidence = evidence
      .map((e) =>
        isRec(e)
          ? { label: str(e.label ?? e.name), description: str(e.description), sectionKeys: [] }
          : { label: str(e), description: "", sectionKeys: [] },
      )
      .filter((e) => e.label !== "");
  }
}
