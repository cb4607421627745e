import type { ActionResult } from "@/lib/actions/action-result";

/** A form-level outcome. Not role="alert": Next's route announcer already owns that role. */
export function FormMessage({ tone, children, testId }: { tone: "error" | "success" | "warning"; children: React.ReactNode; testId?: string }) {
  const tones = {
    error: "border-red-200 bg-red-50 text-red-800",
    success: "border-emerald-200 bg-emerald-50 text-emerald-800",
    warning: "border-amber-200 bg-amber-50 text-amber-900",
  };
  return (
    <div role="status" aria-live="polite" data-testid={testId} className={`rounded-md border px-3 py-2 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}

/**
 * A form's answer from its action: the success message the action returned, or why it was refused; nothing before
 * the first answer. `errorTestId` names the refusal when it differs from the success.
 */
export function ActionOutcome({
  state,
  testId,
  errorTestId = testId,
}: {
  state: ActionResult<{ message: string }>;
  testId: string;
  errorTestId?: string;
}) {
  if (state.ok) {
    return (
      <FormMessage tone="success" testId={testId}>
        {state.data.message}
      </FormMessage>
    );
  }
  return state.message ? (
    <FormMessage tone="error" testId={errorTestId}>
      {state.message}
    </FormMessage>
  ) : null;
}
