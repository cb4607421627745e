import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { ApplicationStatusActions } from "@/components/candidates/application-status-actions";
import { ApplicationStatusBadge } from "@/components/candidates/application-status-badge";
import { EraseCandidateSection } from "@/components/candidates/erase-candidate-section";
import { InterviewList } from "@/components/candidates/interview-list";
import { SafeLinks } from "@/components/candidates/safe-links";
import { ScheduleInterviewForm } from "@/components/candidates/schedule-interview-form";
import { FormMessage } from "@/components/ui/form-message";
import { LocalTime } from "@/components/ui/local-time";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireUser } from "@/lib/auth/guards";
import { loadApplication } from "@/lib/candidates/load-application";
import { probeIdsFromParam, stageForProbe } from "@/lib/interviews/stage-for-probe";
import {
  cancelInterviewAction,
  changeApplicationStatusAction,
  eraseCandidateAction,
  markNotHeldFromApplicationAction,
  rescheduleInterviewAction,
  scheduleInterviewAction,
} from "./actions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Candidate" };

type Props = {
  params: Promise<{ applicationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ApplicationPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { applicationId } = await params;
  const { added, edited, probe } = await searchParams;
  const app = loadApplication(db(), { user, applicationId });
  if (!app) notFound();
  const now = new Date();
  const scheduledCount = app.interviews.filter((i) => i.status === "scheduled").length;
  const submitted = app.interviews.filter((i) => i.status === "scheduled" && i.scorecardStatus === "submitted").length;
  const canSchedule = app.canEdit && app.role.status === "open" && (app.status === "active" || app.status === "debrief");

  return (
    <div className="space-y-6">
      {app.canEdit ? (
        <Breadcrumbs
          trail={[
            { href: "/roles", label: "Roles" },
            { href: `/roles/${app.role.id}`, label: app.role.title },
          ]}
          current={app.candidate.name}
        />
      ) : (
        <Breadcrumbs trail={[{ href: "/interviews", label: "My interviews" }]} />
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{app.candidate.name}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>{app.role.title}</span>
            {app.role.status === "closed" ? <Badge>Role closed</Badge> : null}
            <ApplicationStatusBadge status={app.status} />
          </p>
        </div>
        {app.canSeeDebrief ? (
          <Link
            href={`/applications/${app.id}/debrief`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            Open the debrief
          </Link>
        ) : null}
      </div>

      {app.candidate.erasedAt ? (
        <FormMessage tone="warning" testId="candidate-erased">
          This candidate was erased on <LocalTime iso={app.candidate.erasedAt.toISOString()} withWeekday={false} />. Their name, email, links, notes
          and written evidence were removed from every role; ratings stay as anonymous numbers for calibration.
        </FormMessage>
      ) : null}
      {app.canEdit && edited === "saved" ? (
        <FormMessage tone="success" testId="candidate-edited">
          {app.candidate.name}&apos;s details are saved. Name, email and links show the change in every role they are in.
        </FormMessage>
      ) : null}
      {app.canEdit && edited === "unchanged" ? (
        <FormMessage tone="success" testId="candidate-edited">
          Nothing to save: every field was as it was.
        </FormMessage>
      ) : null}
      {app.canEdit && added === "new" ? (
        <FormMessage tone="success" testId="candidate-added">
          {app.candidate.name} is in the {app.role.title} pipeline. Schedule their interviews below.
        </FormMessage>
      ) : null}
      {app.canEdit && added === "existing" ? (
        <FormMessage tone="warning" testId="candidate-added">
          Levelset already knew {app.candidate.email}, so the existing candidate {app.candidate.name} was added to this role. Their name and links
          were kept as they were; the notes you typed belong to this application only.
        </FormMessage>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <Panel
            id="interviews"
            title="Interviews"
            description={`${submitted} of ${scheduledCount} scorecard${scheduledCount === 1 ? "" : "s"} submitted. Scorecards are read in the debrief, never here.`}
          >
            <InterviewList
              interviews={app.interviews.map((i) => ({ ...i, scheduledAt: i.scheduledAt.toISOString(), mine: i.interviewerId === user.id }))}
              canEdit={app.canEdit}
              rescheduleAction={rescheduleInterviewAction}
              cancelAction={cancelInterviewAction}
              notHeldAction={markNotHeldFromApplicationAction}
            />
          </Panel>
          {app.canEdit && app.role.status === "closed" && (app.status === "active" || app.status === "debrief") ? (
            <FormMessage tone="warning" testId="role-closed-no-scheduling">
              {app.role.title} is closed, so no new interviews can be scheduled. The interviews above go ahead; reopen the role to schedule more.
            </FormMessage>
          ) : null}
          {canSchedule ? (
            <Panel id="schedule" title="Schedule an interview" description="A stage of the plan, someone from its pool, a time in the future.">
              {app.stages.length === 0 ? (
                <EmptyState>
                  The role has no interview plan yet.{" "}
                  <Link href={`/roles/${app.role.id}/plan`} className="text-brand-700 underline">
                    Plan the stages
                  </Link>{" "}
                  first.
                </EmptyState>
              ) : (
                <ScheduleInterviewForm
                  applicationId={app.id}
                  stages={app.stages}
                  action={scheduleInterviewAction}
                  suggestedStageId={stageForProbe(app.stages, probeIdsFromParam(probe))?.id ?? null}
                />
              )}
            </Panel>
          ) : null}
        </div>

        <div className="space-y-6">
          <Panel
            id="candidate"
            title="Candidate"
            actions={
              app.canEdit && !app.candidate.erasedAt ? (
                <Link href={`/applications/${app.id}/edit`} className="text-sm link" aria-label={`Edit candidate ${app.candidate.name}`}>
                  Edit
                </Link>
              ) : null
            }
          >
            <dl className="space-y-3 text-sm">
              {app.canEdit ? (
                <div>
                  <dt className="text-xs uppercase tracking-wide text-slate-500">Email</dt>
                  <dd className="break-all">{app.candidate.erasedAt ? <span className="text-slate-500">Removed</span> : app.candidate.email}</dd>
                </div>
              ) : null}
              <div>
                <dt className="text-xs uppercase tracking-wide text-slate-500">Links</dt>
                <dd>
                  <SafeLinks links={app.candidate.links} />
                </dd>
              </div>
              {app.candidate.notes !== null ? (
                <div>
                  <dt className="text-xs uppercase tracking-wide text-slate-500">Recruiter notes</dt>
                  <dd className="whitespace-pre-line" data-testid="candidate-notes">
                    {app.candidate.notes || <span className="text-slate-500">No notes.</span>}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="text-xs uppercase tracking-wide text-slate-500">In the pipeline since</dt>
                <dd>
                  <LocalTime iso={app.createdAt.toISOString()} withWeekday={false} />
                </dd>
              </div>
            </dl>
          </Panel>
          {app.canEdit ? (
            <Panel id="status" title="Application status">
              <p className="mb-2 text-sm text-slate-600">
                {app.status === "decided"
                  ? "Decided: the status follows the hiring manager's recorded decision."
                  : "Move the application along the pipeline. Every change is audited."}
              </p>
              <ApplicationStatusActions
                applicationId={app.id}
                candidateName={app.candidate.name}
                status={app.status}
                action={changeApplicationStatusAction}
                upcomingInterviews={
                  app.interviews.filter((i) => i.status === "scheduled" && i.scorecardStatus === null && i.scheduledAt.getTime() > now.getTime())
                    .length
                }
              />
            </Panel>
          ) : null}
          {app.erase ? (
            <EraseCandidateSection
              candidateId={app.candidate.id}
              applicationId={app.id}
              candidateName={app.candidate.name}
              applicationCount={app.erase.applications}
              action={eraseCandidateAction}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
