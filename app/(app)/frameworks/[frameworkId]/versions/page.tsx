import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { VersionStatusBadge } from "@/components/frameworks/version-status-badge";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { listFrameworkVersions } from "@/lib/frameworks/list-framework-versions";
import { loadOr404 } from "../../load-or-404";

export const metadata: Metadata = { title: "Framework versions" };

export default async function FrameworkVersionsPage({ params }: { params: Promise<{ frameworkId: string }> }) {
  const user = await requireRole("recruiter", "admin");
  const { frameworkId } = await params;
  const { name, versions } = loadOr404(() => listFrameworkVersions(db(), { user, frameworkId }));

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/frameworks" className="hover:underline">
          Frameworks
        </Link>{" "}
        /{" "}
        <Link href={`/frameworks/${frameworkId}`} className="hover:underline">
          {name}
        </Link>{" "}
        / <span className="text-slate-700">Versions</span>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Versions of {name}</h1>
        <p className="mt-1 max-w-2xl text-slate-600">
          Each published version is frozen. A role pins one version, so its scorecards always render against the version they were written with.
        </p>
      </div>
      <Panel id="versions" title={`${versions.length} version${versions.length === 1 ? "" : "s"}`}>
        <div className="-mx-4 overflow-x-auto sm:-mx-5">
          <table className="min-w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium sm:px-5">
                  Version
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Published
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  By
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Sections
                </th>
                <th scope="col" className="px-4 py-2 font-medium sm:px-5">
                  Roles pinned
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {versions.map((v) => (
                <tr key={v.id} data-testid={`version-${v.version}`}>
                  <td className="whitespace-nowrap px-4 py-2.5 sm:px-5">
                    <Link
                      href={v.status === "draft" ? `/frameworks/${frameworkId}` : `/frameworks/${frameworkId}/versions/${v.version}`}
                      className="mr-2 font-medium text-brand-700 hover:underline"
                    >
                      {v.status === "draft" ? `Edit draft v${v.version}` : `View v${v.version}`}
                    </Link>
                    <VersionStatusBadge status={v.status} version={v.version} />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">
                    {v.publishedAt ? <LocalTime iso={v.publishedAt.toISOString()} withWeekday={false} /> : "Not yet"}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{v.publishedByName ?? (v.status === "published" ? "System" : "—")}</td>
                  <td className="px-3 py-2.5 text-right tabular-nums">{v.sections}</td>
                  <td className="px-4 py-2.5 sm:px-5">
                    {v.roles.length === 0 ? (
                      <span className="text-slate-500">None</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {v.roles.map((r) => (
                          <li key={r.id}>
                            <Link href={`/roles/${r.id}`} className="text-brand-700 hover:underline">
                              {r.title}
                            </Link>{" "}
                            {r.status === "closed" ? <Badge>Closed</Badge> : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Panel>
    </div>
  );
}
