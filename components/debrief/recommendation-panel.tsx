import type { Recommendation, RuleResult } from "@/lib/calibration";
import { CONFIDENCE_LABELS, PANEL_FLAG_LABELS, RULE_GROUP_LABELS, RULE_PLAIN_LANGUAGE, formatRuleNumber } from "@/lib/debrief/labels";
import { ScrollRegion } from "@/components/ui/data-table";
import { LevelBadge } from "./level-badge";

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

      <RulesTable rules={rec.rules} names={names} />
    </div>
  );
}

const RULE_GROUP_ORDER: RuleResult["group"][] = ["red-flags", "evidence", "senior-bar", "staff-bar"];

function RulesTable({ rules, names }: { rules: RuleResult[]; names: Map<string, string> }) {
  return (
    <ScrollRegion label="Every rule, scrolls sideways" className="print:overflow-visible">
      <table className="w-full text-left text-sm">
        <caption className="pb-2 text-left text-sm font-semibold text-slate-900">Every rule with its numbers</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              Rule
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-semibold">
              <span className="sm:hidden">Numbers</span>
              <span className="hidden sm:inline">Measured</span>
            </th>
            <th scope="col" className="hidden px-2 py-1.5 text-right font-semibold sm:table-cell">
              Required
            </th>
            <th scope="col" className="hidden py-1.5 pl-2 font-semibold sm:table-cell">
              Result
            </th>
          </tr>
        </thead>
        {RULE_GROUP_ORDER.filter((group) => rules.some((r) => r.group === group)).map((group) => (
          <tbody key={group}>
            <tr className="border-b border-slate-200 bg-slate-50">
              <th scope="colgroup" colSpan={4} className="px-2 py-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {RULE_GROUP_LABELS[group]}
              </th>
            </tr>
            {rules
              .filter((rule) => rule.group === group)
              .map((rule) => {
                const required = `${rule.comparison === "at-most" ? "≤" : "≥"} ${formatRuleNumber(rule, rule.required)}`;
                return (
                  <tr key={rule.id} className="border-b border-slate-100 align-top" data-testid={`rule-${rule.id}`}>
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <span className="block font-medium text-slate-900">{rule.label}</span>
                      <span className="block text-slate-600" data-testid="rule-plain">
                        {RULE_PLAIN_LANGUAGE[rule.id]}
                      </span>
                      {rule.detail.replace(/\.$/, "") !== rule.label ? (
                        <span className="mt-0.5 block text-xs text-slate-600">{rule.detail}</span>
                      ) : null}
                      {!rule.passed && rule.failingSectionIds.length > 0 ? (
                        <span className="block text-xs text-slate-500">
                          Sections short of it: {rule.failingSectionIds.map((id) => names.get(id) ?? id).join(", ")}
                        </span>
                      ) : null}
                    </th>
                    <td className="px-2 py-2 text-right tabular-nums">
                      {formatRuleNumber(rule, rule.actual)}
                      <span className="block text-xs whitespace-nowrap text-slate-500 sm:hidden">needs {required}</span>
                      <span className="block sm:hidden">
                        <RuleVerdict passed={rule.passed} />
                      </span>
                    </td>
                    <td className="hidden px-2 py-2 text-right whitespace-nowrap tabular-nums sm:table-cell">{required}</td>
                    <td className="hidden py-2 pl-2 whitespace-nowrap sm:table-cell">
                      <RuleVerdict passed={rule.passed} />
                    </td>
                  </tr>
                );
              })}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}

function RuleVerdict({ passed }: { passed: boolean }) {
  return passed ? (
    <span className="whitespace-nowrap font-medium text-emerald-800">
      <span aria-hidden="true">✓ </span>Holds
    </span>
  ) : (
    <span className="whitespace-nowrap font-medium text-red-800">
      <span aria-hidden="true">✗ </span>Fails
    </span>
  );
}
