import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { NewFrameworkForm } from "@/components/frameworks/new-framework-form";
import { primaryButton } from "@/components/ui/form-styles";
import { VersionStatusBadge } from "@/components/frameworks/version-status-badge";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { createFrameworkAction } from "./actions";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";

export const metadata: Metadata = { title: "Frameworks" };

export default async function FrameworksPage() {
  const user = await requireRole(...FRAMEWORK_EDITOR_ROLES);
  const frameworks = listFrameworks(db(), { user });
  const copySources = frameworks.filter((f) => f.published).map((f) => ({ id: f.id, label: `${f.name} v${f.published?.version}` }));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Frameworks</h1>
          <p className="mt-1 max-w-2xl text-slate-600">
            Competency frameworks: sections, checklist items, level signals, probing questions and red flags. A role pins a published version, so its
            scorecards always read against the version they were written with.
          </p>
        </div>
        <Link href="/frameworks/import" className={primaryButton}>
          Import a framework
        </Link>
      </div>

      <Panel id="framework-list" title="All frameworks" description="The newest version of each; a draft is edited until it is published.">
        {frameworks.length === 0 ? (
          <EmptyState>No frameworks yet. Import a checklist or create one below.</EmptyState>
        ) : (
          <ScrollRegion bleed>
            <DataTable
              head={
                <>
                  <Th>Framework</Th>
                  <Th>Newest version</Th>
                  <Th>Last published</Th>
                  <Th numeric>Sections</Th>
                  <Th numeric>Roles</Th>
                </>
              }
            >
              {frameworks.map((f) => (
                <tr key={f.id}>
                  <Td>
                    <Link href={`/frameworks/${f.id}`} className="link">
                      {f.name}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      <Link href={`/frameworks/${f.id}/versions`} className="inline-block py-1 hover:underline">
                        {f.versions} version{f.versions === 1 ? "" : "s"}
                      </Link>
                    </span>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <VersionStatusBadge status={f.latest.status} version={f.latest.version} />
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">
                    {f.published ? (
                      <>
                        v{f.published.version}
                        {f.published.publishedAt ? (
                          <>
                            {" · "}
                            <LocalTime iso={f.published.publishedAt.toISOString()} withWeekday={false} />
                          </>
                        ) : null}
                      </>
                    ) : (
                      "Never"
                    )}
                  </Td>
                  <Td numeric>{f.latest.sections}</Td>
                  <Td numeric>{f.roles}</Td>
                </tr>
              ))}
            </DataTable>
          </ScrollRegion>
        )}
      </Panel>

      <Panel id="new-framework" title="New framework" description="Starts as a draft you can edit and then publish.">
        <NewFrameworkForm action={createFrameworkAction} sources={copySources} />
      </Panel>
    </div>
  );
}
