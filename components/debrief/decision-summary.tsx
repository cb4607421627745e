import { LocalTime } from "@/components/ui/local-time";
import type { DebriefDecision } from "@/lib/debrief/load-debrief";
import { CONFIDENCE_LABELS, LEVEL_LABELS, describeDecision } from "@/lib/debrief/labels";

/** A recorded decision, with the recommendation that stood when it was made; `against` is null when that is unknown. */
export function DecisionSummary({ decision: d, against }: { decision: DebriefDecision; against: boolean | null }) {
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
        {against === true ? (
          <span className="font-medium text-amber-800">The decision goes against it.</span>
        ) : against === false ? (
          <span className="text-emerald-800">The decision follows it.</span>
        ) : null}
      </p>
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
    </div>
  );
}
