import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { db } from "@/db";
import { BarChart, DivergingBarChart, type ChartTone } from "@/components/charts/bar-chart";
import { ApplicationsTable, DecisionsTable, OffsetsTable } from "@/components/analytics/analytics-tables";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { RoleContextLine } from "@/components/roles/role-context-line";
import { EmptyState, Panel } from "@/components/ui/panel";
import { Pagination } from "@/components/ui/pagination";
import { hasRole, requireUser } from "@/lib/auth/guards";
import {
  ALPHA_READING_LABELS,
  ALPHA_RELIABLE,
  ALPHA_TENTATIVE,
  OFFSET_READING_LABELS,
  formatNumber,
  readAlpha,
  readOffset,
} from "@/lib/analytics/interpret";
import { loadRoleAnalytics } from "@/lib/analytics/load-role-analytics";
import type { Level } from "@/lib/calibration";
import { CONFIDENCE_LABELS, ENGINEER_LEVEL_LABELS, LEVEL_LABELS, describeDecision } from "@/lib/debrief/labels";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const metadata: Metadata = { title: "Calibration analytics" };

const ALPHA_TONE = { consistent: "emerald", tentative: "amber", inconsistent: "red", "not-measurable": "slate" } as const satisfies Record<
  string,
  ChartTone
>;
const OFFSET_TONE = {
  lenient: "violet",
  harsh: "amber",
  "in-line": "slate",
  "too-few": "slate",
  "not-measurable": "slate",
} as const satisfies Record<string, ChartTone>;
const LEVEL_TONE: Record<Level, ChartTone> = {
  staff: "violet",
  senior: "brand",
  "below-senior-bar": "amber",
  "no-hire": "red",
  "insufficient-evidence": "slate",
};

type Props = {
  params: Promise<{ roleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const pageParam = (v: string | string[] | undefined) => {
  const n = Number.parseInt((Array.isArray(v) ? v[0] : v) ?? "1", 10);
  return Number.isNaN(n) ? 1 : n;
};

export default async function RoleAnalyticsPage({ params, searchParams }: Props) {
  const { roleId } = await params;
  const query = await searchParams;
  const user = await requireUser();
  if (!hasRole(user, ...ROLE_EDITOR_APP_ROLES)) forbidden();
  const data = loadRoleAnalytics(db(), { user, roleId, now: new Date(), page: pageParam(query.page), decisionsPage: pageParam(query.decisions) });
  if (!data) notFound();

  const { role, agreement, interviewers, applications, applicationsPage, judged, distribution, decisions, decided, decidedPage } = data;
  const offsetExtent = Math.max(1, ...interviewers.map((i) => Math.abs(i.meanOffset ?? 0)));
  const hrefFor = (key: "page" | "decisions", n: number, anchor: string) => {
    const p = new URLSearchParams();
    const other = key === "page" ? "decisions" : "page";
    const otherPage = other === "page" ? applicationsPage.page : decidedPage.page;
    if (otherPage > 1) p.set(other, String(otherPage));
    if (n > 1) p.set(key, String(n));
    const qs = p.toString();
    return `/roles/${role.id}/analytics${qs ? `?${qs}` : ""}#${anchor}`;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <RoleContextLine role={role} />
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">Calibration analytics</h1>
          <p className="mt-1 text-sm text-slate-600">
            Across {judged} {judged === 1 ? "application" : "applications"} with submitted scorecards. Use it to see where the panel scores a section
            inconsistently and which interviewers rate above or below their co-panelists.
          </p>
        </div>
        <a
          href={`/api/roles/${role.id}/ratings.csv`}
          download
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
        >
          Download ratings (CSV)
        </a>
      </div>

      <Panel
        id="agreement"
        title="Agreement per section"
        description="Krippendorff's alpha (ordinal) over every application where two or more interviewers rated the section. 1 is perfect agreement, 0 is chance, below 0 is systematic disagreement."
      >
        <DivergingBarChart
          title="Agreement per section"
          description={`Krippendorff's alpha per section from −1 to 1; dashed lines at ${ALPHA_TENTATIVE} (tentative) and ${ALPHA_RELIABLE} (reliable).`}
          extent={1}
          negativeLabel="disagree"
          positiveLabel="agree"
          markers={[
            { value: ALPHA_TENTATIVE, label: `α ${ALPHA_TENTATIVE}: tentative agreement` },
            { value: ALPHA_RELIABLE, label: `α ${ALPHA_RELIABLE}: reliable agreement` },
          ]}
          bars={agreement.map((a) => {
            const reading = readAlpha(a.alpha);
            return {
              key: a.sectionId,
              label: `${a.name}${a.staffCritical ? " ★" : ""}`,
              value: a.alpha,
              valueLabel: a.alpha === null ? "—" : `α ${formatNumber(a.alpha)}`,
              tooltip: `${a.name}: ${a.alpha === null ? "not measurable" : `alpha ${formatNumber(a.alpha)}`} (${ALPHA_READING_LABELS[reading]}), ${a.applications} applications, ${a.ratings} ratings`,
              tone: ALPHA_TONE[reading],
            };
          })}
        />
        <p className="mt-1 text-xs text-slate-500">
          Dashed lines: α {ALPHA_TENTATIVE} (tentative) and α {ALPHA_RELIABLE} (reliable). ★ Staff-critical. “—” is not measurable yet: alpha needs
          two interviewers rating the section on the same application, and some variation in the ratings.
        </p>
        <ScrollRegion label="Agreement per section, table" bleed className="mt-3">
          <DataTable
            caption="Agreement per section"
            head={
              <>
                <Th>Section</Th>
                <Th numeric>Alpha</Th>
                <Th>Reading</Th>
                <Th numeric>Applications</Th>
                <Th numeric>Ratings</Th>
              </>
            }
          >
            {agreement.map((a) => (
              <tr key={a.sectionId}>
                <Th scope="row">
                  {a.name}
                  {a.staffCritical ? (
                    <span className="ml-1 text-violet-700">
                      ★<span className="sr-only"> (Staff-critical)</span>
                    </span>
                  ) : null}
                </Th>
                <Td numeric>{formatNumber(a.alpha)}</Td>
                <Td>{ALPHA_READING_LABELS[readAlpha(a.alpha)]}</Td>
                <Td numeric>{a.applications}</Td>
                <Td numeric>{a.ratings}</Td>
              </tr>
            ))}
          </DataTable>
        </ScrollRegion>
      </Panel>

      <Panel
        id="offsets"
        title="Interviewer offsets"
        description="Each interviewer's mean difference from the panel's median, over the sections they rated alongside another interviewer on the same application. Positive is lenient, negative is harsh."
      >
        {interviewers.length === 0 ? (
          <EmptyState>No scorecard has been submitted on this role yet.</EmptyState>
        ) : (
          <>
            <DivergingBarChart
              title="Interviewer offsets from the panel median"
              description={`Mean offset per interviewer, on a scale of ±${formatNumber(offsetExtent)}; positive rates above the panel.`}
              extent={offsetExtent}
              negativeLabel="harsh"
              positiveLabel="lenient"
              bars={interviewers.map((i) => {
                const reading = readOffset(i.meanOffset, i.ratings);
                return {
                  key: i.interviewerId,
                  label: i.name,
                  value: i.meanOffset,
                  valueLabel: i.meanOffset === null ? "—" : formatNumber(i.meanOffset, { signed: true }),
                  tooltip: `${i.name}: ${i.meanOffset === null ? "no shared sections yet" : `mean offset ${formatNumber(i.meanOffset, { signed: true })}`} over ${i.ratings} ratings on ${i.scorecards} scorecards (${OFFSET_READING_LABELS[reading]})`,
                  tone: OFFSET_TONE[reading],
                };
              })}
            />
            <OffsetsTable
              rows={interviewers.map((i) => {
                const reading = readOffset(i.meanOffset, i.ratings);
                return [
                  i.interviewerId,
                  i.name,
                  ENGINEER_LEVEL_LABELS[i.level] ?? i.level,
                  formatNumber(i.meanOffset, { signed: true }),
                  OFFSET_READING_LABELS[reading],
                  reading === "too-few",
                  i.ratings,
                  i.scorecards,
                  i.submittedScorecards,
                ];
              })}
            />
          </>
        )}
      </Panel>

      <div className="grid gap-6 *:min-w-0 lg:grid-cols-2">
        <Panel
          id="distribution"
          title="Recommendations"
          description="The engine's current recommendation for each application with submitted scorecards."
        >
          <BarChart
            title="Distribution of recommendations"
            description={distribution.map((d) => `${LEVEL_LABELS[d.level]}: ${d.count}`).join(", ")}
            bars={distribution.map((d) => ({
              key: d.level,
              label: LEVEL_LABELS[d.level],
              value: d.count,
              valueLabel: String(d.count),
              tooltip: `${LEVEL_LABELS[d.level]}: ${d.count} ${d.count === 1 ? "application" : "applications"}`,
              tone: LEVEL_TONE[d.level],
            }))}
          />
          <ScrollRegion bleed className="mt-3">
            <DataTable
              caption="Distribution of recommendations"
              head={
                <>
                  <Th>Recommendation</Th>
                  <Th numeric>Applications</Th>
                </>
              }
            >
              {distribution.map((d) => (
                <tr key={d.level}>
                  <Th scope="row">{LEVEL_LABELS[d.level]}</Th>
                  <Td numeric>{d.count}</Td>
                </tr>
              ))}
            </DataTable>
          </ScrollRegion>
        </Panel>

        <Panel
          id="decisions"
          title="Decisions against the recommendation"
          description="Each decision compared with the recommendation stored with it at that moment."
        >
          {decisions.total === 0 ? (
            <EmptyState>No decision has been recorded on this role yet.</EmptyState>
          ) : (
            <>
              <BarChart
                title="Decisions compared with the recommendation"
                description={`${decisions.followed} followed, ${decisions.against} against${decisions.unknown ? `, ${decisions.unknown} without a stored recommendation` : ""}.${decisions.held ? ` ${decisions.held} on hold for more signal, counted apart.` : ""}`}
                max={decisions.total}
                bars={[
                  {
                    key: "followed",
                    label: "Followed the recommendation",
                    value: decisions.followed,
                    valueLabel: `${decisions.followed} of ${decisions.total}`,
                    tooltip: `${decisions.followed} of ${decisions.total} decisions followed the recommendation`,
                    tone: "emerald" as const,
                  },
                  {
                    key: "against",
                    label: "Against the recommendation",
                    value: decisions.against,
                    valueLabel: `${decisions.against} of ${decisions.total}`,
                    tooltip: `${decisions.against} of ${decisions.total} decisions went against the recommendation`,
                    tone: "amber" as const,
                  },
                  ...(decisions.unknown > 0
                    ? [
                        {
                          key: "unknown",
                          label: "No stored recommendation",
                          value: decisions.unknown,
                          valueLabel: `${decisions.unknown} of ${decisions.total}`,
                          tooltip: `${decisions.unknown} decisions have no recommendation stored with them`,
                          tone: "slate" as const,
                        },
                      ]
                    : []),
                ]}
              />
              {decisions.held > 0 ? (
                <p className="mt-2 text-sm text-slate-600" data-testid="decisions-held">
                  {decisions.held === 1 ? "1 application is" : `${decisions.held} applications are`} on hold for more signal, counted apart: a hold is
                  neither for nor against the recommendation.
                </p>
              ) : null}
              <DecisionsTable
                rows={decided.map((a) => [
                  a.applicationId,
                  a.candidateName,
                  a.decision?.recommendedLevel ? LEVEL_LABELS[a.decision.recommendedLevel] : "—",
                  a.decision ? describeDecision(a.decision) : "—",
                  a.decision?.held ? "Not counted: on hold" : a.decision?.against === null ? "Unknown" : a.decision?.against ? "Yes" : "No",
                  a.decision?.overrideReason || null,
                ])}
              />
              <Pagination
                label="Decision pages"
                page={decidedPage.page}
                pageSize={decidedPage.pageSize}
                pageCount={decidedPage.pageCount}
                total={decidedPage.total}
                hrefFor={(n) => hrefFor("decisions", n, "decisions")}
                noun={decidedPage.total === 1 ? "decision" : "decisions"}
              />
            </>
          )}
        </Panel>
      </div>

      <Panel
        id="panels"
        title="Applications"
        description="Every application on this role with the engine's recommendation now; open one for its debrief."
      >
        {applicationsPage.total === 0 ? (
          <EmptyState>No applications on this role yet.</EmptyState>
        ) : (
          <ApplicationsTable
            rows={applications.map((a) => [
              a.applicationId,
              a.candidateName,
              a.status,
              a.submittedScorecards,
              a.level,
              a.confidence ? CONFIDENCE_LABELS[a.confidence] : "—",
              a.decision ? describeDecision(a.decision) : "—",
            ])}
          />
        )}
        <Pagination
          label="Application pages"
          page={applicationsPage.page}
          pageSize={applicationsPage.pageSize}
          pageCount={applicationsPage.pageCount}
          total={applicationsPage.total}
          hrefFor={(n) => hrefFor("page", n, "panels")}
          noun={applicationsPage.total === 1 ? "application" : "applications"}
        />
      </Panel>
    </div>
  );
}
