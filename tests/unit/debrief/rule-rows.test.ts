import { describe, expect, it } from "vitest";
import type { RuleResult } from "@/lib/calibration";
import { RULE_PLAIN_LANGUAGE } from "@/lib/debrief/labels";
import { ruleGroups } from "@/lib/debrief/rule-rows";

const rule = (over: Partial<RuleResult> & Pick<RuleResult, "id" | "group">): RuleResult => ({
  label: "A rule",
  actual: 1,
  required: 1,
  comparison: "at-least",
  passed: true,
  failingSectionIds: [],
  detail: "A rule.",
  ...over,
});

const names = new Map([
  ["s1", "System design"],
  ["s2", "Scope and impact"],
]);

describe("the debrief's rules table rows", () => {
  it("groups the rules in the table's order (red flags, evidence, Senior bar, Staff bar), skipping empty groups", () => {
    const groups = ruleGroups(
      [
        rule({ id: "staff-critical-twos", group: "staff-bar" }),
        rule({ id: "senior-twos", group: "senior-bar" }),
        rule({ id: "no-blocking-red-flag", group: "red-flags" }),
        rule({ id: "staff-critical-scope", group: "staff-bar" }),
      ],
      names,
    );
    expect(groups.map((g) => [g.group, g.label, g.rules.map((r) => r[0])])).toEqual([
      ["red-flags", "Red flags", ["no-blocking-red-flag"]],
      ["senior-bar", "Senior bar", ["senior-twos"]],
      ["staff-bar", "Staff bar", ["staff-critical-twos", "staff-critical-scope"]],
    ]);
  });

  it.each([
    {
      name: "a share that holds, its detail only repeating the label",
      rule: rule({ id: "min-assessed-share", group: "evidence", label: "Assessed share", detail: "Assessed share.", actual: 0.8889, required: 0.75 }),
      row: ["min-assessed-share", "Assessed share", RULE_PLAIN_LANGUAGE["min-assessed-share"], null, null, "88.9%", "≥ 75%", true],
    },
    {
      name: "a count that fails, naming the sections short of it (an unknown id as itself)",
      rule: rule({
        id: "staff-critical-scope",
        group: "staff-bar",
        label: "Scope beyond the team",
        detail: "2 of 3 Staff-critical sections show scope beyond one team.",
        actual: 2,
        required: 3,
        passed: false,
        failingSectionIds: ["s2", "gone"],
      }),
      row: [
        "staff-critical-scope",
        "Scope beyond the team",
        RULE_PLAIN_LANGUAGE["staff-critical-scope"],
        "2 of 3 Staff-critical sections show scope beyond one team.",
        "Scope and impact, gone",
        "2",
        "≥ 3",
        false,
      ],
    },
    {
      name: "an at-most rule with nothing to measure",
      rule: rule({ id: "no-capping-red-flag", group: "staff-bar", comparison: "at-most", actual: null, required: 0, detail: "No capping flag." }),
      row: ["no-capping-red-flag", "A rule", RULE_PLAIN_LANGUAGE["no-capping-red-flag"], "No capping flag.", null, "—", "≤ 0", true],
    },
    {
      name: "a failing rule that names no section",
      rule: rule({ id: "senior-twos", group: "senior-bar", actual: 0.333, required: 1, passed: false }),
      row: ["senior-twos", "A rule", RULE_PLAIN_LANGUAGE["senior-twos"], null, null, "0.33", "≥ 1", false],
    },
  ])("formats $name", ({ rule: r, row }) => {
    expect(ruleGroups([r], names)[0]?.rules).toEqual([row]);
  });
});
