import type { FrameworkContent } from "./types";

/** What publishing allows but a recruiter should know about; the editor shows the same list before confirming. */
export function publishWarnings(content: FrameworkContent): string[] {
  const warnings: string[] = [];
  const noQuestions = content.sections.filter((s) => s.questions.length === 0).map((s) => s.name);
  if (noQuestions.length > 0) {
    warnings.push(
      `${listNames(noQuestions)} ${noQuestions.length === 1 ? "has" : "have"} no probing questions, so interviewers get no prompts for ${noQuestions.length === 1 ? "it" : "them"}.`,
    );
  }
  const noItems = content.sections.filter((s) => s.items.length === 0).map((s) => s.name);
  if (noItems.length > 0) {
    warnings.push(`${listNames(noItems)} ${noItems.length === 1 ? "has" : "have"} no checklist items.`);
  }
  return warnings;
}

function listNames(names: string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
