import type { Recommendation } from "@/lib/calibration";
import { CONFIDENCE_LABELS, PANEL_FLAG_LABELS } from "@/lib/debrief/labels";
import { LevelBadge } from "./level-badge";
import { ruleGroups } from "@/lib/debrief/rule-rows";
import { RulesTable } from "./rules-table";

const CONFIDENCE_HELP = {
  high: "every assessed Staff-critical section was rated by two or more interviewers, and no section has one interviewer at 0 and another at 2",
  medium: "one Staff-critical section was rated by only one interviewer, or one section has one interviewer at 0 and another at 2",
  low: "two or more of these: a Staff-critical section rated by only one interviewer, a section with one interviewer at 0 and another at 2",
} as const;

/** The engine's verdict with everything behind it: reasons, every rule with its numbers, panel flags, next step. */
export function RecommendationView({ recommendation: rec, nextStep }: { recommendation: Recommendation; nextStep?: string }) {
  const [headline, ...reasons] = rec.reasons;
  const names = new Map(rec.sectionScores.map((s) => [s.sectionId, s.name]));
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <span data-testid="recommended-level">
          <LevelBadge level={rec.level} large />
        </span>
        <span className="text-sm text-slate-700" data-testid="recommendation-confidence">
          <span className="font-medium">{CONFIDENCE_LABELS[rec.confidence]} confidence</span>: {CONFIDENCE_HELP[rec.confidence]}.
        </span>
      </div>

      <div>
        <h3 className="text-sm font-semibold text-slate-900">Why</h3>
        {headline ? <p className="mt-1 text-slate-800">{headline}</p> : null}
        {reasons.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="recommendation-reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </div>

      <div className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900" data-testid="next-step">
        <span className="font-semibold">Next step: </span>
        {nextStep ?? rec.nextStep}
      </div>

      <div>
        <h3 className="text-sm font-semibold text-slate-900">Panel flags</h3>
        {rec.flags.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">None: no coverage gaps, missing or late scorecards, or signs of scope inflation.</p>
        ) : (
          <ul className="mt-1 space-y-1.5 text-sm" data-testid="panel-flags">
            {rec.flags.map((flag) => (
              <li key={`${flag.kind}:${flag.message}`} className="flex gap-2">
                <span className="shrink-0 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{PANEL_FLAG_LABELS[flag.kind]}</span>
                <span className="text-slate-800">{flag.message}</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <RulesTable groups={ruleGroups(rec.rules, names)} />
    </div>
  );
}
