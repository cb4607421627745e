import { z } from "zod";
import { safeTextCheck } from "@/lib/validation/text";
import { MAX_LINKS, parseLink, SETTABLE_STATUSES } from "./candidate-rules";

export { APPLICATION_STATUS_LABELS, MAX_LINKS, parseLink, SETTABLE_STATUSES, STATUS_TRANSITIONS } from "./candidate-rules";

export const addCandidateSchema = z.object({
  roleId: z.string().trim().min(1, "The role is missing. Reload the page.").max(100),
  name: z
    .string({ error: "Enter the candidate's name." })
    .trim()
    .min(1, "Enter the candidate's name.")
    .max(120, "Keep the name to 120 characters or fewer.")
    .superRefine(safeTextCheck("The name")),
  email: z
    .string({ error: "Enter the candidate's email address." })
    .trim()
    .min(1, "Enter the candidate's email address.")
    .max(254, "That email address is too long (254 characters at most).")
    .pipe(z.email("Enter a valid email address, like name@example.com."))
    .transform((v) => v.toLowerCase()),
  /** One link per line, as typed in the form. */
  links: z
    .string()
    .max(6000, "That is too much text for links; enter one link per line.")
    .superRefine(safeTextCheck("The links"))
    .default("")
    .transform((text, ctx) => {
      const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length > MAX_LINKS) {
        ctx.addIssue({ code: "custom", message: `Enter at most ${MAX_LINKS} links.` });
        return z.NEVER;
      }
      const links: string[] = [];
      for (const line of lines) {
        const link = parseLink(line);
        if (!link) {
          ctx.addIssue({
            code: "custom",
            message: `“${line.slice(0, 60)}” is not a web address. Enter one link per line, starting with https://.`,
          });
          return z.NEVER;
        }
        links.push(link);
      }
      return [...new Set(links)];
    }),
  notes: z.string().max(5000, "Keep the notes to 5,000 characters or fewer.").superRefine(safeTextCheck("The notes")).default(""),
});

export type AddCandidateInput = z.input<typeof addCandidateSchema>;

export const WITHDRAW_REASON_MIN = 5;

export const changeApplicationStatusSchema = z
  .object({
    applicationId: z.string().trim().min(1).max(100),
    status: z.enum(SETTABLE_STATUSES, { error: "Choose active, debrief or withdrawn." }),
    /** Why the candidate is withdrawn; required for a withdrawal, kept in the audit log. */
    reason: z.string().trim().max(1000, "Keep the reason to 1,000 characters or fewer.").superRefine(safeTextCheck("The reason")).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === "withdrawn" && (value.reason ?? "").length < WITHDRAW_REASON_MIN) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: `Say why the candidate is withdrawn (at least ${WITHDRAW_REASON_MIN} characters), such as “Accepted another offer”. It goes in the audit log.`,
      });
    }
  });

/**
 * Editing a candidate from one of their applications: the add form's fields and rules (the same schema, less the
 * role), plus the application it is edited from and the revision the form was loaded at (a stale one is refused).
 */
export const editCandidateSchema = addCandidateSchema.omit({ roleId: true }).extend({
  applicationId: z.string().trim().min(1, "The application is missing. Reload the page.").max(100),
  revision: z.coerce
    .number({ error: "The form is missing its revision. Reload the page." })
    .int("The form is missing its revision. Reload the page.")
    .min(0, "The form is missing its revision. Reload the page.")
    .max(1_000_000_000, "The form is missing its revision. Reload the page."),
});

export type EditCandidateInput = z.input<typeof editCandidateSchema>;
