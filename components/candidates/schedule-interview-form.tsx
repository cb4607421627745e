"use client";

import { startTransition, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass, primaryButton } from "@/components/ui/form-styles";
import { levelLabel } from "@/components/roles/level-label";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import { localInputToIso } from "@/lib/interviews/local-time-input";
import type { SchedulableStage } from "@/lib/candidates/load-application";
import { TimeZoneName } from "./time-zone-name";
import { ActionForm } from "@/components/ui/action-form";

type Action = (prev: ActionResult<{ interviewId: string }>, payload: Record<string, unknown>) => Promise<ActionResult<{ interviewId: string }>>;
type Result = ActionResult<{ interviewId: string }>;
type Payload = { applicationId: string; stageId: string; interviewerId: string; scheduledAt: string };

/**
 * Schedules an interview: stage → an interviewer from that stage's pool → a date and time. The
 * browser turns the local date and time into an instant, so the person's own time zone decides.
 */
export function ScheduleInterviewForm({
  applicationId,
  stages,
  action,
  suggestedStageId = null,
}: {
  applicationId: string;
  stages: SchedulableStage[];
  action: Action;
  /** Preselected when the hiring manager's hold asks for more signal on sections this stage covers. */
  suggestedStageId?: string | null;
}) {
  const [stageId, setStageId] = useState(suggestedStageId ?? "");
  const [interviewerId, setInterviewerId] = useState("");
  const [local, setLocal] = useState("");
  // The outcome and its success line are one state, so the page never shows a stale message beside a new one.
  const [{ result: state, scheduled }, dispatch, pending] = useFormAction<{ result: Result; scheduled: string | null }, Payload>(
    async (prev, payload) => {
      const result = await action(prev.result, payload);
      if (!result.ok) return { result, scheduled: null };
      const done = stages.find((s) => s.id === payload.stageId);
      const who = done?.pool.find((p) => p.id === payload.interviewerId);
      // The form is ready for the next interview of the loop (updates after an await need their own transition).
      startTransition(() => {
        setStageId("");
        setInterviewerId("");
        setLocal("");
      });
      return {
        result,
        scheduled: `${done?.name ?? "Interview"} with ${who?.name ?? "the interviewer"} is scheduled. They see it on their home now, and their calendar invitation is on its way by email (Outbox shows it).`,
      };
    },
    { result: { ok: false, message: "" }, scheduled: null },
    (failure) => ({ result: failure, scheduled: null }),
  );
  const hydrated = useHydrated();
  const stage = stages.find((s) => s.id === stageId);

  const err = (key: string) => (!state.ok ? state.fieldErrors?.[key]?.[0] : undefined);

  return (
    <ActionForm
      label="Schedule an interview"
      className="space-y-4"
      onSubmit={() => dispatch({ applicationId, stageId, interviewerId, scheduledAt: localInputToIso(local) })}
    >
      {scheduled ? (
        <FormMessage tone="success" testId="schedule-message">
          {scheduled}
        </FormMessage>
      ) : null}
      {!state.ok && state.message ? (
        <FormMessage tone="error" testId="schedule-message">
          {state.message}
        </FormMessage>
      ) : null}
      <fieldset disabled={pending} className="grid min-w-0 gap-4 sm:grid-cols-3">
        <legend className="sr-only">Stage, interviewer and time</legend>
        <Field
          id="schedule-stage"
          label="Stage"
          hint={
            suggestedStageId !== null && stageId === suggestedStageId ? "Suggested for the hold: this stage covers the sections to probe." : undefined
          }
          error={err("stageId")}
        >
          {(control) => (
            <select
              {...control}
              value={stageId}
              onChange={(e) => {
                setStageId(e.target.value);
                setInterviewerId("");
              }}
              className={`mt-1 ${inputClass}`}
            >
              <option value="">Choose a stage…</option>
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.durationMinutes} min)
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="schedule-interviewer"
          label="Interviewer"
          hint={
            stage && stage.pool.length === 0
              ? "Nobody is in this stage's pool. Add interviewers to it in the interview plan."
              : "Only the stage's pool is offered."
          }
          error={err("interviewerId")}
        >
          {(control) => (
            <select
              {...control}
              value={interviewerId}
              onChange={(e) => setInterviewerId(e.target.value)}
              disabled={!stage || stage.pool.length === 0}
              className={`mt-1 ${inputClass}`}
            >
              <option value="">{stage ? "Choose from the stage's pool…" : "Choose a stage first"}</option>
              {stage?.pool.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {levelLabel(p.level)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="schedule-time"
          label="Date and time"
          hint={
            <>
              In <TimeZoneName />.
            </>
          }
          error={err("scheduledAt")}
        >
          {(control) => (
            <input {...control} type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} className={`mt-1 ${inputClass}`} />
          )}
        </Field>
      </fieldset>
      <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
        {pending ? "Scheduling…" : "Schedule interview"}
      </button>
    </ActionForm>
  );
}
