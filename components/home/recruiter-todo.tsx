"use client";

import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { LocalTime } from "@/components/ui/local-time";
import type { ActionResult } from "@/lib/actions/action-result";
import type { RecruiterTodo, TodoList } from "@/lib/home/load-recruiter-todo";

type RemindAction = (prev: ActionResult<{ message: string }>, payload: Record<string, unknown>) => Promise<ActionResult<{ message: string }>>;

function Group({ title, testId, list, children }: { title: string; testId: string; list: TodoList<unknown>; children: React.ReactNode }) {
  const { total, capped } = list;
  const rest = total - list.items.length;
  return (
    <div data-testid={testId} className="py-3 first:pt-0 last:pb-0">
      <h3 className="text-sm font-semibold text-slate-800">
        {title}{" "}
        <span className="font-normal text-slate-500">
          ({total.toLocaleString("en-US")}
          {capped ? "+" : ""})
        </span>
      </h3>
      <ul className="mt-1 divide-y divide-slate-100">{children}</ul>
      {rest > 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          And {capped ? "over " : ""}
          {rest.toLocaleString("en-US")} more, oldest first.
        </p>
      ) : null}
    </div>
  );
}

/** The recruiter's to-do list: what waits on them across their roles, each line linking to where it is done. */
export function RecruiterTodoList({
  todo,
  remindAction,
  canOpenOutbox,
}: {
  todo: RecruiterTodo;
  remindAction: RemindAction;
  canOpenOutbox: boolean;
}) {
  const { unscheduled, overdue, debriefs, failed } = todo;
  if (unscheduled.total + overdue.total + debriefs.total + failed.total === 0) {
    return (
      <p className="py-3 text-sm text-slate-500">Nothing waiting on you: every stage is scheduled, every scorecard is in, and all mail went out.</p>
    );
  }
  return (
    <div className="divide-y divide-slate-100">
      {overdue.total > 0 ? (
        <Group title="Scorecards overdue" testId="todo-overdue" list={overdue}>
          {overdue.items.map((o) => (
            <li key={o.interviewId} data-testid="todo-overdue-item" className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <Link href={`/applications/${o.applicationId}`} className="link">
                  {o.candidateName}
                </Link>
                <p className="text-sm text-slate-500">
                  {o.stageName} with {o.interviewerName} · {o.roleTitle} · <LocalTime iso={o.scheduledAt.toISOString()} />
                  {o.lastReminderAt ? (
                    <>
                      {" "}
                      · reminded <LocalTime iso={o.lastReminderAt.toISOString()} withWeekday={false} />
                    </>
                  ) : null}
                </p>
              </div>
              <ActionButton
                action={remindAction}
                payload={{ interviewId: o.interviewId }}
                label="Remind now"
                pendingLabel="Sending…"
                accessibleLabel={`Remind ${o.interviewerName} now about ${o.candidateName}, ${o.stageName}`}
                testId="remind-now-message"
              />
            </li>
          ))}
        </Group>
      ) : null}
      {debriefs.total > 0 ? (
        <Group title="Debriefs ready for a decision" testId="todo-debriefs" list={debriefs}>
          {debriefs.items.map((d) => (
            <li key={d.applicationId} className="py-2">
              <Link href={`/applications/${d.applicationId}/debrief`} className="link">
                {d.candidateName}
              </Link>
              <p className="text-sm text-slate-500">
                {d.roleTitle} · all {d.submitted} scorecard{d.submitted === 1 ? "" : "s"} in; the hiring manager decides
              </p>
            </li>
          ))}
        </Group>
      ) : null}
      {unscheduled.total > 0 ? (
        <Group title="Stages with no interview scheduled" testId="todo-unscheduled" list={unscheduled}>
          {unscheduled.items.map((u) => (
            <li key={`${u.applicationId}-${u.stageName}`} className="py-2">
              <Link href={`/applications/${u.applicationId}`} className="link">
                {u.candidateName}
              </Link>
              <p className="text-sm text-slate-500">
                {u.stageName} · {u.roleTitle}
              </p>
            </li>
          ))}
        </Group>
      ) : null}
      {failed.total > 0 ? (
        <Group title="Messages that failed to send" testId="todo-failed" list={failed}>
          {failed.items.map((f) => (
            <li key={f.id} className="py-2">
              <p className="font-medium text-slate-900">{f.subject}</p>
              <p className="text-sm text-slate-500">
                To {f.to} · <LocalTime iso={f.createdAt.toISOString()} withWeekday={false} />
                {f.lastError ? <span className="block text-red-800">{f.lastError}</span> : null}
              </p>
            </li>
          ))}
          <li className="py-2 text-sm">
            {canOpenOutbox ? (
              <Link href="/outbox" className="link">
                Open Outbox to read and retry them
              </Link>
            ) : (
              <span className="text-slate-600">An admin can retry them from Outbox once the address or the mail server is fixed.</span>
            )}
          </li>
        </Group>
      ) : null}
    </div>
  );
}
