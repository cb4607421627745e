import type { ScorecardBody } from "@/lib/scorecards/load-scorecard";
import { CONFIDENCE_LABELS, RECOMMENDATION_LABELS, SCOPE_LABELS } from "@/lib/scorecards/scorecard-content";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SEVERITY_LABELS } from "@/lib/frameworks/red-flag-severity";

const RATING_TONE: Record<number, BadgeTone> = { 0: "red", 1: "amber", 2: "green" };

/** A scorecard's content, read-only: the locked scorecard, a panel member's card, an amendment snapshot. */
export function ScorecardBodyView({ body, headingLevel = 3 }: { body: ScorecardBody; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="space-y-4">
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-slate-500">Recommendation</dt>
          <dd className="font-semibold">{body.overallRecommendation ? RECOMMENDATION_LABELS[body.overallRecommendation] : "—"}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-slate-500">Confidence</dt>
          <dd className="font-semibold">{body.confidence ? CONFIDENCE_LABELS[body.confidence] : "—"}</dd>
        </div>
      </dl>
      <ul className="space-y-3">
        {body.ratings.map((r) => (
          <li key={r.sectionId} className="rounded-lg border border-slate-200 px-3 py-2">
            <div className="flex flex-wrap items-center gap-2">
              <H className="font-medium">{r.sectionName}</H>
              {r.notAssessed ? (
                <Badge>Not assessed</Badge>
              ) : r.rating === null ? (
                <Badge>Not rated</Badge>
              ) : (
                <Badge tone={RATING_TONE[r.rating] ?? "gray"}>Rating {r.rating}</Badge>
              )}
              {r.scope ? <span className="text-xs text-slate-500">Scope: {SCOPE_LABELS[r.scope]}</span> : null}
            </div>
            {r.evidence ? <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{r.evidence}</p> : null}
            {r.itemsObserved.length > 0 ? (
              <ul className="mt-1 list-inside list-disc text-xs text-slate-600">
                {r.itemsObserved.map((i) => (
                  <li key={i.id}>{i.text}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {body.redFlags.length > 0 ? (
        <div>
          <H className="text-sm font-semibold text-red-900">Red flags raised</H>
          <ul className="mt-1 space-y-1.5">
            {body.redFlags.map((f) => (
              <li key={f.redFlagId} className="text-sm">
                <span className="font-medium">{f.title}</span> <span className="text-xs text-slate-500">({SEVERITY_LABELS[f.severity]})</span>
                {f.note ? <p className="whitespace-pre-wrap break-words text-slate-700">{f.note}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-500">No red flags raised.</p>
      )}
      {body.summary ? (
        <div>
          <H className="text-sm font-semibold">Summary</H>
          <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-slate-800">{body.summary}</p>
        </div>
      ) : null}
    </div>
  );
}
