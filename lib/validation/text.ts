/**
 * The text rule for every free-text field (names, notes, evidence, rationale…): no NUL, no broken
 * characters (lone surrogates) and no bidirectional override or isolate controls (U+202A–U+202E,
 * U+2066–U+2069), which can make text read differently on screen than it is stored ("Trojan Source").
 * Client-safe: no "server-only", no drizzle.
 */
import { z } from "zod";

// eslint-disable-next-line no-control-regex -- NUL is exactly what this rejects
const NUL = /\u0000/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Why `text` breaks the rule, in words a person can act on; null when it is fine. */
export function unsafeTextProblem(text: string, label = "This text"): string | null {
  if (NUL.test(text)) return `${label} contains a null character (U+0000); remove it and try again.`;
  if (!text.isWellFormed()) return `${label} contains a broken character (an unpaired surrogate); retype or paste it again.`;
  if (BIDI_CONTROL.test(text)) {
    return `${label} contains an invisible text-direction control (U+202A–U+202E or U+2066–U+2069); remove it and try again.`;
  }
  return null;
}

export function isSafeText(text: string): boolean {
  return unsafeTextProblem(text) === null;
}

/** A superRefine step that adds the rule to an existing z.string() chain. */
export function safeTextCheck(label?: string) {
  return (text: string, ctx: z.RefinementCtx) => {
    const problem = unsafeTextProblem(text, label);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };
}

type TextOptions = { max: number; label?: string };

/** Multi-line free text (notes, evidence), at most `max` characters. */
export function safeText({ max, label = "This text" }: TextOptions) {
  return z
    .string({ error: `${label} must be text.` })
    .max(max, `${label} must be at most ${max.toLocaleString("en-US")} characters.`)
    .superRefine(safeTextCheck(label));
}

/** One line (a name, a title): trimmed, no line breaks, at most `max` characters. */
export function safeLine({ max, label = "This text" }: TextOptions) {
  return safeText({ max, label })
    .trim()
    .refine((text) => !/[\r\n]/.test(text), `${label} must fit on one line.`);
}
