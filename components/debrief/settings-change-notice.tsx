import { LocalTime } from "@/components/ui/local-time";
import type { SettingsChangeNotice } from "@/lib/roles/settings-impact";

/**
 * The role's settings moved this debrief's recommendation: said above it, with what it was, so nobody reads a
 * flipped level as new evidence from the panel.
 */
export function SettingsChangeNotices({ notices, roleId }: { notices: SettingsChangeNotice[]; roleId: string }) {
  if (notices.length === 0) return null;
  return (
    <ul
      data-testid="settings-change-notice"
      className="mb-3 space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      {notices.map((n) => (
        <li key={n.changedAt.toISOString() + n.from + n.to}>
          The role&apos;s {n.what} changed on <LocalTime iso={n.changedAt.toISOString()} withWeekday={false} />
          {n.changedByName ? ` (${n.changedByName})` : ""}: this debrief was <span className="font-semibold">{n.from}</span>, now{" "}
          <span className="font-semibold">{n.to}</span>.{" "}
          <a href={`/roles/${roleId}/settings`} className="font-medium underline">
            See the settings
          </a>
        </li>
      ))}
    </ul>
  );
}
