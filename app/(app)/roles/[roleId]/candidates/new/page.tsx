import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { RoleHeader } from "@/components/roles/role-header";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { levelsLabel, loadRoleHeader } from "@/lib/roles/load-role-header";
import { addCandidateAction } from "./actions";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const metadata: Metadata = { title: "Add candidate" };

export default async function NewCandidatePage({ params }: { params: Promise<{ roleId: string }> }) {
  const user = await requireRole(...ROLE_EDITOR_APP_ROLES);
  const { roleId } = await params;
  const role = loadRoleHeader(db(), { user, roleId });
  if (!role) notFound();
  return (
    <div className="space-y-6">
      <RoleHeader role={{ ...role, levels: levelsLabel(role), framework: `${role.frameworkName} v${role.frameworkVersion}` }} active="overview" />
      <Panel id="add-candidate" title="Add a candidate" description={`They join the ${role.title} pipeline as active.`}>
        {role.status === "open" ? (
          <CandidateForm target={{ kind: "add", roleId: role.id }} action={addCandidateAction} />
        ) : (
          <EmptyState>This role is closed and takes no new candidates.</EmptyState>
        )}
      </Panel>
    </div>
  );
}
