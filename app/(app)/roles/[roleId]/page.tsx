import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { APPLICATION_STATUSES, type ApplicationStatus } from "@/db/schema";
import { PipelineTable } from "@/components/candidates/pipeline-table";
import { CoverageView } from "@/components/roles/coverage-panel";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass, linkButton, secondaryButton } from "@/components/ui/form-styles";
import { levelLabel } from "@/components/roles/level-label";
import { RoleHeader } from "@/components/roles/role-header";
import { EmptyState, Panel } from "@/components/ui/panel";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/guards";
import { APPLICATION_STATUS_LABELS } from "@/lib/candidates/candidate-schema";
import { listPipeline } from "@/lib/candidates/list-pipeline";
import { checkCoverage } from "@/lib/roles/coverage";
import { coverageInput, loadPlanOutline } from "@/lib/roles/load-interview-plan";
import { levelsLabel, loadRoleHeader } from "@/lib/roles/load-role-header";
import { loadTeamNames } from "@/lib/roles/list-team-candidates";
import { changeApplicationStatusAction } from "../../applications/[applicationId]/actions";
import { RoleStatusControl } from "@/components/roles/role-status-control";
import { countRoleOpenWork } from "@/lib/roles/role-open-work";
import { changeRoleStatusAction } from "./actions";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const metadata: Metadata = { title: "Role" };

type Props = {
  params: Promise<{ roleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function RolePage({ params, searchParams }: Props) {
  const user = await requireRole(...ROLE_EDITOR_APP_ROLES);
  const { roleId } = await params;
  const query = await searchParams;
  const database = db();
  const role = loadRoleHeader(database, { user, roleId });
  if (!role) notFound();

  const statusParam = first(query.status);
  const status = APPLICATION_STATUSES.includes(statusParam as ApplicationStatus) ? (statusParam as ApplicationStatus) : undefined;
  const search = (first(query.q) ?? "").slice(0, 100);
  const requestedPage = Number.parseInt(first(query.page) ?? "1", 10);
  const pipeline = listPipeline(database, { user, roleId: role.id, status, query: search, page: Number.isNaN(requestedPage) ? 1 : requestedPage });
  const plan = loadPlanOutline(database, role);
  const coverage = checkCoverage(coverageInput(plan, role.hiresStaff));
  const team = loadTeamNames(database, { user, roleId: role.id });
  const manager = team.find((m) => m.membership === "hiring-manager");
  const interviewers = team.filter((m) => m.membership === "interviewer");
  const openWork = countRoleOpenWork(database, { roleId: role.id });
  const filterHref = (s?: ApplicationStatus, page = 1) => {
    const p = new URLSearchParams();
    if (s) p.set("status", s);
    if (search) p.set("q", search);
    if (page > 1) p.set("page", String(page));
    const qs = p.toString();
    return `/roles/${role.id}${qs ? `?${qs}` : ""}`;
  };

  return (
    <div className="space-y-6">
      <RoleHeader
        role={{ ...role, levels: levelsLabel(role), framework: `${role.frameworkName} v${role.frameworkVersion}` }}
        active="overview"
        actions={
          role.status === "open" ? (
            <Link href={`/roles/${role.id}/candidates/new`} className={linkButton}>
              Add candidate
            </Link>
          ) : null
        }
      />
      {first(query.created) ? (
        <FormMessage tone="success" testId="role-created">
          Role created. Next, plan the interview loop on the{" "}
          <Link href={`/roles/${role.id}/plan`} className="font-medium underline">
            Interview plan
          </Link>{" "}
          tab.
        </FormMessage>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Panel id="pipeline" title="Pipeline" description={`${pipeline.total} application${pipeline.total === 1 ? "" : "s"} in this role.`}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <nav aria-label="Filter by status">
              <ul className="flex flex-wrap gap-1 text-sm">
                <li>
                  <FilterLink href={filterHref()} current={!status} label="All" count={pipeline.total} />
                </li>
                {APPLICATION_STATUSES.map((s) => (
                  <li key={s}>
                    <FilterLink href={filterHref(s)} current={status === s} label={APPLICATION_STATUS_LABELS[s]} count={pipeline.counts[s]} />
                  </li>
                ))}
              </ul>
            </nav>
            <form method="get" action={`/roles/${role.id}`} role="search" className="flex items-center gap-2">
              {status ? <input type="hidden" name="status" value={status} /> : null}
              <label htmlFor="pipeline-search" className="sr-only">
                Search candidates by name or email
              </label>
              <input
                id="pipeline-search"
                name="q"
                type="search"
                defaultValue={search}
                placeholder="Name or email"
                className={`${inputClass} w-44 sm:w-56`}
              />
              <button type="submit" className={secondaryButton}>
                Search
              </button>
            </form>
          </div>

          {pipeline.rows.length === 0 ? (
            <EmptyState>
              {pipeline.total === 0
                ? role.status === "open"
                  ? "No candidates yet. Add the first with “Add candidate”."
                  : "No candidates. The role is closed, so it takes none."
                : "No application matches this filter. Choose “All” or clear the search."}
            </EmptyState>
          ) : (
            <PipelineTable
              action={changeApplicationStatusAction}
              rows={pipeline.rows.map((r) => [
                r.applicationId,
                r.candidateName,
                r.candidateEmail,
                r.status,
                r.interviewsDone,
                r.interviewsTotal,
                r.nextInterviewAt ? r.nextInterviewAt.toISOString() : null,
              ])}
            />
          )}
          <Pagination
            label="Pipeline pages"
            page={pipeline.page}
            pageSize={pipeline.pageSize}
            pageCount={pipeline.pageCount}
            total={pipeline.matching}
            hrefFor={(n) => filterHref(status, n)}
            noun={pipeline.matching === 1 ? "application" : "applications"}
          />
        </Panel>

        <div className="space-y-6">
          <Panel id="role-status" title="Role status">
            <RoleStatusControl
              roleId={role.id}
              roleTitle={role.title}
              status={role.status}
              activeApplications={openWork.activeApplications}
              upcomingInterviews={openWork.upcomingInterviews}
              action={changeRoleStatusAction}
            />
          </Panel>
          <Panel
            id="coverage"
            title="Interview plan"
            description={`${plan.stages.length} stage${plan.stages.length === 1 ? "" : "s"} · ${plan.sectionsInPlay.length} sections in play`}
            actions={
              <Link href={`/roles/${role.id}/plan`} className="text-sm link">
                {role.status === "open" ? "Edit plan" : "View plan"}
              </Link>
            }
          >
            {plan.stages.length === 0 ? (
              <EmptyState>No stages yet. Plan the loop before scheduling interviews.</EmptyState>
            ) : (
              <ol className="mb-3 list-decimal space-y-0.5 pl-5 text-sm">
                {plan.stages.map((s) => (
                  <li key={s.id}>
                    {s.name} <span className="text-slate-500">· {s.durationMinutes} min</span>
                  </li>
                ))}
              </ol>
            )}
            <CoverageView report={coverage} hiresStaff={role.hiresStaff} compact />
          </Panel>
          <Panel
            id="team"
            title="Hiring team"
            actions={
              <Link href={`/roles/${role.id}/team`} className="text-sm link">
                Edit team
              </Link>
            }
          >
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-xs uppercase tracking-wide text-slate-500">Hiring manager</dt>
                <dd>{manager?.name ?? "None yet"}</dd>
              </div>
              <div>
                <dt className="text-xs uppercase tracking-wide text-slate-500">Interviewers</dt>
                <dd>{interviewers.length === 0 ? "None yet" : interviewers.map((p) => `${p.name} (${levelLabel(p.level)})`).join(", ")}</dd>
              </div>
            </dl>
          </Panel>
        </div>
      </div>
    </div>
  );
}

function FilterLink({ href, current, label, count }: { href: string; current: boolean; label: string; count: number }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 ring-1 ring-inset ${
        current ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-200 hover:bg-slate-50"
      }`}
    >
      {label} <span className={`tabular-nums ${current ? "text-brand-50" : "text-slate-500"}`}>{count}</span>
    </Link>
  );
}
