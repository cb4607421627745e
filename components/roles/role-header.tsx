import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export type RoleTab = "overview" | "settings" | "plan" | "team" | "analytics";

const TABS: { key: RoleTab; label: string; path: string }[] = [
  { key: "overview", label: "Pipeline", path: "" },
  { key: "settings", label: "Scorecard settings", path: "/settings" },
  { key: "plan", label: "Interview plan", path: "/plan" },
  { key: "team", label: "Hiring team", path: "/team" },
  { key: "analytics", label: "Calibration", path: "/analytics" },
];

/** The title block and tab bar shared by a role's pages. */
export function RoleHeader({
  role,
  active,
  actions,
}: {
  role: { id: string; title: string; team: string; levels: string; framework: string; status: "open" | "closed" };
  active: RoleTab;
  actions?: React.ReactNode;
}) {
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={[{ href: "/roles", label: "Roles" }]} current={role.title} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">{role.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
            {role.team ? <span>{role.team}</span> : null}
            {role.team ? <span aria-hidden="true">·</span> : null}
            <span>Hires {role.levels}</span>
            <span aria-hidden="true">·</span>
            <span>{role.framework}</span>
            {role.status === "closed" ? <Badge>Closed</Badge> : null}
          </p>
        </div>
        {actions}
      </div>
      {/* On a phone the tabs wrap onto a second row instead of running off-screen. */}
      <nav aria-label="Role sections">
        <ul className="flex flex-wrap gap-x-1 border-b border-slate-200 text-sm">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link
                href={`/roles/${role.id}${tab.path}`}
                aria-current={tab.key === active ? "page" : undefined}
                className={`block whitespace-nowrap border-b-2 px-3 py-2 ${
                  tab.key === active
                    ? "border-brand-600 font-medium text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
