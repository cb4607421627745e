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
