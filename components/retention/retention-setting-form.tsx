"use client";

import { useFormAction } from "@/lib/actions/use-form-action";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { checkboxClass, hintClass, inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from "@/lib/retention/retention-rules";
import { ActionForm } from "@/components/ui/action-form";

type Result = ActionResult<{ months: number | null }>;
type Action = (prev: Result, payload: Record<string, unknown>) => Promise<Result>;

/** On/off and the number of months; uncontrolled and submitted by hand, so a refused value stays as typed. */
export function RetentionSettingForm({ months, action }: { months: number | null; action: Action }) {
  const [state, dispatch, pending] = useFormAction<Result, Record<string, unknown>>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  const error = !state.ok ? state.fieldErrors?.months?.[0] : undefined;
  return (
    <ActionForm
      label="Retention setting"
      className="space-y-4"
      onSubmit={(data) => {
        const value = data.get("months");
        dispatch({ enabled: data.get("enabled") === "on", months: typeof value === "string" ? value : "" });
      }}
    >
      {state.ok ? (
        <FormMessage tone="success" testId="retention-saved">
          {state.data.months === null
            ? "Saved: automatic erasure is off."
            : `Saved: candidates are erased ${state.data.months} months after their final decision.`}
        </FormMessage>
      ) : state.message ? (
        <FormMessage tone="error" testId="retention-message">
          {state.message}
        </FormMessage>
      ) : null}
      <div className="flex items-start gap-2">
        <input id="retention-enabled" name="enabled" type="checkbox" defaultChecked={months !== null} className={`mt-0.5 ${checkboxClass}`} />
        <div>
          <label htmlFor="retention-enabled" className={labelClass}>
            Erase candidates automatically
          </label>
          <p className={hintClass}>Off by default. When on, Levelset checks at start and once a day.</p>
        </div>
      </div>
      <div className="max-w-xs">
        <label htmlFor="retention-months" className={labelClass}>
          Months after their final decision
        </label>
        <input
          id="retention-months"
          name="months"
          inputMode="numeric"
          defaultValue={months ?? ""}
          className={`mt-1 ${inputClass}`}
          aria-invalid={Boolean(error)}
          aria-describedby={["retention-months-hint", error ? "retention-months-error" : ""].filter(Boolean).join(" ")}
        />
        <p id="retention-months-hint" className={hintClass}>
          A whole number from {RETENTION_MONTHS_MIN} to {RETENTION_MONTHS_MAX}. Counted from the newest decision across all their roles.
        </p>
        <FieldError id="retention-months-error" message={error} />
      </div>
      <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
        {pending ? "Saving…" : "Save setting"}
      </button>
    </ActionForm>
  );
}
