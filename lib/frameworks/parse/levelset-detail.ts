/**
 * The sub-sections a Levelset Markdown export writes under each section ("Level signals",
 * "Probing questions", "Red flags"), read back into the section's signals, questions and red flags.
 */
import { FRAMEWORK_LIMITS } from "../framework-limits";
import { SEVERITY_LABELS } from "../red-flag-severity";
import type { ProbingQuestionContent, RedFlagSeverity } from "../types";
import type { DocBuilder, SectionDraft } from "./builder";
import { TEXT_SET_ASIDE_REASONS } from "./set-aside";

/** The line a Levelset Markdown export writes under its description when it uses ★. */
export const STAFF_CRITICAL_LEGEND = "★ marks a section that is Staff-critical by default.";

/** "references": the export's "Other levels" text, which a Markdown import does not read back (the JSON export keeps it). */
export type DetailKind = "signals" | "questions" | "red-flags" | "references";

const DETAIL_SUBHEADINGS: Record<string, DetailKind> = {
  "level signals": "signals",
  signals: "signals",
  "probing questions": "questions",
  questions: "questions",
  "red flags": "red-flags",
  "other levels": "references",
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

/**
 * Text over a field's limit is never cut: it is set aside whole, with the reason, so the preview
 * shows it and the recruiter can shorten it in the source or paste it into the editor.
 */
function fits(text: string, max: number, what: string, line: number, out: DocBuilder): string | null {
  if (text.length <= max) return text;
  out.putAside(line, text, `${what} is ${text.length.toLocaleString("en-US")} characters, more than the ${max.toLocaleString("en-US")} it can hold`);
  out.warn(
    `${what} on line ${line} is longer than ${max.toLocaleString("en-US")} characters; it was set aside whole, not cut. Shorten it and import again, or paste it into the editor.`,
  );
  return null;
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
    const kept = fits(senior, FRAMEWORK_LIMITS.signalMax, "The Senior signal", line, out);
    if (kept === null) return null;
    section.seniorSignal = kept;
    return "senior";
  }
  const staff = labelled(text, STAFF_LABELS);
  if (staff !== null) {
    const kept = fits(staff, FRAMEWORK_LIMITS.signalMax, "The Staff signal", line, out);
    if (kept === null) return null;
    section.staffSignal = kept;
    return "staff";
  }
  if (target === null) {
    out.putAside(line, text, TEXT_SET_ASIDE_REASONS.levelsetDetail);
    return null;
  }
  const key = target === "senior" ? "seniorSignal" : "staffSignal";
  const joined = `${section[key]} ${text}`.trim();
  if (joined.length > FRAMEWORK_LIMITS.signalMax) {
    // The signal so far stays; this continuation line, which would take it over the limit, is set aside whole.
    const what = target === "senior" ? "Senior" : "Staff";
    const max = FRAMEWORK_LIMITS.signalMax.toLocaleString("en-US");
    out.putAside(line, text, `Would take the ${what} signal past the ${max} characters it can hold`);
    out.warn(`Line ${line} would take the ${what} signal past ${max} characters; it was set aside whole, not cut.`);
    return null;
  }
  section[key] = joined;
  return target;
}

export function addQuestion(section: SectionDraft, head: string, children: string[], line: number, out: DocBuilder) {
  const question: ProbingQuestionContent = { prompt: head, seniorSignal: "", staffSignal: "" };
  for (const child of children) {
    const senior = labelled(child, SENIOR_LABELS);
    const staff = senior === null ? labelled(child, STAFF_LABELS) : null;
    if (senior !== null) question.seniorSignal = fits(senior, FRAMEWORK_LIMITS.signalMax, "The question's Senior answer", line, out) ?? "";
    else if (staff !== null) question.staffSignal = fits(staff, FRAMEWORK_LIMITS.signalMax, "The question's Staff answer", line, out) ?? "";
    else question.prompt = `${question.prompt} ${child}`.trim();
  }
  if (question.prompt === "") return;
  if (section.questions.length >= FRAMEWORK_LIMITS.questionsPerSectionMax) {
    out.warn(`"${section.name}" has more than ${FRAMEWORK_LIMITS.questionsPerSectionMax} probing questions; the one on line ${line} was left out.`);
    return;
  }
  if (fits(question.prompt, FRAMEWORK_LIMITS.questionPromptMax, "The question", line, out) === null) return;
  section.questions.push(question);
}

/** "- **Title** (Caps at Senior)": the export writes the severity's label after the title. */
export function redFlagSeveritySuffix(severity: RedFlagSeverity): string {
  return `(${SEVERITY_LABELS[severity]})`;
}

const SEVERITY_SUFFIXES = (Object.keys(SEVERITY_LABELS) as RedFlagSeverity[]).map((s) => [redFlagSeveritySuffix(s).toLowerCase(), s] as const);

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
  if (fits(title, FRAMEWORK_LIMITS.redFlagTitleMax, "The red flag title", line, out) === null) return;
  section.redFlags.push({
    title,
    description: fits(children.join(" "), FRAMEWORK_LIMITS.redFlagDescriptionMax, "The red flag description", line, out) ?? "",
    severity,
  });
}
