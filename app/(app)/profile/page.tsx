import type { Metadata } from "next";
import { db } from "@/db";
import { CalendarFeedSettings } from "@/components/profile/calendar-feed-settings";
import { NotificationSettings } from "@/components/profile/notification-settings";
import { Panel } from "@/components/ui/panel";
import { requireUser } from "@/lib/auth/guards";
import { loadCalendarFeedStatus } from "@/lib/calendar/calendar-feed-token";
import { loadNotificationSettings } from "@/lib/mail/notification-preferences";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "./calendar-feed-actions";
import { saveNotificationSettingsAction } from "./notification-actions";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  const settings = loadNotificationSettings(db(), user.id);
  const feed = loadCalendarFeedStatus(db(), user.id);
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
      <Panel id="calendar-feed" title="Calendar feed" description="Your interviews in Google Calendar or Outlook, kept up to date.">
        <CalendarFeedSettings
          feed={feed ? { createdAt: feed.createdAt.toISOString() } : null}
          createAction={createCalendarFeedAction}
          revokeAction={revokeCalendarFeedAction}
        />
      </Panel>
    </div>
  );
}
