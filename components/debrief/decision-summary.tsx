import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { DebriefDecision } from "@/lib/debrief/load-debrief";
import { CONFIDENCE_LABELS, LEVEL_LABELS, describeDecision } from "@/lib/debrief/labels";

/**
 * A recorded decision, with the recommendation that stood when it was made; `against` is null when that is unknown.
 * A hold names the sections to probe and, for whoever may schedule, links to the application's schedule form.
 */
export function DecisionSummary({
  decision: d,
  against,
  scheduleHref,
}: {
  decision: DebriefDecision;
  against: boolean | null;
  /** Where the extra interview is scheduled; null when the viewer may not schedule. */
  scheduleHref: string | null;
}) {
  const stored = d.snapshot.confidence;
  const confidence = stored && stored in CONFIDENCE_LABELS ? CONFIDENCE_LABELS[stored as keyof typeof CONFIDENCE_LABELS] : null;
  return (
    <div className="space-y-3" data-testid="decision-summary">
      <p className="text-lg font-semibold text-slate-900" data-testid="decision-outcome">
        {describeDecision(d)}
      </p>
      <p className="text-sm text-slate-600">
        Recorded by {d.decidedByName} on <LocalTime iso={d.createdAt.toISOString()} />.
      </p>
      <p className="text-sm text-slate-700">
        Recommendation at that moment: <span className="font-medium">{d.snapshot.level ? LEVEL_LABELS[d.snapshot.level] : "not recorded"}</span>
        {confidence ? `, ${confidence.toLowerCase()} confidence` : ""}.{" "}
        {d.held ? (
          <span className="text-slate-700">A hold asks for more signal; it is not a decision against it.</span>
        ) : against === true ? (
          <span className="font-medium text-amber-800">The decision goes against it.</span>
        ) : against === false ? (
          <span className="text-emerald-800">The decision follows it.</span>
        ) : null}
      </p>
      {d.held ? (
        <div className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-950" data-testid="hold-probe">
          <p className="font-medium">Sections to probe in the extra interview</p>
          <ul className="mt-1 list-disc pl-5">
            {d.probeSectionNames.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          {scheduleHref ? (
            <Link href={scheduleHref} className="mt-2 inline-block font-medium text-brand-700 underline">
              Schedule the extra interview
            </Link>
          ) : (
            <p className="mt-2 text-violet-900">The role&apos;s recruiter schedules the extra interview.</p>
          )}
        </div>
      ) : null}
      <div>
        <h3 className="text-sm font-semibold text-slate-900">Rationale</h3>
        <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{d.rationale}</p>
      </div>
      {d.overrideReason ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Reason for deciding against the recommendation</h3>
          <p className="mt-1 whitespace-pre-line text-sm text-slate-800" data-testid="decision-override-reason">
            {d.overrideReason}
          </p>
        </div>
      ) : null}
      {d.partialPanelReason ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Decided without the scorecards still missing, because</h3>
          <p className="mt-1 whitespace-pre-line text-sm text-slate-800" data-testid="decision-partial-reason">
            {d.partialPanelReason}
          </p>
        </div>
      ) : null}
    </div>
  );
}
