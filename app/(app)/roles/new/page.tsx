import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { RoleSettingsForm } from "@/components/roles/role-settings-form";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { DEFAULT_THRESHOLDS } from "@/lib/calibration/thresholds";
import { listPublishedVersions, newestPublishedVersion } from "@/lib/roles/list-published-versions";
import { listTeamCandidates } from "@/lib/roles/list-team-candidates";
import { createRoleAction } from "./actions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { RECRUITER_ADMIN_APP_ROLES } from "@/lib/permissions/app-roles";

export const metadata: Metadata = { title: "New role" };

export default async function NewRolePage() {
  const user = await requireRole(...RECRUITER_ADMIN_APP_ROLES);
  const database = db();
  const versions = listPublishedVersions(database);
  const options = listTeamCandidates(database, user);
  const first = newestPublishedVersion(versions);
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/roles", label: "Roles" }]} current="New role" />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New role</h1>
        <p className="mt-1 text-slate-600">
          Pin a published framework, choose what the loop assesses, and name the hiring team. You plan the stages next.
        </p>
      </div>
      <Panel title="Role and scorecard" id="new-role">
        {first ? (
          <RoleSettingsForm
            versions={versions}
            initial={{
              title: "",
              team: "",
              hiresSenior: true,
              hiresStaff: true,
              frameworkVersionId: first.id,
              sectionIds: first.sections.map((s) => s.id),
              staffCriticalSectionIds: first.sections.filter((s) => s.staffCriticalByDefault).map((s) => s.id),
              thresholds: { ...DEFAULT_THRESHOLDS },
            }}
            team={{
              options,
              initial: {
                hiringManagerId: "",
                recruiterIds: user.roles.includes("recruiter") ? [user.id] : [],
                interviewerIds: [],
              },
            }}
            action={createRoleAction}
            submitLabel="Create role"
          />
        ) : (
          <EmptyState>
            No framework version is published yet. Publish one on the{" "}
            <Link href="/frameworks" className="text-brand-700 underline">
              Frameworks
            </Link>{" "}
            page first.
          </EmptyState>
        )}
      </Panel>
    </div>
  );
}
