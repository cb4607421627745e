"use client";

import type { RatingCell } from "@/lib/debrief/load-panels";
import { formatScore } from "@/lib/debrief/labels";
import { ScopeBadge } from "./scope-badge";

export type EvidenceSection = {
  sectionId: string;
  name: string;
  staffCritical: boolean;
  median: number | null;
  entries: {
    key: string;
    interviewerName: string;
    /** The interviewer's level, in words. */
    level: string;
    stageName: string;
    rating: RatingCell["rating"];
    notAssessed: boolean;
    scope: RatingCell["scope"];
    evidence: string;
  }[];
};

/** The debrief's evidence by section (see EvidenceBySection): drawn once, into the HTML, from its data. */
export function EvidenceSections({ sections }: { sections: EvidenceSection[] }) {
  return (
    <div className="space-y-5">
      {sections.map((section) => (
        <section key={section.sectionId} aria-labelledby={`evidence-${section.sectionId}`} className="break-inside-avoid">
          <h3 id={`evidence-${section.sectionId}`} className="flex flex-wrap items-baseline gap-x-2 font-semibold text-slate-900">
            {section.name}
            {section.staffCritical ? <span className="text-xs font-medium text-violet-700">★ Staff-critical</span> : null}
            <span className="text-sm font-normal text-slate-600">median {formatScore(section.median)}</span>
          </h3>
          {section.entries.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">No interviewer covered this section.</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {section.entries.map((e) => (
                <li key={e.key} className="rounded-lg border border-slate-200 px-3 py-2">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-medium text-slate-900">{e.interviewerName}</span>
                    <span className="text-slate-500">
                      {e.level} · {e.stageName}
                    </span>
                    <span className="ml-auto flex items-center gap-2">
                      {e.rating === null ? (
                        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                          {e.notAssessed ? "Not assessed" : "Not rated"}
                        </span>
                      ) : (
                        <span className="rounded bg-slate-900 px-1.5 py-0.5 text-xs font-semibold text-white">Rating {e.rating}</span>
                      )}
                      {e.scope ? <ScopeBadge scope={e.scope} /> : null}
                    </span>
                  </div>
                  {e.evidence.trim() ? (
                    <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{e.evidence}</p>
                  ) : (
                    <p className="mt-1 text-sm italic text-slate-500">No written evidence.</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
