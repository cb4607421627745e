import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findContradictions, validateContradictionNote, type ContradictionFlag } from "@/lib/scorecards/contradictions";
import { RECOMMENDATIONS, type Recommendation } from "@/lib/scorecards/scorecard-content";

const flags: ContradictionFlag[] = [
  { id: "caps", title: "Scope inflation", severity: "caps-at-senior" },
  { id: "blocks", title: "Dismissive of teammates", severity: "blocks-hire" },
  { id: "note", title: "Vague on numbers", severity: "note" },
];
const raise = (...ids: string[]) => ids.map((redFlagId) => ({ redFlagId, note: "Seen in the interview." }));

describe("findContradictions", () => {
  it.each<[string, Recommendation | null, string[], string[]]>([
    [
      "Staff with a caps-at-Senior flag",
      "staff",
      ["caps"],
      ["You recommend Staff, but you raised “Scope inflation”, which caps the level at Senior."],
    ],
    ["Senior with a caps-at-Senior flag is consistent", "senior", ["caps"], []],
    [
      "Senior with a blocks-hire flag",
      "senior",
      ["blocks"],
      ["You recommend hiring at Senior, but you raised “Dismissive of teammates”, which blocks a hire."],
    ],
    [
      "Staff with both: one line each, in the order raised",
      "staff",
      ["blocks", "caps"],
      [
        "You recommend hiring at Staff, but you raised “Dismissive of teammates”, which blocks a hire.",
        "You recommend Staff, but you raised “Scope inflation”, which caps the level at Senior.",
      ],
    ],
    ["No hire with a blocks-hire flag is consistent", "no-hire", ["blocks", "caps"], []],
    ["A note-severity flag never contradicts", "staff", ["note"], []],
    ["No recommendation yet: nothing to contradict", null, ["blocks"], []],
    ["A flag this kit does not know is ignored", "staff", ["elsewhere"], []],
    [
      "The same flag twice counts once",
      "staff",
      ["caps", "caps"],
      ["You recommend Staff, but you raised “Scope inflation”, which caps the level at Senior."],
    ],
  ])("%s", (_name, overallRecommendation, raised, expected) => {
    expect(findContradictions({ overallRecommendation, redFlags: raise(...raised) }, flags).map((c) => c.message)).toEqual(expected);
  });

  it("finds one only when a hire level meets a flag that rules it out (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Recommendation | null>(null, ...RECOMMENDATIONS),
        fc.subarray(flags.map((f) => f.id)),
        (overallRecommendation, raised) => {
          const found = findContradictions({ overallRecommendation, redFlags: raise(...raised) }, flags);
          const ruledOut = raised.filter((id) => {
            const severity = flags.find((f) => f.id === id)!.severity;
            return (
              (severity === "blocks-hire" && overallRecommendation !== null && overallRecommendation !== "no-hire") ||
              (severity === "caps-at-senior" && overallRecommendation === "staff")
            );
          });
          expect(found.map((c) => c.redFlagId)).toEqual(ruledOut);
        },
      ),
    );
  });
});

describe("validateContradictionNote", () => {
  const one = findContradictions({ overallRecommendation: "staff", redFlags: raise("caps") }, flags);
  it.each<[string, string | undefined, typeof one, RegExp | null]>([
    ["nothing contradicts: no note needed", undefined, [], null],
    [
      "a contradiction with no note names it and asks for one",
      undefined,
      one,
      /^You recommend Staff, .* say in a note why both hold \(at least 10 characters\)\.$/,
    ],
    ["a note of spaces counts as none", "          ", one, /say in a note why both hold/],
    ["a short note is refused", "Because", one, /at least 10 characters/],
    ["a real note passes", "The inflation was one answer; the design round showed org scope.", one, null],
    ["an overlong note is refused with its length", "x".repeat(1001), one, /^The note is 1,001 characters; shorten it to 1,000 or fewer\.$/],
  ])("%s", (_name, note, contradictions, expected) => {
    const message = validateContradictionNote(note, contradictions);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });
});
