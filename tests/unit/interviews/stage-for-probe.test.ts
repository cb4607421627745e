import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { probeIdsFromParam, stageForProbe } from "@/lib/interviews/stage-for-probe";

const stages = [
  { id: "design", focusSectionIds: ["system-design", "technical-depth"] },
  { id: "leadership", focusSectionIds: ["cross-team", "leadership", "communication"] },
  { id: "hm", focusSectionIds: ["scope", "cross-team"] },
];

describe("stageForProbe: the stage a hold's extra interview goes to", () => {
  test.each([
    [["cross-team"], "leadership"], // two stages cover it: the earlier one in the plan
    [["scope", "cross-team"], "hm"], // the one covering the most
    [["technical-depth"], "design"],
    [["product"], null], // no stage covers it
    [[], null],
  ])("probing %j → %s", (probe, expected) => {
    expect(stageForProbe(stages, probe)?.id ?? null).toBe(expected);
  });

  test("the chosen stage covers at least as many of the sections as any other", () => {
    const ids = ["a", "b", "c", "d", "e"];
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.uuid(), focusSectionIds: fc.subarray(ids) }), { maxLength: 6 }), fc.subarray(ids), (plan, probe) => {
        const covered = (s: { focusSectionIds: string[] }) => s.focusSectionIds.filter((id) => probe.includes(id)).length;
        const chosen = stageForProbe(plan, probe);
        const most = Math.max(0, ...plan.map(covered));
        if (most === 0) expect(chosen).toBeNull();
        else expect(chosen && covered(chosen)).toBe(most);
      }),
    );
  });
});

describe("probeIdsFromParam", () => {
  test.each([
    [undefined, []],
    ["a,b", ["a", "b"]],
    [" a , ,b ", ["a", "b"]],
    [
      ["a", "b,c"],
      ["a", "b", "c"],
    ],
    ["a,<script>,b c", ["a"]],
  ])("%j → %j", (value, expected) => {
    expect(probeIdsFromParam(value)).toEqual(expected);
  });
});
