import type { RuleResult } from "@/lib/calibration";
import { RULE_GROUP_LABELS, RULE_PLAIN_LANGUAGE, formatRuleNumber } from "./labels";

/**
 * One rule as the debrief's rules table shows it: [rule id, label, the rule in plain language, its detail (null when
 * it only repeats the label), the names of the sections short of it (null when it holds or names none), measured,
 * required, holds].
 */
export type RuleRow = [string, string, string, string | null, string | null, string, string, boolean];

/** The rules of one group (red flags, evidence, Senior bar, Staff bar), under the group's heading. */
export type RuleGroup = { group: RuleResult["group"]; label: string; rules: RuleRow[] };

const RULE_GROUP_ORDER: RuleResult["group"][] = ["red-flags", "evidence", "senior-bar", "staff-bar"];

/**
 * The engine's rules in the table's groups and order, formatted on the server: the client table gets only the
 * strings it shows. `names` gives the section names for the ids a failing rule lists.
 */
export function ruleGroups(rules: RuleResult[], names: Map<string, string>): RuleGroup[] {
  return RULE_GROUP_ORDER.filter((group) => rules.some((r) => r.group === group)).map((group) => ({
    group,
    label: RULE_GROUP_LABELS[group],
    rules: rules
      .filter((rule) => rule.group === group)
      .map((rule): RuleRow => [
        rule.id,
        rule.label,
        RULE_PLAIN_LANGUAGE[rule.id],
        rule.detail.replace(/\.$/, "") !== rule.label ? rule.detail : null,
        !rule.passed && rule.failingSectionIds.length > 0 ? rule.failingSectionIds.map((id) => names.get(id) ?? id).join(", ") : null,
        formatRuleNumber(rule, rule.actual),
        `${rule.comparison === "at-most" ? "≤" : "≥"} ${formatRuleNumber(rule, rule.required)}`,
        rule.passed,
      ]),
  }));
}
