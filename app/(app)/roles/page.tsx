import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { linkButton } from "@/components/ui/form-styles";
import { Badge } from "@/components/ui/badge";
import { EmptyState, Panel } from "@/components/ui/panel";
import { hasRole, requireRole } from "@/lib/auth/guards";
import { levelsLabel } from "@/lib/roles/load-role-header";
import { listRoles } from "@/lib/roles/list-roles";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  const user = await requireRole("recruiter", "admin", "hiring-manager");
  const roles = listRoles(db(), { user });
  const canCreate = hasRole(user, "recruiter", "admin");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Roles</h1>
          <p className="mt-1 text-slate-600">
            {canCreate ? "Every open position, its pipeline and its interview loop." : "The roles you hire for, with their pipelines."}
          </p>
        </div>
        {canCreate ? (
          <Link href="/roles/new" className={linkButton}>
            New role
          </Link>
        ) : null}
      </div>
      <Panel id="role-list" title={canCreate ? "All roles" : "Roles I hire for"} description="Counts are applications by status.">
        {roles.length === 0 ? (
          <EmptyState>{canCreate ? "No roles yet. Create the first one with “New role”." : "You are not the hiring manager of any role yet."}</EmptyState>
        ) : (
          <div className="-mx-4 overflow-x-auto sm:-mx-5">
            <table className="w-full min-w-[40rem] text-sm">
              <thead>
                <tr className="border-b border-slate-100 text-left text-xs uppercase tracking-wide text-slate-500">
                  <th scope="col" className="min-w-[13rem] px-4 py-2 font-medium sm:px-5">
                    Role
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Hiring manager
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Active
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Debrief
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Decided
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Withdrawn
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium sm:px-5">
                    Stages
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {roles.map((r) => (
                  <tr key={r.id}>
                    <td className="px-4 py-2.5 sm:px-5">
                      <Link href={`/roles/${r.id}`} className="font-medium text-brand-700 hover:underline">
                        {r.title}
                      </Link>
                      {r.status === "closed" ? (
                        <span className="ml-2">
                          <Badge>Closed</Badge>
                        </span>
                      ) : null}
                      <p className="text-xs text-slate-500">
                        {[r.team, `hires ${levelsLabel(r)}`, r.framework].filter(Boolean).join(" · ")}
                      </p>
                    </td>
                    <td className="px-3 py-2.5 text-slate-700">{r.hiringManager ?? "—"}</td>
                    <td className="px-3 py-2.5 text-right tabular-nums">{r.counts.active}</td>
                    <td className="px-3 py-2.5 text-right tabular-nums">{r.counts.debrief}</td>
                    <td className="px-3 py-2.5 text-right tabular-nums">{r.counts.decided}</td>
                    <td className="px-3 py-2.5 text-right tabular-nums">{r.counts.withdrawn}</td>
                    <td className="px-4 py-2.5 text-right tabular-nums sm:px-5">{r.stages}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </div>
  );
}
