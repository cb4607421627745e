import type { Metadata } from "next";
import Link from "next/link";
import { ChecklistImport } from "@/components/frameworks/checklist-import";
import { JsonImport } from "@/components/frameworks/json-import";
import { requireRole } from "@/lib/auth/guards";
import { FRAMEWORK_JSON_FORMAT, FRAMEWORK_JSON_SCHEMA_VERSION } from "@/lib/frameworks/framework-json";
import { importChecklistAction, importJsonAction, previewChecklistAction, previewJsonAction } from "./actions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";

export const metadata: Metadata = { title: "Import a framework" };

const TABS = [
  { format: "markdown", label: "Markdown checklist" },
  { format: "json", label: "Levelset JSON" },
] as const;

export default async function ImportFrameworkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole(...FRAMEWORK_EDITOR_ROLES);
  const format = (await searchParams).format === "json" ? "json" : "markdown";

  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/frameworks", label: "Frameworks" }]} current="Import" />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import a framework</h1>
        <p className="mt-1 max-w-2xl text-slate-600">
          Bring in a competency checklist from a wiki page or a document, or a framework exported from Levelset. You see what was recognised before
          anything is saved.
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
        <section aria-labelledby="import-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="import-heading" className="mb-4 font-semibold">
            {format === "json" ? "Import a Levelset JSON file" : "Import a Markdown checklist"}
          </h2>
          {format === "json" ? (
            <JsonImport key="json" previewAction={previewJsonAction} importAction={importJsonAction} />
          ) : (
            <ChecklistImport key="markdown" previewAction={previewChecklistAction} importAction={importChecklistAction} />
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
                  Each <code className="text-xs">## Heading</code> is a section; its first paragraph is the description.
                </li>
                <li>Task-list items, bullets and numbered items under it are checklist items; nested bullets fold into their parent.</li>
                <li>A ★ before or after a heading marks the section Staff-critical.</li>
                <li>Front matter, rules, tables, code blocks and extra paragraphs are set aside and listed with the reason.</li>
                <li>Rating legends, how-to-use notes and bar summaries are recognised and start unticked.</li>
              </ul>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
