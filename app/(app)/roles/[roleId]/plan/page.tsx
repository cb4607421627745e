import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { PlanEditor } from "@/components/roles/plan-editor";
import { ClosedRoleNotice } from "@/components/roles/closed-role-notice";
import { RoleHeader } from "@/components/roles/role-header";
import { requireRole } from "@/lib/auth/guards";
import { loadInterviewPlan } from "@/lib/roles/load-interview-plan";
import { levelsLabel, loadRoleHeader } from "@/lib/roles/load-role-header";
import { saveInterviewPlanAction } from "./actions";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const metadata: Metadata = { title: "Interview plan" };

export default async function InterviewPlanPage({ params }: { params: Promise<{ roleId: string }> }) {
  const user = await requireRole(...ROLE_EDITOR_APP_ROLES);
  const { roleId } = await params;
  const database = db();
  const role = loadRoleHeader(database, { user, roleId });
  if (!role) notFound();
  const plan = loadInterviewPlan(database, role);
  return (
    <div className="space-y-6">
      <RoleHeader role={{ ...role, levels: levelsLabel(role), framework: `${role.frameworkName} v${role.frameworkVersion}` }} active="plan" />
      <p className="text-sm text-slate-600">
        The loop&apos;s stages in order. Focus sections come from the{" "}
        <Link href={`/roles/${role.id}/settings`} className="text-brand-700 underline">
          sections in play
        </Link>
        ; pools from the{" "}
        <Link href={`/roles/${role.id}/team`} className="text-brand-700 underline">
          hiring team
        </Link>
        &apos;s interviewers.
      </p>
      {role.status === "closed" ? <ClosedRoleNotice roleId={role.id} what="its interview plan" /> : null}
      {/* A closed role's plan stays readable; the disabled fieldset turns off every control (the server refuses the save too). */}
      <fieldset disabled={role.status === "closed"} className="min-w-0">
        <legend className="sr-only">Interview plan{role.status === "closed" ? " (read-only: the role is closed)" : ""}</legend>
        <PlanEditor
          roleId={role.id}
          hiresStaff={role.hiresStaff}
          sections={plan.sectionsInPlay}
          otherSections={plan.otherSections}
          interviewers={plan.interviewers}
          initialStages={plan.stages}
          action={saveInterviewPlanAction}
        />
      </fieldset>
    </div>
  );
}
