"use client";

import { useRef } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { hintClass, inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import { ActionForm } from "@/components/ui/action-form";

type Action = (prev: ActionResult<never>, payload: Record<string, unknown>) => Promise<ActionResult<never>>;
type Field = "name" | "email" | "links" | "notes";

/** Adding to a role, or editing the candidate from one application, at the revision the page loaded. */
export type CandidateFormTarget =
  | { kind: "add"; roleId: string }
  | {
      kind: "edit";
      applicationId: string;
      revision: number;
      initial: { name: string; email: string; links: string[]; notes: string };
    };

/**
 * Adds a candidate to a role (an email Levelset already knows attaches that candidate instead), or edits one: the
 * same fields, the same schema on the server. The fields are uncontrolled and read at submit: nothing typed is lost,
 * before hydration or after a refusal (the form is submitted by hand, so React never resets it); after a refusal focus
 * goes to the first field to fix, or to the message.
 */
export function CandidateForm({ target, action }: { target: CandidateFormTarget; action: Action }) {
  const [state, dispatch, pending] = useFormAction<ActionResult<never>, Record<string, unknown>>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const editing = target.kind === "edit";
  const initial = editing ? target.initial : null;
  const err = (key: Field) => (!state.ok ? state.fieldErrors?.[key]?.[0] : undefined);
  const field = (key: Field) => ({
    id: `candidate-${key}`,
    name: key,
    "aria-invalid": Boolean(err(key)),
    "aria-describedby": [`candidate-${key}-hint`, err(key) ? `candidate-${key}-error` : ""].filter(Boolean).join(" "),
  });
  return (
    <ActionForm
      label={editing ? "Edit candidate" : "Add candidate"}
      ref={form}
      className="space-y-4"
      onSubmit={(data) => {
        const text = (key: Field) => {
          const value = data.get(key);
          return typeof value === "string" ? value : "";
        };
        const fields = { name: text("name"), email: text("email"), links: text("links"), notes: text("notes") };
        const where = target.kind === "edit" ? { applicationId: target.applicationId, revision: target.revision } : { roleId: target.roleId };
        dispatch({ ...where, ...fields });
      }}
    >
      {!state.ok && state.message ? (
        <FormMessage tone="error" testId="candidate-form-message">
          {state.message}
        </FormMessage>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="candidate-name" className={labelClass}>
            Name
          </label>
          <input {...field("name")} defaultValue={initial?.name} className={`mt-1 ${inputClass}`} maxLength={120} autoComplete="off" />
          <p id="candidate-name-hint" className={hintClass}>
            As the candidate writes it.
          </p>
          <FieldError id="candidate-name-error" message={err("name")} />
        </div>
        <div>
          <label htmlFor="candidate-email" className={labelClass}>
            Email
          </label>
          <input {...field("email")} defaultValue={initial?.email} type="email" className={`mt-1 ${inputClass}`} maxLength={254} autoComplete="off" />
          <p id="candidate-email-hint" className={hintClass}>
            {editing
              ? "One email per candidate: an address another candidate has is refused."
              : "If Levelset already knows this email, that candidate is added to this role as they are."}
          </p>
          <FieldError id="candidate-email-error" message={err("email")} />
        </div>
      </div>
      <div>
        <label htmlFor="candidate-links" className={labelClass}>
          Links
        </label>
        <textarea {...field("links")} defaultValue={initial?.links.join("\n")} rows={3} className={`mt-1 ${inputClass}`} />
        <p id="candidate-links-hint" className={hintClass}>
          One per line: GitHub, LinkedIn, a personal site. Each starts with https://.
        </p>
        <FieldError id="candidate-links-error" message={err("links")} />
      </div>
      <div>
        <label htmlFor="candidate-notes" className={labelClass}>
          Recruiter notes
        </label>
        <textarea {...field("notes")} defaultValue={initial?.notes} rows={4} className={`mt-1 ${inputClass}`} maxLength={5000} />
        <p id="candidate-notes-hint" className={hintClass}>
          Seen by recruiters, admins and the hiring manager; never by interviewers.{editing ? " They belong to this application only." : ""}
        </p>
        <FieldError id="candidate-notes-error" message={err("notes")} />
      </div>
      <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
        {editing ? (pending ? "Saving…" : "Save changes") : pending ? "Adding…" : "Add candidate"}
      </button>
    </ActionForm>
  );
}
