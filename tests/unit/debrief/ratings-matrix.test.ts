import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { buildRatingsMatrix, interviewerAbbreviations } from "@/lib/debrief/ratings-matrix";

const columns = [
  { scorecardId: "c1", interviewerId: "u1", interviewerName: "Priya", interviewerLevel: "principal", stageName: "Design" },
  { scorecardId: "c2", interviewerId: "u2", interviewerName: "Sam", interviewerLevel: "staff", stageName: "Leadership" },
  { scorecardId: "c3", interviewerId: "u3", interviewerName: "Hugo", interviewerLevel: "staff", stageName: "HM" },
];
const sections = [
  { id: "design", name: "System design", staffCritical: true },
  { id: "influence", name: "Cross-team influence", staffCritical: true },
  { id: "product", name: "Product thinking", staffCritical: false },
];

describe("buildRatingsMatrix", () => {
  const rows = buildRatingsMatrix(sections, columns, [
    { scorecardId: "c1", sectionId: "design", rating: 2, notAssessed: false, scope: "org" },
    { scorecardId: "c3", sectionId: "design", rating: 0, notAssessed: false, scope: "team" },
    { scorecardId: "c2", sectionId: "influence", rating: 1, notAssessed: false, scope: "team" },
    { scorecardId: "c3", sectionId: "influence", rating: null, notAssessed: true, scope: null },
  ]);

  it("takes the median, flags a 0 against a 2, counts raters and scopes", () => {
    expect(rows[0]).toMatchObject({ median: 1, disagreement: true, raters: 2, scopes: ["team", "org"] });
    expect(rows[0]?.cells.map((c) => c.kind)).toEqual(["rated", "absent", "rated"]);
  });

  it("keeps not assessed apart from not covered, and out of the median", () => {
    expect(rows[1]?.cells.map((c) => c.kind)).toEqual(["absent", "rated", "not-assessed"]);
    expect(rows[1]).toMatchObject({ median: 1, raters: 1, disagreement: false });
    expect(rows[2]).toMatchObject({ median: null, raters: 0, scopes: [] });
  });
});

describe("interviewerAbbreviations: the phone view's column names", () => {
  test.each([
    [
      ["Alice Chen", "Bob Okafor"],
      ["AC", "BO"],
    ],
    [
      ["Helen Ortiz", "Hiro Ogawa", "Hana Olsen"],
      ["HO", "HO2", "HO3"],
    ],
    [["Mary Ann de la Cruz"], ["MC"]],
    [["Prince"], ["PR"]],
    [["  émile   zola "], ["ÉZ"]],
    [["李 小龙"], ["李小"]],
    [[""], ["?"]],
  ])("%j → %j", (names, expected) => {
    expect(interviewerAbbreviations(names)).toEqual(expected);
  });

  test("every column gets a distinct name, one per interviewer, whatever the names", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 12 }), (names) => {
        const short = interviewerAbbreviations(names);
        expect(short).toHaveLength(names.length);
        expect(new Set(short).size).toBe(short.length);
      }),
    );
  });
});
