import "server-only";
import { invalid } from "@/lib/errors";
import { frameworkContentSchema } from "./framework-json";
import type { FrameworkContent } from "./types";

/** The content, checked against the shared schema; throws an `invalid` DomainError whose field errors use paths like "sections.2.name". */
export function validContentOrThrow(content: unknown, message = "Some fields need attention; nothing was saved."): FrameworkContent {
  const parsed = frameworkContentSchema.safeParse(content);
  if (parsed.success) return parsed.data;
  // The same shape validatedAction gives (imported from there it would drag next-auth into the domain).
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  throw invalid(message, fieldErrors);
}

/**
 * For imports, whose form shows one message rather than a field per section: the same check, with
 * the first problems named by section ("System design": a section can have at most 200 checklist items).
 */
export function importableContentOrThrow(content: FrameworkContent): FrameworkContent {
  const parsed = frameworkContentSchema.safeParse(content);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 3).map((issue) => {
    const [head, index] = issue.path;
    const section = head === "sections" && typeof index === "number" ? content.sections[index] : undefined;
    return section ? `"${section.name}": ${issue.message}` : issue.message;
  });
  const more = parsed.error.issues.length - problems.length;
  const message = `${problems.join(" ")}${more > 0 ? ` (and ${more} more)` : ""} Nothing was saved.`;
  throw invalid(message, { [parsed.error.issues[0]?.path[0] === "name" ? "name" : "include"]: [message] });
}
