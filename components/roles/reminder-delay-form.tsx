"use client";

import { useFormAction } from "@/lib/actions/use-form-action";
import { FieldError } from "@/components/ui/field-error";
import { ActionOutcome } from "@/components/ui/form-message";
import { hintClass, inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import { ActionForm } from "@/components/ui/action-form";

type Result = ActionResult<{ message: string }>;
type Action = (prev: Result, payload: FormData) => Promise<Result>;

/** The role's reminder setting: hours after an interview ends before its interviewer is first reminded. */
export function ReminderDelayForm({ roleId, minutes, action }: { roleId: string; minutes: number; action: Action }) {
  const [state, dispatch, pending] = useFormAction<Result, FormData>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  const error = !state.ok ? state.fieldErrors?.hours?.[0] : undefined;
  return (
    <ActionForm noValidate={false} label="Scorecard reminders" className="space-y-3" onSubmit={(data) => dispatch(data)}>
      <input type="hidden" name="roleId" value={roleId} />
      <ActionOutcome state={state} testId="reminder-delay-message" />
      <div>
        <label htmlFor="reminder-delay-hours" className={labelClass}>
          First reminder, hours after the interview ends
        </label>
        <input
          id="reminder-delay-hours"
          name="hours"
          type="number"
          inputMode="decimal"
          min={0.25}
          max={168}
          step={0.25}
          defaultValue={String(minutes / 60)}
          className={`mt-1 ${inputClass} sm:max-w-[10rem]`}
          aria-invalid={Boolean(error)}
          aria-describedby={`reminder-delay-hint${error ? " reminder-delay-error" : ""}`}
        />
        <p id="reminder-delay-hint" className={hintClass}>
          While a scorecard is missing, its interviewer is reminded this long after the interview ends, then each morning at 9:00 in their own time
          zone, at most five times. Submitting the scorecard, or marking the interview as not held, stops the reminders.
        </p>
        <FieldError id="reminder-delay-error" message={error} />
      </div>
      <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
        {pending ? "Saving…" : "Save reminder setting"}
      </button>
    </ActionForm>
  );
}
