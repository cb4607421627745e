/**
 * The sub-sections a Levelset Markdown export writes under each section ("Level signals",
 * "Probing questions", "Red flags"), read back into the section's signals, questions and red flags.
 */
import { FRAMEWORK_LIMITS } from "../framework-limits";
import { TEXT_SET_ASIDE_REASONS } from "../parse-checklist-markdown";
import type { ProbingQuestionContent, RedFlagSeverity } from "../types";
import type { DocBuilder, SectionDraft } from "./builder";

export type DetailKind = "signals" | "questions" | "red-flags";

const DETAIL_SUBHEADINGS: Record<string, DetailKind> = {
  "level signals": "signals",
  signals: "signals",
  "probing questions": "questions",
  questions: "questions",
  "red flags": "red-flags",
};

export function detailKind(name: string): DetailKind | null {
  return (
    DETAIL_SUBHEADINGS[
      name
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim()
    ] ?? null
  );
}

function labelled(text: string, labels: string[]): string | null {
  const lower = text.toLowerCase();
  for (const label of labels) if (lower.startsWith(label)) return text.slice(label.length).trim();
  return null;
}

const SENIOR_LABELS = ["senior signal:", "senior:"];
const STAFF_LABELS = ["staff signal:", "staff:"];

function limit(text: string, max: number, what: string, line: number, out: DocBuilder): string {
  if (text.length <= max) return text;
  out.warn(`${what} on line ${line} is longer than ${max} characters and was shortened.`);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

export function addSignalLine(
  section: SectionDraft,
  target: "senior" | "staff" | null,
  text: string,
  line: number,
  out: DocBuilder,
): "senior" | "staff" | null {
  if (text === "") return target;
  const senior = labelled(text, SENIOR_LABELS);
  if (senior !== null) {
    section.seniorSignal = limit(senior, FRAMEWORK_LIMITS.signalMax, "The Senior signal", line, out);
    return "senior";
  }
  const staff = labelled(text, STAFF_LABELS);
  if (staff !== null) {
    section.staffSignal = limit(staff, FRAMEWORK_LIMITS.signalMax, "The Staff signal", line, out);
    return "staff";
  }
  if (target === null) {
    out.putAside(line, text, TEXT_SET_ASIDE_REASONS.levelsetDetail);
    return null;
  }
  const key = target === "senior" ? "seniorSignal" : "staffSignal";
  section[key] = limit(`${section[key]} ${text}`.trim(), FRAMEWORK_LIMITS.signalMax, "The signal", line, out);
  return target;
}

export function addQuestion(section: SectionDraft, head: string, children: string[], line: number, out: DocBuilder) {
  const question: ProbingQuestionContent = { prompt: head, seniorSignal: "", staffSignal: "" };
  for (const child of children) {
    const senior = labelled(child, SENIOR_LABELS);
    const staff = senior === null ? labelled(child, STAFF_LABELS) : null;
    if (senior !== null) question.seniorSignal = limit(senior, FRAMEWORK_LIMITS.signalMax, "The Senior signal", line, out);
    else if (staff !== null) question.staffSignal = limit(staff, FRAMEWORK_LIMITS.signalMax, "The Staff signal", line, out);
    else question.prompt = `${question.prompt} ${child}`.trim();
  }
  if (question.prompt === "") return;
  if (section.questions.length >= FRAMEWORK_LIMITS.questionsPerSectionMax) {
    out.warn(`"${section.name}" has more than ${FRAMEWORK_LIMITS.questionsPerSectionMax} probing questions; the one on line ${line} was left out.`);
    return;
  }
  question.prompt = limit(question.prompt, FRAMEWORK_LIMITS.questionPromptMax, "The question", line, out);
  section.questions.push(question);
}

const SEVERITY_SUFFIXES: [string, RedFlagSeverity][] = [
  ["(note)", "note"],
  ["(caps at senior)", "caps-at-senior"],
  ["(blocks hire)", "blocks-hire"],
];

export function addRedFlag(section: SectionDraft, head: string, children: string[], line: number, out: DocBuilder) {
  let title = head;
  let severity: RedFlagSeverity = "note";
  const lower = head.toLowerCase();
  for (const [suffix, value] of SEVERITY_SUFFIXES) {
    if (lower.endsWith(suffix)) {
      title = head.slice(0, -suffix.length).trim();
      severity = value;
      break;
    }
  }
  if (title === "") return;
  if (section.redFlags.length >= FRAMEWORK_LIMITS.redFlagsPerSectionMax) {
    out.warn(`"${section.name}" has more than ${FRAMEWORK_LIMITS.redFlagsPerSectionMax} red flags; the one on line ${line} was left out.`);
    return;
  }
  section.redFlags.push({
    title: limit(title, FRAMEWORK_LIMITS.redFlagTitleMax, "The red flag title", line, out),
    description: limit(children.join(" "), FRAMEWORK_LIMITS.redFlagDescriptionMax, "The red flag description", line, out),
    severity,
  });
}
