import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { db } from "@/db";
import { ContradictionNotes } from "@/components/debrief/contradiction-notes";
import { DebriefHistory } from "@/components/debrief/debrief-history";
import { DecisionControls } from "@/components/debrief/decision-controls";
import { DecisionForm } from "@/components/debrief/decision-form";
import { DecisionHistoryList } from "@/components/debrief/decision-history-list";
import { DecisionSummary } from "@/components/debrief/decision-summary";
import { EvidenceBySection } from "@/components/debrief/evidence-by-section";
import { EvidenceChecklist } from "@/components/debrief/evidence-checklist";
import { BarGuidance } from "@/components/frameworks/bar-guidance";
import { PendingScorecards } from "@/components/debrief/pending-scorecards";
import { PrintButton } from "@/components/ui/print-button";
import { RatingsMatrix } from "@/components/debrief/ratings-matrix";
import { RecommendationView } from "@/components/debrief/recommendation-panel";
import { SettingsChangeNotices } from "@/components/debrief/settings-change-notice";
import { loadSettingsChangeNotices } from "@/lib/roles/settings-impact";
import { RedFlagsList } from "@/components/debrief/red-flags-list";
import { Badge } from "@/components/ui/badge";
import { RoleContextLine } from "@/components/roles/role-context-line";
import { EmptyState, Panel } from "@/components/ui/panel";
import { hasRole, requireUser } from "@/lib/auth/guards";
import { contradictedScorecards } from "@/lib/debrief/contradicted-scorecards";
import { againstRecommendation } from "@/lib/debrief/decision-rules";
import { debriefBlindedFor, loadDebrief } from "@/lib/debrief/load-debrief";
import { nextStepAfterDecision, sectionsToProbe } from "@/lib/debrief/next-step";
import { buildRatingsMatrix } from "@/lib/debrief/ratings-matrix";
import { recordDecisionAction, reopenDecisionAction, reviseDecisionAction } from "./actions";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";
import { APPLICATION_STATUS_LABELS } from "@/lib/candidates/candidate-schema";

export const metadata: Metadata = { title: "Debrief" };

const STATUS_TONES = { active: "blue", debrief: "amber", decided: "green", withdrawn: "gray" } as const;

export default async function DebriefPage({ params }: { params: Promise<{ applicationId: string }> }) {
  const { applicationId } = await params;
  const user = await requireUser();
  // Interviewers read only their own scorecards and those of panels they sat on; the whole panel is not theirs.
  if (!hasRole(user, ...ROLE_EDITOR_APP_ROLES)) forbidden();
  const debrief = loadDebrief(db(), { user, applicationId, now: new Date() });
  if (!debrief) {
    if (!debriefBlindedFor(db(), { user, applicationId })) notFound();
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight">Debrief</h1>
        <Panel title="The panel is hidden for now">
          <div data-testid="debrief-blinded" className="space-y-2">
            <p className="font-medium">Submit your own scorecard to see the panel.</p>
            <p className="text-sm text-slate-600">
              You interview this candidate, so the other scorecards stay hidden until yours is in. This keeps every rating independent.
            </p>
            <Link href="/interviews" className="text-sm font-medium text-blue-700 hover:underline">
              Go to my interviews
            </Link>
          </div>
        </Panel>
      </div>
    );
  }

  const { candidate, role, panel, recommendation, decision } = debrief;
  // Read only once loadDebrief has found the application readable by this person.
  const settingsNotices = loadSettingsChangeNotices(db(), debrief.application.id);
  const rows = buildRatingsMatrix(debrief.sections, panel.scorecards, panel.ratings);
  const contradicted = contradictedScorecards(panel.scorecards, panel.redFlags);
  const rec = recommendation.ok ? recommendation.recommendation : null;
  // The client components get only what they show or check: the levels the role hires for, the sections' names.
  const hires = { hiresSenior: role.hiresSenior, hiresStaff: role.hiresStaff };
  const sections = debrief.sections.map((s) => ({ id: s.id, name: s.name }));
  const suggestedProbeIds = rec ? sectionsToProbe(rec) : [];
  const pending = { count: panel.pending.length, lines: panel.pending.map((p) => `${p.interviewerName} · ${p.stageName}`) };
  const nextStep = nextStepAfterDecision(decision) ?? rec?.nextStep ?? "";
  // A hold's link preselects the stage that covers the sections to probe (the application page picks it).
  const probe = decision?.held && decision.probeSectionIds.length > 0 ? `?probe=${decision.probeSectionIds.join(",")}` : "";
  const scheduleHref = debrief.canSchedule ? `/applications/${debrief.application.id}${probe}#schedule` : null;

  return (
    // On a phone the panels stack: the evidence comes first and the decision after it (order below lg), so the
    // hiring manager reads the panel before deciding; from lg up the decision sits beside the recommendation.
    <div className="flex flex-col gap-6 print:block print:space-y-4">
      <p className="hidden text-xs text-slate-500 print:block">
        Debrief packet, confidential: printed {new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by {user.name}.
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <RoleContextLine role={role}>
            {" "}
            · hires {[role.hiresSenior ? "Senior" : null, role.hiresStaff ? "Staff" : null].filter(Boolean).join(" or ")}
          </RoleContextLine>
          <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight">
            Debrief: {candidate.name}
            <Badge tone={STATUS_TONES[debrief.application.status]}>{APPLICATION_STATUS_LABELS[debrief.application.status]}</Badge>
            {decision?.held ? <Badge tone="violet">On hold</Badge> : null}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {panel.scorecards.length} {panel.scorecards.length === 1 ? "scorecard" : "scorecards"} submitted
            {panel.pending.length > 0 ? `, ${panel.pending.length} not in yet` : ""}.
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <PrintButton label="Print packet" />
          <Link
            href={`/applications/${debrief.application.id}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
          >
            Application
          </Link>
          <Link href={`/roles/${role.id}/analytics`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
            Role analytics
          </Link>
        </div>
      </div>

      <div className="contents *:min-w-0 lg:grid lg:grid-cols-5 lg:gap-6 print:block print:space-y-4">
        <div className="lg:col-span-3">
          <Panel id="recommendation" title="Recommendation" description="Computed from the submitted scorecards with this role's thresholds.">
            <SettingsChangeNotices notices={settingsNotices} roleId={role.id} />
            {rec ? (
              <RecommendationView recommendation={rec} nextStep={nextStep} />
            ) : (
              <EmptyState>{recommendation.ok ? null : recommendation.message}</EmptyState>
            )}
          </Panel>
        </div>
        <div className="max-lg:order-1 lg:col-span-2">
          <Panel id="decision" title="Decision">
            {decision ? (
              <div className="space-y-4">
                <DecisionSummary
                  decision={decision}
                  against={decision.snapshot.level ? againstRecommendation(decision.snapshot.level, decision, role).against : null}
                  scheduleHref={scheduleHref}
                />
                {debrief.canRevise ? (
                  <DecisionControls
                    key={decision.createdAt.toISOString()}
                    reviseAction={reviseDecisionAction}
                    reopenAction={reopenDecisionAction}
                    applicationId={debrief.application.id}
                    candidateName={candidate.name}
                    recommendedLevel={rec?.level ?? null}
                    role={hires}
                    sections={sections}
                    suggestedProbeIds={suggestedProbeIds}
                    pending={pending}
                  />
                ) : null}
              </div>
            ) : debrief.canDecide && rec ? (
              <>
                <div className="print:hidden">
                  <DecisionForm
                    action={recordDecisionAction}
                    applicationId={debrief.application.id}
                    candidateName={candidate.name}
                    recommendedLevel={rec.level}
                    role={hires}
                    sections={sections}
                    suggestedProbeIds={suggestedProbeIds}
                    pending={pending}
                  />
                </div>
                <p className="hidden text-sm text-slate-700 print:block">No decision recorded yet.</p>
              </>
            ) : (
              <EmptyState>
                {debrief.application.status === "withdrawn"
                  ? "The candidate withdrew; no decision will be recorded."
                  : debrief.isHiringManager
                    ? "A decision can be recorded once a scorecard is submitted."
                    : "No decision yet. The role's hiring manager records it here."}
              </EmptyState>
            )}
            <DecisionHistoryList entries={debrief.earlierDecisions} />
          </Panel>
        </div>
      </div>

      {debrief.guidance ? (
        <Panel id="bar-guidance" title="The bar" description="What Senior and Staff look like overall, from the role's framework.">
          <BarGuidance guidance={debrief.guidance} />
        </Panel>
      ) : null}

      <Panel id="matrix" title="Ratings matrix" description="Sections × interviewers. ★ marks the role's Staff-critical sections.">
        {panel.scorecards.length === 0 ? (
          <EmptyState>No scorecard has been submitted yet.</EmptyState>
        ) : (
          <RatingsMatrix
            candidateName={candidate.name}
            columns={panel.scorecards.map(({ scorecardId, interviewerName, interviewerLevel, stageName }) => ({
              scorecardId,
              interviewerName,
              interviewerLevel,
              stageName,
            }))}
            rows={rows}
            contradicted={contradicted.map((c) => c.scorecardId)}
          />
        )}
      </Panel>

      {panel.pending.length > 0 ? (
        <Panel
          id="pending"
          title="Scorecards not in yet"
          description="Scheduled interviews without a submitted scorecard; the recommendation leaves them out."
        >
          <PendingScorecards pending={panel.pending} />
        </Panel>
      ) : null}

      <div className="grid gap-6 *:min-w-0 lg:grid-cols-2 print:block print:space-y-4">
        <Panel id="checklist" title="Panel evidence checklist" description="What the loop as a whole should have collected.">
          <EvidenceChecklist checklist={debrief.checklist} rule={debrief.checklistRule} />
        </Panel>
        <Panel id="red-flags" title="Red flags raised">
          <div className="space-y-4">
            <RedFlagsList flags={panel.redFlags} />
            <ContradictionNotes items={contradicted} />
          </div>
        </Panel>
      </div>

      <Panel
        id="evidence"
        title="Evidence by section"
        description="Every note the panel wrote, with its rating and the scope the interviewer tagged."
      >
        {panel.scorecards.length === 0 ? (
          <EmptyState>No evidence yet.</EmptyState>
        ) : (
          <EvidenceBySection rows={rows} scorecards={panel.scorecards} ratings={panel.ratings} />
        )}
      </Panel>

      <div className="max-lg:order-2">
        <Panel id="history" title="History" description="From the audit log: scorecard submissions, the decision and its revisions.">
          <DebriefHistory entries={debrief.history} />
        </Panel>
      </div>
    </div>
  );
}
