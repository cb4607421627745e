import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { FrameworkView } from "@/components/frameworks/framework-view";
import { PANEL_EVIDENCE_CHECKLIST } from "@/lib/frameworks/default-framework";
import { secondaryButton } from "@/components/ui/form-styles";
import { VersionStatusBadge } from "@/components/frameworks/version-status-badge";
import { PinnedRoleItem } from "@/components/roles/pinned-role-item";
import { LocalTime } from "@/components/ui/local-time";
import { requireRole } from "@/lib/auth/guards";
import { listFrameworkVersions } from "@/lib/frameworks/list-framework-versions";
import { loadFrameworkVersion } from "@/lib/frameworks/load-framework-version";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";

export const metadata: Metadata = { title: "Framework version" };

export default async function FrameworkVersionPage({ params }: { params: Promise<{ frameworkId: string; version: string }> }) {
  const user = await requireRole(...FRAMEWORK_EDITOR_ROLES);
  const { frameworkId, version: versionParam } = await params;
  if (!/^[1-9][0-9]{0,5}$/.test(versionParam)) notFound();
  const loaded = loadFrameworkVersion(db(), { user, frameworkId, version: Number(versionParam) });
  if (!loaded) notFound();
  const pinned = listFrameworkVersions(db(), { user, frameworkId })?.versions.find((v) => v.id === loaded.versionId)?.roles ?? [];

  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/frameworks", label: "Frameworks" },
          { href: `/frameworks/${frameworkId}`, label: loaded.frameworkName },
          { href: `/frameworks/${frameworkId}/versions`, label: "Versions" },
        ]}
        current={`v${loaded.version}`}
      />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
            <span className="break-words">{loaded.content.name}</span>
            <VersionStatusBadge status={loaded.status} version={loaded.version} />
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {loaded.status === "published" ? (
              <>
                Read-only. Published
                {loaded.publishedAt ? (
                  <>
                    {" "}
                    on <LocalTime iso={loaded.publishedAt.toISOString()} withWeekday={false} />
                  </>
                ) : null}
                {loaded.publishedByName ? <> by {loaded.publishedByName}</> : null}.
              </>
            ) : (
              <>
                This draft is still being edited.{" "}
                <Link href={`/frameworks/${frameworkId}`} className="text-brand-700 hover:underline">
                  Open the editor
                </Link>
                .
              </>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/frameworks/${frameworkId}/export?version=${loaded.version}&format=json`} className={secondaryButton} download>
            Export JSON
          </a>
          <a href={`/frameworks/${frameworkId}/export?version=${loaded.version}&format=markdown`} className={secondaryButton} download>
            Export Markdown
          </a>
        </div>
      </div>

      <section aria-labelledby="pinned-heading" className="panel px-4 py-3 sm:px-5">
        <h2 id="pinned-heading" className="font-semibold">
          Roles pinned to v{loaded.version}
        </h2>
        {pinned.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">No role uses this version.</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {pinned.map((r) => (
              <PinnedRoleItem key={r.id} role={r} />
            ))}
          </ul>
        )}
      </section>

      <FrameworkView content={loaded.content} builtInChecklist={PANEL_EVIDENCE_CHECKLIST} />
    </div>
  );
}
