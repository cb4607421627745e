import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { ClosedRoleNotice } from "@/components/roles/closed-role-notice";
import { RoleHeader } from "@/components/roles/role-header";
import { RoleSettingsForm } from "@/components/roles/role-settings-form";
import { Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { listPublishedVersions } from "@/lib/roles/list-published-versions";
import { levelsLabel, loadRoleHeader } from "@/lib/roles/load-role-header";
import { loadRoleSettings } from "@/lib/roles/load-role-settings";
import { ReminderDelayForm } from "@/components/roles/reminder-delay-form";
import { loadReminderDelay } from "@/lib/roles/update-reminder-delay";
import { updateReminderDelayAction, updateRoleSettingsAction } from "./actions";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export const metadata: Metadata = { title: "Scorecard settings" };

export default async function RoleSettingsPage({ params }: { params: Promise<{ roleId: string }> }) {
  const user = await requireRole(...ROLE_EDITOR_APP_ROLES);
  const { roleId } = await params;
  const database = db();
  const role = loadRoleHeader(database, { user, roleId });
  if (!role) notFound();
  const settings = loadRoleSettings(database, role);
  const versions = listPublishedVersions(database);
  const reminderMinutes = loadReminderDelay(database, user, role.id);
  if (reminderMinutes === null) notFound();
  return (
    <div className="space-y-6">
      <RoleHeader role={{ ...role, levels: levelsLabel(role), framework: `${role.frameworkName} v${role.frameworkVersion}` }} active="settings" />
      <Panel id="settings" title="Scorecard settings" description="What the loop assesses and where the Senior and Staff bars sit.">
        {role.status === "closed" ? (
          <div className="mb-4">
            <ClosedRoleNotice roleId={role.id} what="its scorecard settings" />
          </div>
        ) : null}
        <fieldset disabled={role.status === "closed"} className="min-w-0">
          <legend className="sr-only">Scorecard settings{role.status === "closed" ? " (read-only: the role is closed)" : ""}</legend>
          <RoleSettingsForm
            roleId={role.id}
            versions={versions}
            initial={settings.values}
            versionLockedBy={settings.scorecards}
            action={updateRoleSettingsAction}
            submitLabel="Save settings"
          />
        </fieldset>
      </Panel>
      <Panel id="reminders" title="Scorecard reminders" description="When interviewers are reminded of a scorecard they have not written.">
        <ReminderDelayForm roleId={role.id} minutes={reminderMinutes} action={updateReminderDelayAction} />
      </Panel>
    </div>
  );
}
