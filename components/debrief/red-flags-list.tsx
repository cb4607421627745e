import { Badge } from "@/components/ui/badge";
import { SEVERITY_LABELS, SEVERITY_TONES } from "@/lib/frameworks/red-flag-severity";

import type { RaisedRedFlag } from "@/lib/debrief/load-panels";

/** Red flags the panel raised, with severity, section, who raised it and their note. */
export function RedFlagsList({ flags }: { flags: RaisedRedFlag[] }) {
  if (flags.length === 0) return <p className="text-sm text-slate-600">No interviewer raised a red flag.</p>;
  return (
    <ul className="space-y-2" data-testid="red-flags">
      {flags.map((f) => (
        <li key={`${f.scorecardId}:${f.title}`} className="rounded-lg border border-slate-200 px-3 py-2">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{f.title}</span>
            <Badge tone={SEVERITY_TONES[f.severity]}>{SEVERITY_LABELS[f.severity]}</Badge>
          </div>
          <p className="text-sm text-slate-600">
            Raised by {f.interviewerName} under {f.sectionName}
            {f.sectionInPlay ? "" : " (a section this role does not score; the flag still counts)"}.
          </p>
          {f.note.trim() ? <p className="mt-1 whitespace-pre-line text-sm text-slate-800">“{f.note}”</p> : null}
        </li>
      ))}
    </ul>
  );
}
