import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addStage,
  moveStage,
  questionSummary,
  removeStage,
  stageErrors,
  staleFocusIds,
  toDraftStages,
  toPlanPayload,
  toggleFocus,
  toggleIn,
  withSavedIds,
  type DraftStage,
} from "@/components/roles/plan-model";
import type { PlanSection } from "@/lib/roles/load-interview-plan";
import { DUPLICATE_STAGE_MESSAGE, MAX_STAGES } from "@/lib/roles/plan-limits";

const question = (id: string) => ({ id, prompt: `Prompt ${id}`, seniorSignal: "s", staffSignal: "t" });
const sections: PlanSection[] = [
  { id: "design", name: "System design", staffCritical: true, questions: [question("d1"), question("d2"), question("d3")] },
  { id: "depth", name: "Technical depth", staffCritical: false, questions: [question("t1")] },
  { id: "influence", name: "Cross-team influence", staffCritical: true, questions: [] },
];

const stage = (key: string, patch: Partial<DraftStage> = {}): DraftStage => ({
  key,
  id: key,
  name: key,
  duration: "60",
  focusSectionIds: [],
  questionIds: [],
  interviewerIds: [],
  interviewCount: 0,
  ...patch,
});
const keys = (stages: DraftStage[]) => stages.map((s) => s.key);

describe("the plan draft", () => {
  it("starts from the saved stages with their minutes as text", () => {
    const [first] = toDraftStages([
      { id: "st1", name: "Design", durationMinutes: 45, focusSectionIds: ["design"], questionIds: ["d1"], interviewerIds: ["u1"], interviewCount: 2 },
    ]);
    expect(first).toEqual({
      key: "st1",
      id: "st1",
      name: "Design",
      duration: "45",
      focusSectionIds: ["design"],
      questionIds: ["d1"],
      interviewerIds: ["u1"],
      interviewCount: 2,
    });
  });

  it("adds an empty hour-long stage at the end, up to the limit", () => {
    const added = addStage([stage("a")], "new-1");
    expect(keys(added)).toEqual(["a", "new-1"]);
    expect(added[1]).toMatchObject({ id: null, name: "", duration: "60", focusSectionIds: [], interviewCount: 0 });
    const full = Array.from({ length: MAX_STAGES }, (_, i) => stage(`s${i}`));
    expect(addStage(full, "one-too-many")).toBe(full);
  });

  it.each([
    ["the first of three", [stage("a"), stage("b"), stage("c")], 0, ["b", "c"]],
    ["the last of three", [stage("a"), stage("b"), stage("c")], 2, ["a", "b"]],
    ["one that interviews use: it stays", [stage("a"), stage("b", { interviewCount: 1 })], 1, ["a", "b"]],
    ["an index past the end: nothing", [stage("a")], 3, ["a"]],
  ])("removes %s", (_name, stages, index, expected) => {
    expect(keys(removeStage(stages, index))).toEqual(expected);
  });

  it.each([
    // [from, by, order after, where focus goes]
    [1, -1, ["b", "a", "c"], "b-down"], // reached the top: the up arrow is disabled, focus takes the other
    [2, -1, ["a", "c", "b"], "c-up"],
    [0, 1, ["b", "a", "c"], "a-down"],
    [1, 1, ["a", "c", "b"], "b-up"], // reached the bottom
  ] as const)("moves stage %i by %i → %j, focus on %s", (from, by, order, focusId) => {
    const moved = moveStage([stage("a"), stage("b"), stage("c")], from, by);
    expect(moved && keys(moved.stages)).toEqual(order);
    expect(moved?.focusId).toBe(focusId);
  });

  it.each([
    [0, -1],
    [2, 1],
    [5, 1],
  ] as const)("does not move stage %i by %i past an end", (from, by) => {
    expect(moveStage([stage("a"), stage("b"), stage("c")], from, by)).toBeNull();
  });

  it("a focus section brings its first two questions and takes all of its questions when it leaves", () => {
    const design = sections[0];
    const on = toggleFocus(stage("a", { questionIds: ["t1"] }), design, "design", true);
    expect(on.focusSectionIds).toEqual(["design"]);
    expect(on.questionIds).toEqual(["t1", "d1", "d2"]);
    const withThird = toggleIn(on, "questionIds", "d3", true);
    const off = toggleFocus(withThird, design, "design", false);
    expect(off.focusSectionIds).toEqual([]);
    expect(off.questionIds).toEqual(["t1"]);
  });

  it("ticking twice never lists a question, section or interviewer twice", () => {
    const design = sections[0];
    const twice = toggleFocus(toggleFocus(stage("a"), design, "design", true), design, "design", true);
    expect(twice.focusSectionIds).toEqual(["design"]);
    expect(twice.questionIds).toEqual(["d1", "d2"]);
    expect(toggleIn(toggleIn(stage("a"), "interviewerIds", "u1", true), "interviewerIds", "u1", true).interviewerIds).toEqual(["u1"]);
    expect(toggleIn(stage("a", { interviewerIds: ["u1", "u2"] }), "interviewerIds", "u1", false).interviewerIds).toEqual(["u2"]);
  });

  it("counts the kit's questions among the focus sections only, and lists focus sections no longer in play", () => {
    const s = stage("a", { focusSectionIds: ["design", "gone"], questionIds: ["d1", "t1"] });
    const summary = questionSummary(s, sections);
    expect(summary.focusSections.map((x) => x.id)).toEqual(["design"]);
    expect(summary).toMatchObject({ available: 3, chosen: 1 });
    expect(staleFocusIds(s, sections)).toEqual(["gone"]);
  });

  it.each([
    ["no errors", [stage("a"), stage("b")], undefined, [{}, {}]],
    [
      "a duplicate name, however it is spaced or cased",
      [stage("a", { name: "Design" }), stage("b", { name: "  design " })],
      undefined,
      [{}, { name: DUPLICATE_STAGE_MESSAGE }],
    ],
    ["blank names are not duplicates", [stage("a", { name: "" }), stage("b", { name: " " })], undefined, [{}, {}]],
    [
      "the server's messages, by stage and field",
      [stage("a"), stage("b")],
      {
        "stages.0.name": ["Name the stage."],
        "stages.1.durationMinutes": ["Between 15 and 480 minutes."],
        "stages.1.focusSectionIds": ["Choose a focus section."],
        "stages.1.questionIds": ["Too many questions."],
        "stages.1.interviewerIds": ["Someone on the pool left the hiring team."],
      },
      [
        { name: "Name the stage." },
        {
          duration: "Between 15 and 480 minutes.",
          focus: "Choose a focus section.",
          questions: "Too many questions.",
          pool: "Someone on the pool left the hiring team.",
        },
      ],
    ],
    [
      "the server's name message wins over the duplicate one",
      [stage("a", { name: "X" }), stage("b", { name: "x" })],
      { "stages.1.name": ["Too long."] },
      [{}, { name: "Too long." }],
    ],
  ])("validation messages: %s", (_name, stages, fieldErrors, expected) => {
    expect(stageErrors(stages, fieldErrors)).toEqual(expected);
  });

  it.each([
    ["45", 45],
    [" 90 ", 90],
    ["", null],
    ["  ", null],
    ["an hour", null],
  ])("sends the length %j as %j", (duration, minutes) => {
    const [sent] = toPlanPayload("r1", [stage("a", { duration })], sections).stages;
    expect(sent?.durationMinutes).toBe(minutes);
  });

  it("sends only the questions of the stage's focus sections", () => {
    const payload = toPlanPayload(
      "r1",
      [stage("a", { id: null, focusSectionIds: ["depth"], questionIds: ["d1", "t1"], interviewerIds: ["u1"] })],
      sections,
    );
    expect(payload).toEqual({
      roleId: "r1",
      stages: [{ id: null, name: "a", durationMinutes: 60, focusSectionIds: ["depth"], questionIds: ["t1"], interviewerIds: ["u1"] }],
    });
  });

  it("takes the saved ids of new stages, keeping the ids it has", () => {
    const saved = withSavedIds([stage("a"), stage("new-1", { id: null })], ["a", "st9"]);
    expect(saved.map((s) => [s.key, s.id])).toEqual([
      ["a", "a"],
      ["new-1", "st9"],
    ]);
  });

  it("moves keep every stage exactly once (any sequence of moves)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.nat(9), fc.constantFrom(-1 as const, 1 as const)), { maxLength: 20 }),
        (count, moves) => {
          let stages = Array.from({ length: count }, (_, i) => stage(`s${i}`));
          for (const [index, by] of moves) stages = moveStage(stages, index, by)?.stages ?? stages;
          expect([...keys(stages)].sort()).toEqual(Array.from({ length: count }, (_, i) => `s${i}`).sort());
        },
      ),
    );
  });
});
