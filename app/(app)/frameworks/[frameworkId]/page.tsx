import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { FormMessage } from "@/components/ui/form-message";
import { FrameworkEditor } from "@/components/frameworks/framework-editor";
import { FrameworkView } from "@/components/frameworks/framework-view";
import { PANEL_EVIDENCE_CHECKLIST } from "@/lib/frameworks/default-framework";
import { secondaryButton } from "@/components/ui/form-styles";
import { StartDraftButton } from "@/components/frameworks/version-actions";
import { VersionStatusBadge } from "@/components/frameworks/version-status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { requireRole } from "@/lib/auth/guards";
import { loadFrameworkVersion } from "@/lib/frameworks/load-framework-version";
import { createDraftAction, discardDraftAction, publishDraftAction, saveDraftAction } from "./actions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";

export const metadata: Metadata = { title: "Framework" };

type Props = { params: Promise<{ frameworkId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FrameworkPage({ params, searchParams }: Props) {
  const user = await requireRole(...FRAMEWORK_EDITOR_ROLES);
  const { frameworkId } = await params;
  const query = await searchParams;
  const current = loadFrameworkVersion(db(), { user, frameworkId });
  if (!current) notFound();
  const isDraft = current.status === "draft";

  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/frameworks", label: "Frameworks" }]} current={current.content.name} />

      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
            <span className="break-words">{current.content.name}</span>
            <VersionStatusBadge status={current.status} version={current.version} />
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {isDraft ? (
              current.version > 1 ? (
                <>Draft of version {current.version}. Roles keep using the published versions until you publish this one.</>
              ) : (
                <>A draft: roles can use the framework once it is published.</>
              )
            ) : (
              <>
                Published
                {current.publishedAt ? (
                  <>
                    {" "}
                    on <LocalTime iso={current.publishedAt.toISOString()} withWeekday={false} />
                  </>
                ) : null}
                {current.publishedByName ? <> by {current.publishedByName}</> : null}. A published version never changes; editing starts a new draft.
              </>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/frameworks/${frameworkId}/versions`} className={secondaryButton}>
            Versions
          </Link>
          <a href={`/frameworks/${frameworkId}/export?version=${current.version}&format=json`} className={secondaryButton} download>
            Export JSON
          </a>
          <a href={`/frameworks/${frameworkId}/export?version=${current.version}&format=markdown`} className={secondaryButton} download>
            Export Markdown
          </a>
        </div>
      </div>

      {query.published ? <FormMessage tone="success">Version {String(query.published)} is published. Roles can now pin it.</FormMessage> : null}
      {query.imported && isDraft ? (
        <FormMessage tone="success">
          {current.version > 1
            ? `Imported as draft v${current.version} of this framework. Compare it with the published version, save, then publish; roles keep the version they pin.`
            : "Imported as a draft. Review the sections, add level signals and questions, save, then publish."}
        </FormMessage>
      ) : null}
      {query.imported && !isDraft ? <FormMessage tone="success">Imported and published as version {current.version}.</FormMessage> : null}

      {isDraft ? (
        <FrameworkEditor
          key={current.versionId}
          versionId={current.versionId}
          version={current.version}
          revision={current.revision}
          initialContent={current.content}
          saveAction={saveDraftAction}
          publishAction={publishDraftAction}
          discardAction={discardDraftAction}
          discardDeletesFramework={current.version === 1}
          builtInChecklist={PANEL_EVIDENCE_CHECKLIST}
        />
      ) : (
        <>
          <StartDraftButton action={createDraftAction} frameworkId={frameworkId} nextVersion={current.version + 1} />
          <FrameworkView content={current.content} builtInChecklist={PANEL_EVIDENCE_CHECKLIST} />
        </>
      )}
    </div>
  );
}
