import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { linkButton } from "@/components/ui/form-styles";
import { Badge } from "@/components/ui/badge";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { levelsLabel } from "@/lib/roles/load-role-header";
import { listRoles, type RoleListItem } from "@/lib/roles/list-roles";
import { ROLE_EDITOR_APP_ROLES, isRecruiterOrAdmin } from "@/lib/permissions/app-roles";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  const user = await requireRole(...ROLE_EDITOR_APP_ROLES);
  const roles = listRoles(db(), { user });
  const open = roles.filter((r) => r.status === "open");
  const closed = roles.filter((r) => r.status === "closed");
  const canCreate = isRecruiterOrAdmin(user);
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
      <Panel id="role-list" title={canCreate ? "Open roles" : "Open roles I hire for"} description="Counts are applications by status.">
        {open.length === 0 ? (
          <EmptyState>
            {roles.length > 0
              ? "No open roles. The closed ones are listed below."
              : canCreate
                ? "No roles yet. Create the first one with “New role”."
                : "You are not the hiring manager of any role yet."}
          </EmptyState>
        ) : (
          <RoleTable roles={open} />
        )}
      </Panel>
      {closed.length > 0 ? (
        <Panel
          id="closed-roles"
          title="Closed roles"
          description="They take no new candidates and are off the home page; their pipelines, debriefs, calibration and history stay readable."
        >
          <RoleTable roles={closed} />
        </Panel>
      ) : null}
    </div>
  );
}

function RoleTable({ roles }: { roles: RoleListItem[] }) {
  return (
    <ScrollRegion bleed>
      <DataTable
        className="min-w-[40rem]"
        head={
          <>
            <Th className="min-w-[13rem]">Role</Th>
            <Th>Hiring manager</Th>
            <Th numeric>Active</Th>
            <Th numeric>Debrief</Th>
            <Th numeric>Decided</Th>
            <Th numeric>Withdrawn</Th>
            <Th numeric>Stages</Th>
          </>
        }
      >
        {roles.map((r) => (
          <tr key={r.id}>
            <Td>
              <Link href={`/roles/${r.id}`} className="link">
                {r.title}
              </Link>
              {r.status === "closed" ? (
                <span className="ml-2">
                  <Badge>Closed</Badge>
                </span>
              ) : null}
              <p className="text-xs text-slate-500">{[r.team, `hires ${levelsLabel(r)}`, r.framework].filter(Boolean).join(" · ")}</p>
            </Td>
            <Td className="text-slate-700">{r.hiringManager ?? "—"}</Td>
            <Td numeric>{r.counts.active}</Td>
            <Td numeric>{r.counts.debrief}</Td>
            <Td numeric>{r.counts.decided}</Td>
            <Td numeric>{r.counts.withdrawn}</Td>
            <Td numeric>{r.stages}</Td>
          </tr>
        ))}
      </DataTable>
    </ScrollRegion>
  );
}
