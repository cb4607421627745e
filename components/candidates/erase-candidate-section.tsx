"use client";

import { useRef } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { hintClass, inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import { ActionForm } from "@/components/ui/action-form";

type Action = (prev: ActionResult<unknown>, payload: Record<string, unknown>) => Promise<ActionResult<unknown>>;

const eraseButton =
  "inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:cursor-not-allowed disabled:opacity-60";

/**
 * The danger zone of a candidate's page: what erasure removes and what stays, then a dialog where the
 * recruiter or admin types the candidate's full name. The field is uncontrolled and the form submitted by
 * hand, so a refused name stays in the field as typed.
 */
export function EraseCandidateSection({
  candidateId,
  applicationId,
  candidateName,
  applicationCount,
  action,
}: {
  candidateId: string;
  applicationId: string;
  candidateName: string;
  applicationCount: number;
  action: Action;
}) {
  const [state, dispatch, pending] = useFormAction<ActionResult<unknown>, Record<string, unknown>>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  const error = !state.ok ? state.fieldErrors?.confirmName?.[0] : undefined;
  const roles = applicationCount === 1 ? "this role" : `all ${applicationCount} roles they applied to`;

  return (
    <section aria-labelledby="erase-heading" className="rounded-xl border border-red-300 bg-red-50/40 shadow-sm">
      <div className="border-b border-red-200 px-4 py-3 sm:px-5">
        <h2 id="erase-heading" className="font-semibold text-red-800">
          Erase candidate
        </h2>
        <p className="mt-0.5 text-sm text-red-900/80">
          For a person who asks to be forgotten, or whose data should no longer be kept. This cannot be undone.
        </p>
      </div>
      <div className="space-y-3 px-4 py-3 text-sm text-slate-700 sm:px-5">
        <p>
          Removes {candidateName}&apos;s name, email and links, and in {roles}: the notes, written evidence, red-flag notes, scorecard summaries,
          amendment and decision reasons, and their mentions in the audit log.
        </p>
        <p>Ratings, scopes and decisions stay as anonymous numbers, so calibration analytics keep counting them.</p>
        <button type="button" className={eraseButton} disabled={!hydrated} onClick={() => dialog.current?.showModal()}>
          Erase candidate…
        </button>
      </div>

      <dialog
        ref={dialog}
        aria-labelledby="erase-dialog-heading"
        aria-describedby="erase-dialog-description"
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-red-300 bg-white p-0 shadow-xl backdrop:bg-slate-900/50"
      >
        <ActionForm
          label="Erase candidate"
          className="space-y-4 p-5"
          onSubmit={(data) => {
            const value = data.get("confirmName");
            dispatch({ candidateId, applicationId, confirmName: typeof value === "string" ? value : "" });
          }}
        >
          <h2 id="erase-dialog-heading" className="text-lg font-semibold text-red-800">
            Erase {candidateName}?
          </h2>
          <div id="erase-dialog-description" className="space-y-2 text-sm text-slate-700">
            <p>
              <strong>Removed everywhere:</strong> name, email, links, notes, written evidence, red-flag notes, summaries, amendment and decision
              reasons, and the audit log&apos;s mentions of them.
            </p>
            <p>
              <strong>Kept, anonymous:</strong> ratings (0–2), scopes, recommendations and decisions, shown as &ldquo;Erased candidate&rdquo;. The
              audit log records that you erased a candidate, without their name.
            </p>
          </div>
          {!state.ok && state.message ? (
            <FormMessage tone="error" testId="erase-message">
              {state.message}
            </FormMessage>
          ) : null}
          <div>
            <label htmlFor="erase-confirm-name" className={labelClass}>
              Type the candidate&apos;s name to confirm
            </label>
            <input
              id="erase-confirm-name"
              name="confirmName"
              className={`mt-1 ${inputClass}`}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              aria-invalid={Boolean(error)}
              aria-describedby={["erase-confirm-hint", error ? "erase-confirm-error" : ""].filter(Boolean).join(" ")}
            />
            <p id="erase-confirm-hint" className={hintClass}>
              Exactly as shown: <span className="font-medium text-slate-700">{candidateName}</span>
            </p>
            <FieldError id="erase-confirm-error" message={error} />
          </div>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={secondaryButton} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className={eraseButton} disabled={!hydrated || pending}>
              {pending ? "Erasing…" : "Erase permanently"}
            </button>
          </div>
        </ActionForm>
      </dialog>
    </section>
  );
}
