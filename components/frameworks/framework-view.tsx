"use client";

import { Badge } from "@/components/ui/badge";
import { SEVERITY_LABELS, SEVERITY_TONES } from "@/lib/frameworks/red-flag-severity";
import type { FrameworkContent, PanelEvidenceContent } from "@/lib/frameworks/types";
import { BarGuidance, LevelReferences } from "./bar-guidance";
import { plural } from "@/lib/plural";

/**
 * A framework version, read-only: bar guidance, every section with its items, signals, questions, red flags and other levels, and the evidence checklist.
 * A client component given the content it shows, so its markup is written once, into the HTML, not again element by
 * element in the page's RSC payload.
 */
export function FrameworkView({ content, builtInChecklist }: { content: FrameworkContent; builtInChecklist?: PanelEvidenceContent[] }) {
  const checklist = content.evidenceChecklist ?? builtInChecklist;
  const sectionName = new Map(content.sections.map((s) => [s.key, s.name]));
  return (
    <div className="space-y-4">
      {content.description ? <p className="max-w-3xl whitespace-pre-line text-slate-700">{content.description}</p> : null}
      {content.guidance ? (
        <section aria-labelledby="view-guidance-heading" className="panel p-4 sm:p-5">
          <h2 id="view-guidance-heading" className="mb-2 font-semibold">
            Bar guidance
          </h2>
          <BarGuidance guidance={content.guidance} />
        </section>
      ) : null}
      {/* Keeps the heading outline whole (h1, then h2, then each section's h3s) for screen-reader navigation. */}
      <h2 className="sr-only">Sections</h2>
      <ol className="space-y-3" aria-label="Sections">
        {content.sections.map((section, index) => (
          <li key={section.key}>
            <details className="group panel" open={content.sections.length <= 2}>
              <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 px-4 py-3 sm:px-5">
                <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-90">
                  ▸
                </span>
                <span className="font-medium">
                  {index + 1}. {section.name}
                </span>
                {section.staffCriticalByDefault ? <Badge tone="violet">Staff-critical</Badge> : null}
                <span className="ml-auto text-xs text-slate-500">
                  {plural(section.items.length, "item")} · {plural(section.questions.length, "question")} ·{" "}
                  {plural(section.redFlags.length, "red flag")}
                </span>
              </summary>
              <div className="space-y-4 border-t border-slate-100 px-4 py-4 text-sm sm:px-5">
                {section.description ? <p className="whitespace-pre-line text-slate-700">{section.description}</p> : null}
                {section.items.length > 0 ? (
                  <div>
                    <h3 className="font-semibold text-slate-800">Checklist</h3>
                    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
                      {section.items.map((item, i) => (
                        <li key={i}>{item}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {section.seniorSignal || section.staffSignal ? (
                  <div className="grid gap-3 sm:grid-cols-2">
                    <Signal label="Senior signal" text={section.seniorSignal} />
                    <Signal label="Staff signal" text={section.staffSignal} />
                  </div>
                ) : null}
                {section.questions.length > 0 ? (
                  <div>
                    <h3 className="font-semibold text-slate-800">Probing questions</h3>
                    <ol className="mt-1 space-y-2">
                      {section.questions.map((q, i) => (
                        <li key={i} className="rounded-lg bg-slate-50 p-3">
                          <p className="font-medium text-slate-900">{q.prompt}</p>
                          <dl className="mt-1 grid gap-2 sm:grid-cols-2">
                            <div>
                              <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">Senior-signal answer</dt>
                              <dd className="text-slate-700">{q.seniorSignal || "—"}</dd>
                            </div>
                            <div>
                              <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">Staff-signal answer</dt>
                              <dd className="text-slate-700">{q.staffSignal || "—"}</dd>
                            </div>
                          </dl>
                        </li>
                      ))}
                    </ol>
                  </div>
                ) : null}
                {section.redFlags.length > 0 ? (
                  <div>
                    <h3 className="font-semibold text-slate-800">Red flags</h3>
                    <ul className="mt-1 space-y-1.5">
                      {section.redFlags.map((f, i) => (
                        <li key={i}>
                          <span className="font-medium">{f.title}</span>{" "}
                          <Badge tone={SEVERITY_TONES[f.severity]}>{SEVERITY_LABELS[f.severity]}</Badge>
                          {f.description ? <span className="block text-slate-600">{f.description}</span> : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <LevelReferences references={section.levelReferences ?? []} />
              </div>
            </details>
          </li>
        ))}
      </ol>
      {checklist ? (
        <section aria-labelledby="view-checklist-heading" className="panel p-4 sm:p-5" data-testid="view-checklist">
          <h2 id="view-checklist-heading" className="font-semibold">
            Panel evidence checklist{" "}
            {content.evidenceChecklist ? null : <span className="text-sm font-normal text-slate-500">(the built-in one)</span>}
          </h2>
          {checklist.length === 0 ? <p className="mt-1 text-sm text-slate-500">No items.</p> : null}
          <ul className="mt-2 space-y-2 text-sm">
            {checklist.map((item, i) => (
              <li key={i}>
                <span className="font-medium text-slate-900">{item.label}</span>
                {item.description ? <span className="block text-slate-700">{item.description}</span> : null}
                <span className="block text-xs text-slate-500">
                  {item.sectionKeys.length > 0 ? `Counts: ${item.sectionKeys.map((k) => sectionName.get(k) ?? k).join(", ")}` : "Counts no section"}
                  {item.required !== undefined && item.required > 1 ? ` · needs ${item.required} interviewers` : ""}
                  {item.broadScopeOnly ? " · only multi-team or org evidence" : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function Signal({ label, text }: { label: string; text: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</h3>
      <p className="mt-1 whitespace-pre-line text-slate-700">{text || "—"}</p>
    </div>
  );
}
