import type { Metadata } from "next";
import { db } from "@/db";
import { NotificationSettings } from "@/components/profile/notification-settings";
import { Panel } from "@/components/ui/panel";
import { requireUser } from "@/lib/auth/guards";
import { loadNotificationSettings } from "@/lib/mail/notification-preferences";
import { saveNotificationSettingsAction } from "./notification-actions";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  const settings = loadNotificationSettings(db(), user.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
        <p className="mt-1 text-slate-600">
          {user.name} · {user.email}
        </p>
      </div>
      <Panel id="notifications" title="Notifications" description="Which emails Levelset sends you.">
        <NotificationSettings initial={settings} action={saveNotificationSettingsAction} />
      </Panel>
    </div>
  );
}
