import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { HiringTeamForm } from "@/components/roles/hiring-team-form";
import { RoleHeader } from "@/components/roles/role-header";
import { Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { levelsLabel, loadRoleHeader } from "@/lib/roles/load-role-header";
import { listTeamCandidates, loadCurrentTeam } from "@/lib/roles/list-team-candidates";
import { updateHiringTeamAction } from "./actions";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const metadata: Metadata = { title: "Hiring team" };

export default async function HiringTeamPage({ params }: { params: Promise<{ roleId: string }> }) {
  const user = await requireRole(...ROLE_EDITOR_APP_ROLES);
  const { roleId } = await params;
  const database = db();
  const role = loadRoleHeader(database, { user, roleId });
  if (!role) notFound();
  return (
    <div className="space-y-6">
      <RoleHeader role={{ ...role, levels: levelsLabel(role), framework: `${role.frameworkName} v${role.frameworkVersion}` }} active="team" />
      <Panel id="team" title="Hiring team" description="Who decides, who recruits, and who may be put in a stage's interviewer pool.">
        <HiringTeamForm
          roleId={role.id}
          options={listTeamCandidates(database, user)}
          initial={loadCurrentTeam(database, { user, roleId: role.id })}
          action={updateHiringTeamAction}
        />
      </Panel>
    </div>
  );
}
