/**
 * The editor's working copy of a framework: FrameworkContent plus a client id on every row so
 * React keeps focus and state on the right row while rows move. Pure functions only.
 */
import type {
  FrameworkContent,
  LevelReferenceContent,
  PanelEvidenceContent,
  ProbingQuestionContent,
  RedFlagContent,
  RedFlagSeverity,
  SectionContent,
} from "@/lib/frameworks/types";
import { slugify, uniqueKey } from "@/lib/frameworks/section-key";

export type EditorItem = { uid: string; text: string };
export type EditorQuestion = ProbingQuestionContent & { uid: string };
export type EditorRedFlag = RedFlagContent & { uid: string };
export type EditorLevelReference = LevelReferenceContent & { uid: string };
/** A checklist item points at sections by their editor uid, so renaming a section's key or removing it keeps the item right. */
export type EditorEvidenceItem = Omit<PanelEvidenceContent, "sectionKeys"> & { uid: string; sectionUids: string[] };
export type EditorSection = Omit<SectionContent, "items" | "questions" | "redFlags" | "levelReferences"> & {
  uid: string;
  items: EditorItem[];
  questions: EditorQuestion[];
  redFlags: EditorRedFlag[];
  levelReferences: EditorLevelReference[];
  /** A new section's key follows its name until someone edits the key; a saved section's key never changes by itself. */
  keyFollowsName: boolean;
};
export type EditorDoc = {
  name: string;
  description: string;
  sections: EditorSection[];
  guidance: { senior: EditorItem[]; staff: EditorItem[] };
  /** null: the built-in panel evidence checklist applies. */
  checklist: EditorEvidenceItem[] | null;
};

let counter = 0;
/** Ids for rows added in the browser; rows from the server get positional ids so server and client render alike. */
export function newUid(prefix: string): string {
  counter += 1;
  return `${prefix}n${counter}`;
}

export function toEditorDoc(content: FrameworkContent): EditorDoc {
  const uidByKey = new Map(content.sections.map((s, si) => [s.key, `s${si}`]));
  return {
    name: content.name,
    description: content.description,
    sections: content.sections.map(({ levelReferences, ...s }, si) => ({
      ...s,
      uid: `s${si}`,
      keyFollowsName: false,
      items: s.items.map((text, i) => ({ uid: `s${si}i${i}`, text })),
      questions: s.questions.map((q, i) => ({ ...q, uid: `s${si}q${i}` })),
      redFlags: s.redFlags.map((f, i) => ({ ...f, uid: `s${si}f${i}` })),
      levelReferences: (levelReferences ?? []).map((r, i) => ({ ...r, uid: `s${si}r${i}` })),
    })),
    guidance: {
      senior: (content.guidance?.senior ?? []).map((text, i) => ({ uid: `gs${i}`, text })),
      staff: (content.guidance?.staff ?? []).map((text, i) => ({ uid: `gt${i}`, text })),
    },
    checklist:
      content.evidenceChecklist?.map(({ sectionKeys, ...item }, i) => ({
        ...item,
        uid: `e${i}`,
        sectionUids: sectionKeys.flatMap((key) => uidByKey.get(key) ?? []),
      })) ?? null,
  };
}

/** Back to FrameworkContent; optional parts are left out when empty, the shape the server loads, so an untouched draft is not "unsaved". */
export function toContent(doc: EditorDoc): FrameworkContent {
  const keyByUid = new Map(doc.sections.map((s) => [s.uid, s.key]));
  const hasGuidance = doc.guidance.senior.length > 0 || doc.guidance.staff.length > 0;
  return {
    name: doc.name,
    description: doc.description,
    sections: doc.sections.map((s) => ({
      key: s.key,
      name: s.name,
      description: s.description,
      items: s.items.map((i) => i.text),
      seniorSignal: s.seniorSignal,
      staffSignal: s.staffSignal,
      questions: s.questions.map(({ prompt, seniorSignal, staffSignal }) => ({ prompt, seniorSignal, staffSignal })),
      redFlags: s.redFlags.map(({ title, description, severity }) => ({ title, description, severity })),
      staffCriticalByDefault: s.staffCriticalByDefault,
      ...(s.levelReferences.length > 0 ? { levelReferences: s.levelReferences.map(({ level, text }) => ({ level, text })) } : {}),
    })),
    ...(hasGuidance ? { guidance: { senior: doc.guidance.senior.map((l) => l.text), staff: doc.guidance.staff.map((l) => l.text) } } : {}),
    ...(doc.checklist === null
      ? {}
      : {
          evidenceChecklist: doc.checklist.map((e) => ({
            ...(e.key === undefined ? {} : { key: e.key }),
            label: e.label,
            description: e.description,
            sectionKeys: e.sectionUids.flatMap((uid) => keyByUid.get(uid) ?? []),
            ...(e.required === undefined ? {} : { required: e.required }),
            ...(e.broadScopeOnly ? { broadScopeOnly: true } : {}),
          })),
        }),
  };
}

/** The editable copy of a checklist (the built-in one when the framework starts customising), pointing at this doc's sections. */
export function editorChecklist(checklist: PanelEvidenceContent[], sections: EditorSection[]): EditorEvidenceItem[] {
  const uidByKey = new Map(sections.map((s) => [s.key, s.uid]));
  return checklist.map(({ sectionKeys, ...item }) => ({
    ...item,
    uid: newUid("e"),
    sectionUids: sectionKeys.flatMap((key) => uidByKey.get(key) ?? []),
  }));
}

export const newEvidenceItem = (): EditorEvidenceItem => ({ uid: newUid("e"), label: "", description: "", sectionUids: [] });
export const newLevelReference = (): EditorLevelReference => ({ uid: newUid("r"), level: "", text: "" });

export function newSection(existingKeys: Iterable<string>): EditorSection {
  return {
    uid: newUid("s"),
    key: sectionKeyFrom("", existingKeys),
    name: "",
    description: "",
    items: [{ uid: newUid("i"), text: "" }],
    seniorSignal: "",
    staffSignal: "",
    questions: [],
    redFlags: [],
    levelReferences: [],
    staffCriticalByDefault: false,
    keyFollowsName: true,
  };
}

export const newQuestion = (): EditorQuestion => ({ uid: newUid("q"), prompt: "", seniorSignal: "", staffSignal: "" });
export const newRedFlag = (severity: RedFlagSeverity = "note"): EditorRedFlag => ({ uid: newUid("f"), title: "", description: "", severity });

/** Moves the element at `from` to index `to`, returning a new array. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [row] = next.splice(from, 1);
  if (row !== undefined) next.splice(to, 0, row);
  return next;
}

/** "System design & architecture" → "system-design-architecture", unique among `taken` (the importer's rule). */
export function sectionKeyFrom(name: string, taken: Iterable<string>): string {
  return uniqueKey(slugify(name), new Set(taken));
}

/** The label a control uses for a section: its name, or its position when it has none yet. */
export function sectionLabel(section: EditorSection, index: number): string {
  return section.name.trim() || `section ${index + 1}`;
}

// ─── Field ids and server errors ───────────────────────────────────────────

export const fieldIds = {
  name: "fw-name",
  description: "fw-description",
  sections: "fw-sections",
  guidance: "fw-guidance",
  checklist: "fw-checklist",
  section: (
    uid: string,
    field:
      | "name"
      | "key"
      | "description"
      | "seniorSignal"
      | "staffSignal"
      | "staffCriticalByDefault"
      | "items"
      | "questions"
      | "redFlags"
      | "levelReferences",
  ) => `${uid}-${field}`,
  item: (uid: string) => `${uid}-text`,
  question: (uid: string, field: "prompt" | "seniorSignal" | "staffSignal") => `${uid}-${field}`,
  redFlag: (uid: string, field: "title" | "description" | "severity") => `${uid}-${field}`,
  levelReference: (uid: string, field: "level" | "text") => `${uid}-${field}`,
  evidence: (uid: string, field: "label" | "description" | "sections" | "required" | "key") => `${uid}-${field}`,
};

export type EditorErrors = Record<string, string>;

/** How the framework editor's parts keep focus and speak: focus an element by id after the next render, announce a change. */
export type EditorHelpers = { focusLater: (id: string) => void; announce: (message: string) => void };

/** What a part of one section's editor (its red flags, its level references) gets. */
export type SectionPartProps = EditorHelpers & {
  section: EditorSection;
  /** The section's name as the controls say it. */
  label: string;
  errors: EditorErrors;
  onChange: (update: (s: EditorSection) => EditorSection) => void;
};

const SECTION_FIELDS = [
  "name",
  "key",
  "description",
  "seniorSignal",
  "staffSignal",
  "staffCriticalByDefault",
  "items",
  "questions",
  "redFlags",
  "levelReferences",
] as const;

/**
 * Server field errors use content paths ("content.sections.2.questions.0.prompt" or
 * "sections.2.name"); this maps them to the ids of the inputs in the document that was sent,
 * and lists the sections to open so every error is visible.
 */
export function mapFieldErrors(
  fieldErrors: Record<string, string[] | undefined> | undefined,
  sent: EditorDoc,
): { errors: EditorErrors; sectionsToOpen: string[] } {
  const errors: EditorErrors = {};
  const open = new Set<string>();
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const parts = path.split(".");
    if (parts[0] === "content") parts.shift();
    const id = idForPath(parts, sent, open);
    errors[id] ??= message;
  }
  return { errors, sectionsToOpen: [...open] };
}

function idForPath(parts: string[], sent: EditorDoc, open: Set<string>): string {
  const [head, index, field, childIndex, childField] = parts;
  if (head === "name") return fieldIds.name;
  if (head === "description") return fieldIds.description;
  if (head === "guidance") {
    const line = (index === "senior" ? sent.guidance.senior : index === "staff" ? sent.guidance.staff : [])[Number(field)];
    return line ? fieldIds.item(line.uid) : fieldIds.guidance;
  }
  if (head === "evidenceChecklist") {
    const item = index === undefined ? undefined : sent.checklist?.[Number(index)];
    if (!item) return fieldIds.checklist;
    const f = field === "description" || field === "required" || field === "key" ? field : field === "sectionKeys" ? "sections" : "label";
    return fieldIds.evidence(item.uid, f);
  }
  if (head !== "sections" || index === undefined) return fieldIds.sections;
  const section = sent.sections[Number(index)];
  if (!section) return fieldIds.sections;
  open.add(section.uid);
  const sectionField = SECTION_FIELDS.find((f) => f === field);
  if (!sectionField) return fieldIds.section(section.uid, "name");
  if (childIndex !== undefined) {
    const i = Number(childIndex);
    if (sectionField === "items") {
      const item = section.items[i];
      if (item) return fieldIds.item(item.uid);
    }
    if (sectionField === "questions") {
      const q = section.questions[i];
      if (q) return fieldIds.question(q.uid, childField === "seniorSignal" || childField === "staffSignal" ? childField : "prompt");
    }
    if (sectionField === "redFlags") {
      const f = section.redFlags[i];
      if (f) return fieldIds.redFlag(f.uid, childField === "description" || childField === "severity" ? childField : "title");
    }
    if (sectionField === "levelReferences") {
      const r = section.levelReferences[i];
      if (r) return fieldIds.levelReference(r.uid, childField === "text" ? "text" : "level");
    }
  }
  return fieldIds.section(section.uid, sectionField);
}
