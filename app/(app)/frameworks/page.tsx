import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { NewFrameworkForm } from "@/components/frameworks/new-framework-form";
import { primaryButton } from "@/components/ui/form-styles";
import { VersionStatusBadge } from "@/components/frameworks/version-status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { createFrameworkAction } from "./actions";

export const metadata: Metadata = { title: "Frameworks" };

export default async function FrameworksPage() {
  const user = await requireRole("recruiter", "admin");
  const frameworks = listFrameworks(db(), { user });
  const copySources = frameworks.filter((f) => f.published).map((f) => ({ id: f.id, label: `${f.name} v${f.published?.version}` }));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Frameworks</h1>
          <p className="mt-1 max-w-2xl text-slate-600">
            Competency frameworks: sections, checklist items, level signals, probing questions and red flags. A role pins a published version,
            so its scorecards always read against the version they were written with.
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
          <div className="-mx-4 overflow-x-auto sm:-mx-5">
            <table className="min-w-full text-left text-sm">
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium sm:px-5">
                    Framework
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Newest version
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Last published
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Sections
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium sm:px-5">
                    Roles
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {frameworks.map((f) => (
                  <tr key={f.id}>
                    <td className="px-4 py-2.5 sm:px-5">
                      <Link href={`/frameworks/${f.id}`} className="font-medium text-brand-700 hover:underline">
                        {f.name}
                      </Link>
                      <span className="block text-xs text-slate-500">
                        <Link href={`/frameworks/${f.id}/versions`} className="inline-block py-1 hover:underline">
                          {f.versions} version{f.versions === 1 ? "" : "s"}
                        </Link>
                      </span>
                    </td>
                    <td className="whitespace-nowrap px-3 py-2.5">
                      <VersionStatusBadge status={f.latest.status} version={f.latest.version} />
                    </td>
                    <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">
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
                    </td>
                    <td className="px-3 py-2.5 text-right tabular-nums">{f.latest.sections}</td>
                    <td className="px-4 py-2.5 text-right tabular-nums sm:px-5">{f.roles}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>

      <Panel id="new-framework" title="New framework" description="Starts as a draft you can edit and then publish.">
        <NewFrameworkForm action={createFrameworkAction} sources={copySources} />
      </Panel>
    </div>
  );
}
