import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { VersionStatusBadge } from "@/components/frameworks/version-status-badge";
import { PinnedRoleItem } from "@/components/roles/pinned-role-item";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import { Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { listFrameworkVersions } from "@/lib/frameworks/list-framework-versions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";

export const metadata: Metadata = { title: "Framework versions" };

export default async function FrameworkVersionsPage({ params }: { params: Promise<{ frameworkId: string }> }) {
  const user = await requireRole(...FRAMEWORK_EDITOR_ROLES);
  const { frameworkId } = await params;
  const listed = listFrameworkVersions(db(), { user, frameworkId });
  if (!listed) notFound();
  const { name, versions } = listed;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/frameworks", label: "Frameworks" },
          { href: `/frameworks/${frameworkId}`, label: name },
        ]}
        current="Versions"
      />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Versions of {name}</h1>
        <p className="mt-1 max-w-2xl text-slate-600">
          Each published version is frozen. A role pins one version, so its scorecards always render against the version they were written with.
        </p>
      </div>
      <Panel id="versions" title={`${versions.length} version${versions.length === 1 ? "" : "s"}`}>
        <ScrollRegion bleed>
          <DataTable
            head={
              <>
                <Th>Version</Th>
                <Th>Published</Th>
                <Th>By</Th>
                <Th numeric>Sections</Th>
                <Th>Roles pinned</Th>
              </>
            }
          >
            {versions.map((v) => (
              <tr key={v.id} data-testid={`version-${v.version}`}>
                <Td className="whitespace-nowrap">
                  <Link
                    href={v.status === "draft" ? `/frameworks/${frameworkId}` : `/frameworks/${frameworkId}/versions/${v.version}`}
                    className="mr-2 link"
                  >
                    {v.status === "draft" ? `Edit draft v${v.version}` : `View v${v.version}`}
                  </Link>
                  <VersionStatusBadge status={v.status} version={v.version} />
                </Td>
                <Td className="whitespace-nowrap text-slate-600">
                  {v.publishedAt ? <LocalTime iso={v.publishedAt.toISOString()} withWeekday={false} /> : "Not yet"}
                </Td>
                <Td className="whitespace-nowrap text-slate-600">{v.publishedByName ?? (v.status === "published" ? "System" : "—")}</Td>
                <Td numeric>{v.sections}</Td>
                <Td>
                  {v.roles.length === 0 ? (
                    <span className="text-slate-500">None</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {v.roles.map((r) => (
                        <PinnedRoleItem key={r.id} role={r} />
                      ))}
                    </ul>
                  )}
                </Td>
              </tr>
            ))}
          </DataTable>
        </ScrollRegion>
      </Panel>
    </div>
  );
}
