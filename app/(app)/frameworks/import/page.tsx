import type { Metadata } from "next";
import Link from "next/link";
import { ChecklistImport } from "@/components/frameworks/checklist-import";
import { JsonImport } from "@/components/frameworks/json-import";
import { requireRole } from "@/lib/auth/guards";
import { FRAMEWORK_JSON_FORMAT, FRAMEWORK_JSON_SCHEMA_VERSION } from "@/lib/frameworks/framework-json";
import { importChecklistAction, importJsonAction, previewChecklistAction, previewJsonAction } from "./actions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { db } from "@/db";
import type { ExistingFramework } from "@/components/frameworks/import-target";

export const metadata: Metadata = { title: "Import a framework" };

const TABS = [
  { format: "markdown", label: "Ladder or checklist" },
  { format: "json", label: "Levelset JSON" },
] as const;

export default async function ImportFrameworkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole(...FRAMEWORK_EDITOR_ROLES);
  // What an import could become a new version of: matched by name in the form.
  const existing: ExistingFramework[] = listFrameworks(db(), { user }).map((f) => ({
    id: f.id,
    name: f.name,
    latestVersion: f.latest.version,
    hasDraft: f.latest.status === "draft",
  }));
  const format = (await searchParams).format === "json" ? "json" : "markdown";

  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/frameworks", label: "Frameworks" }]} current="Import" />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import a framework</h1>
        <p className="mt-1 max-w-2xl text-slate-600">
          Bring in your career ladder or competency checklist from a wiki page or a document (Markdown, YAML or plain text), or a framework exported
          from Levelset. You see what was recognised before anything is saved.
        </p>
      </div>

      <nav aria-label="Import format" className="flex w-full gap-1 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-sm sm:w-fit">
        {TABS.map((tab) => (
          <Link
            key={tab.format}
            href={`/frameworks/import?format=${tab.format}`}
            aria-current={format === tab.format ? "page" : undefined}
            className={`flex-1 rounded-md px-3 py-1.5 text-center font-medium sm:flex-none ${
              format === tab.format ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"
            }`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="import-heading" className="panel p-4 sm:p-5">
          <h2 id="import-heading" className="mb-4 font-semibold">
            {format === "json" ? "Import a Levelset JSON file" : "Import a ladder or checklist (Markdown, YAML or text)"}
          </h2>
          {format === "json" ? (
            <JsonImport key="json" previewAction={previewJsonAction} importAction={importJsonAction} existing={existing} />
          ) : (
            <ChecklistImport key="markdown" previewAction={previewChecklistAction} importAction={importChecklistAction} existing={existing} />
          )}
        </section>

        <aside className="space-y-3 text-sm text-slate-600">
          {format === "json" ? (
            <>
              <h2 className="font-semibold text-slate-900">The file format</h2>
              <p>
                One JSON object: <code className="text-xs">&quot;format&quot;: &quot;{FRAMEWORK_JSON_FORMAT}&quot;</code>,{" "}
                <code className="text-xs">&quot;schemaVersion&quot;: {FRAMEWORK_JSON_SCHEMA_VERSION}</code>, an optional{" "}
                <code className="text-xs">exportedAt</code>, and <code className="text-xs">framework</code> with its name, description and sections.
              </p>
              <p>
                Each section has a <code className="text-xs">key</code>, <code className="text-xs">name</code>,{" "}
                <code className="text-xs">description</code>, <code className="text-xs">staffCriticalByDefault</code>,{" "}
                <code className="text-xs">items</code>, <code className="text-xs">seniorSignal</code>, <code className="text-xs">staffSignal</code>,{" "}
                <code className="text-xs">questions</code> (prompt, seniorSignal, staffSignal) and <code className="text-xs">redFlags</code> (title,
                severity: note, caps-at-senior or blocks-hire, description).
              </p>
              <p>Export any framework to get an example. Unknown fields are refused rather than dropped, so an import never loses data silently.</p>
            </>
          ) : (
            <>
              <h2 className="font-semibold text-slate-900">What Levelset reads</h2>
              <ul className="list-disc space-y-1 pl-5">
                <li>
                  Each <code className="text-xs">## Heading</code> is a competency, with its bullets, task-list items or numbered items as the
                  checklist; nested bullets stay with their parent.
                </li>
                <li>
                  Levels are read wherever the ladder puts them: as headings (<code className="text-xs">## IC3</code>,{" "}
                  <code className="text-xs">### Staff</code>), as the rows or columns of a table, or in YAML. You pick which level is Senior and which
                  is Staff; the others are kept as reference in the kit.
                </li>
                <li>YAML files and YAML front matter are read too (the README shows a shape you can write by hand).</li>
                <li>A ★ or &quot;(Staff-critical)&quot; beside a heading marks the competency Staff-critical.</li>
                <li>A bar summary becomes guidance for the whole framework and an evidence checklist becomes the panel&apos;s checklist.</li>
                <li>Anything not used is set aside and listed with its full text and the reason, so nothing is dropped silently.</li>
              </ul>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
