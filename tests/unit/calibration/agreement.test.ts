import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalibrationInputError,
  alphaBySection,
  interviewerOffsets,
  krippendorffAlpha,
  krippendorffAlphaOfUnits,
  type MeasurementLevel,
  type RatingRow,
} from "@/lib/calibration";

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
 * observers A–D (rows) × units 1–12 (columns), values 1–5, with missing data.
 * Published: nominal 0.743, ordinal 0.815, interval 0.849.
 */
const KRIPPENDORFF_2011: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

/** Same paper, section A: two observers, ten units, binary values. Published nominal alpha 0.095. */
const KRIPPENDORFF_2011_BINARY: (number | null)[][] = [
  [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
];

describe("krippendorffAlpha on the published worked examples", () => {
  it.each([
    ["nominal", 0.743],
    ["ordinal", 0.815],
    ["interval", 0.849],
  ] as [MeasurementLevel, number][])("4 observers × 12 units, %s: %s", (level, published) => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, level)).toBeCloseTo(published, 3);
  });

  it("drops unit 12 (one value) and pairs the other 40 values, as in the paper", () => {
    const units = KRIPPENDORFF_2011[0]?.map((_value, unit) =>
      KRIPPENDORFF_2011.flatMap((row) => (row[unit] === null || row[unit] === undefined ? [] : [row[unit]])),
    );
    expect(krippendorffAlphaOfUnits(units ?? [], "nominal")).toMatchObject({ pairableUnits: 11, pairableValues: 40 });
  });

  it("2 observers × 10 binary units, nominal: 0.095", () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011_BINARY, "nominal")).toBeCloseTo(0.095, 3);
  });

  it("gives the same answer at every level for binary data", () => {
    // With two values every metric is proportional to the nominal one.
    const nominal = krippendorffAlpha(KRIPPENDORFF_2011_BINARY, "nominal");
    expect(krippendorffAlpha(KRIPPENDORFF_2011_BINARY, "interval")).toBeCloseTo(nominal ?? Number.NaN, 12);
    expect(krippendorffAlpha(KRIPPENDORFF_2011_BINARY, "ordinal")).toBeCloseTo(nominal ?? Number.NaN, 12);
  });
});

describe("krippendorffAlpha edge cases", () => {
  it.each(["nominal", "ordinal", "interval"] as MeasurementLevel[])("perfect agreement with variation is 1 (%s)", (level) => {
    expect(
      krippendorffAlpha(
        [
          [0, 1, 2, 2],
          [0, 1, 2, 2],
          [0, _, 2, _],
        ],
        level,
      ),
    ).toBe(1);
  });

  it("ignores a unit rated once", () => {
    const withLoneUnit = KRIPPENDORFF_2011.map((row, index) => [...row, index === 0 ? 0 : _]);
    for (const level of ["nominal", "ordinal", "interval"] as const) {
      expect(krippendorffAlpha(withLoneUnit, level)).toBe(krippendorffAlpha(KRIPPENDORFF_2011, level));
    }
  });

  it("is undefined (null) when every pairable value is the same: no variation, nothing to tell agreement from chance", () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1, 1],
          [1, 1, 1],
        ],
        "ordinal",
      ),
    ).toBeNull();
    // A lone differing value in an unpairable unit does not add variation.
    expect(
      krippendorffAlpha(
        [
          [1, 1, 2],
          [1, 1, _],
        ],
        "nominal",
      ),
    ).toBeNull();
  });

  it.each([
    ["no raters", []],
    ["no units", [[], []]],
    [
      "nobody rated anything",
      [
        [_, _],
        [_, _],
      ],
    ],
    [
      "every unit rated once",
      [
        [1, _, 2],
        [_, 0, _],
      ],
    ],
  ] as [string, (number | null)[][]][])("is null with %s", (_description, matrix) => {
    expect(krippendorffAlpha(matrix, "interval")).toBeNull();
  });

  it("is below 0 for systematic disagreement", () => {
    // Units [1,2] and [2,1]: o_12 = o_21 = 2, n = 4, alpha = 1 − 3·4 / (2·2·2) = −0.5.
    expect(
      krippendorffAlpha(
        [
          [1, 2],
          [2, 1],
        ],
        "nominal",
      ),
    ).toBeCloseTo(-0.5, 12);
  });

  it("rejects ragged rows", () => {
    expect(() =>
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2],
        ],
        "nominal",
      ),
    ).toThrow(CalibrationInputError);
    expect(() =>
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2],
        ],
        "nominal",
      ),
    ).toThrow(/row 2 has 2 entries, row 1 has 3/);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, "2" as unknown as number])("rejects the value %s", (value) => {
    expect(() =>
      krippendorffAlpha(
        [
          [1, value],
          [1, 2],
        ],
        "ordinal",
      ),
    ).toThrow(CalibrationInputError);
  });
});

describe("krippendorffAlpha properties", () => {
  const matrixArb = fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 12 })).chain(([raters, units]) =>
    fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { freq: 3 }), { minLength: units, maxLength: units }), {
      minLength: raters,
      maxLength: raters,
    }),
  );
  const levels = fc.constantFrom<MeasurementLevel>("nominal", "ordinal", "interval");

  it("never exceeds 1, and does not depend on the order of raters or units", () => {
    fc.assert(
      fc.property(matrixArb, levels, (matrix, level) => {
        const alpha = krippendorffAlpha(matrix, level);
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        const reversed = [...matrix].reverse().map((row) => [...row].reverse());
        const other = krippendorffAlpha(reversed, level);
        if (alpha === null) expect(other).toBeNull();
        else expect(other).toBeCloseTo(alpha, 10);
      }),
    );
  });

  it("keeps its value under the transformations each level allows", () => {
    fc.assert(
      fc.property(matrixArb, (matrix) => {
        const map = (f: (v: number) => number) => matrix.map((row) => row.map((v) => (v === null ? null : f(v))));
        const same = (a: number | null, b: number | null) => (a === null ? expect(b).toBeNull() : expect(b).toBeCloseTo(a, 10));
        // Nominal: any relabelling. Ordinal: any order-preserving map. Interval: any positive affine map.
        same(
          krippendorffAlpha(matrix, "nominal"),
          krippendorffAlpha(
            map((v) => [7, 3, 9, 1, 5][v] ?? v),
            "nominal",
          ),
        );
        same(
          krippendorffAlpha(matrix, "ordinal"),
          krippendorffAlpha(
            map((v) => v ** 3 + 10),
            "ordinal",
          ),
        );
        same(
          krippendorffAlpha(matrix, "interval"),
          krippendorffAlpha(
            map((v) => 2.5 * v - 4),
            "interval",
          ),
        );
      }),
    );
  });
});

describe("interviewerOffsets", () => {
  const rows: RatingRow[] = [
    // Application A, design: median 1.
    { applicationId: "A", sectionId: "design", interviewerId: "ann", rating: 2 },
    { applicationId: "A", sectionId: "design", interviewerId: "ben", rating: 1 },
    { applicationId: "A", sectionId: "design", interviewerId: "cat", rating: 1 },
    // Application A, influence: median of 2 and 0 is 1.
    { applicationId: "A", sectionId: "influence", interviewerId: "ann", rating: 2 },
    { applicationId: "A", sectionId: "influence", interviewerId: "ben", rating: 0 },
    // Application B, design: median 1.
    { applicationId: "B", sectionId: "design", interviewerId: "ann", rating: 1 },
    { applicationId: "B", sectionId: "design", interviewerId: "cat", rating: 1 },
    // Application B, influence: one rater, so no panel to compare with.
    { applicationId: "B", sectionId: "influence", interviewerId: "ann", rating: 2 },
    // Application B, depth: not assessed does not count as a rating.
    { applicationId: "B", sectionId: "depth", interviewerId: "ann", rating: null },
    { applicationId: "B", sectionId: "depth", interviewerId: "dev", rating: 2 },
  ];

  it("gives each interviewer's mean offset from the panel median, with the ratings and scorecards behind it", () => {
    expect(interviewerOffsets(rows)).toEqual([
      { interviewerId: "ann", meanOffset: 2 / 3, count: 3, scorecards: 2 },
      { interviewerId: "ben", meanOffset: -0.5, count: 2, scorecards: 1 },
      { interviewerId: "cat", meanOffset: 0, count: 2, scorecards: 2 },
    ]);
  });

  it("does not depend on the order of the rows", () => {
    expect(interviewerOffsets([...rows].reverse())).toEqual(interviewerOffsets(rows));
  });

  it("needs two distinct interviewers, not two ratings", () => {
    const sameInterviewerTwice: RatingRow[] = [
      { applicationId: "A", sectionId: "design", interviewerId: "ann", rating: 2, scorecardId: "s1" },
      { applicationId: "A", sectionId: "design", interviewerId: "ann", rating: 0, scorecardId: "s2" },
    ];
    expect(interviewerOffsets(sameInterviewerTwice)).toEqual([]);
  });

  it("counts distinct scorecards when their ids are given", () => {
    const twoInterviews: RatingRow[] = [
      { applicationId: "A", sectionId: "design", interviewerId: "ann", rating: 2, scorecardId: "s1" },
      { applicationId: "A", sectionId: "influence", interviewerId: "ann", rating: 2, scorecardId: "s2" },
      { applicationId: "A", sectionId: "design", interviewerId: "ben", rating: 2, scorecardId: "s3" },
      { applicationId: "A", sectionId: "influence", interviewerId: "ben", rating: 0, scorecardId: "s3" },
    ];
    expect(interviewerOffsets(twoInterviews)).toEqual([
      { interviewerId: "ann", meanOffset: 0.5, count: 2, scorecards: 2 },
      { interviewerId: "ben", meanOffset: -0.5, count: 2, scorecards: 1 },
    ]);
  });

  it('accepts numeric ids from integer columns and keeps 1 and "1" apart', () => {
    const numeric: RatingRow[] = [
      { applicationId: 1, sectionId: 10, interviewerId: 2, rating: 2 },
      { applicationId: 1, sectionId: 10, interviewerId: 1, rating: 0 },
      { applicationId: 1, sectionId: 10, interviewerId: "1", rating: 1 },
    ];
    expect(interviewerOffsets(numeric)).toEqual([
      { interviewerId: 1, meanOffset: -1, count: 1, scorecards: 1 },
      { interviewerId: 2, meanOffset: 1, count: 1, scorecards: 1 },
      { interviewerId: "1", meanOffset: 0, count: 1, scorecards: 1 },
    ]);
  });

  it("returns nothing for no rows", () => {
    expect(interviewerOffsets([])).toEqual([]);
  });

  it("rejects a rating that is not a number", () => {
    const bad = [{ applicationId: "A", sectionId: "design", interviewerId: "ann", rating: Number.NaN }];
    expect(() => interviewerOffsets(bad)).toThrow(CalibrationInputError);
  });
});

describe("alphaBySection", () => {
  const OBSERVERS = ["A", "B", "C", "D"];
  const paperRows: RatingRow[] = KRIPPENDORFF_2011.flatMap((row, observer) =>
    row.map((rating, unit) => ({
      applicationId: `application-${unit + 1}`,
      sectionId: "design",
      interviewerId: OBSERVERS[observer] ?? "?",
      rating,
    })),
  );

  it("computes ordinal alpha per section over applications, with the applications and ratings behind it", () => {
    const rows: RatingRow[] = [
      ...paperRows,
      { applicationId: "application-1", sectionId: "influence", interviewerId: "A", rating: 1 },
      { applicationId: "application-1", sectionId: "influence", interviewerId: "B", rating: 1 },
      { applicationId: "application-2", sectionId: "influence", interviewerId: "A", rating: 1 },
      { applicationId: "application-2", sectionId: "influence", interviewerId: "B", rating: 1 },
      { applicationId: "application-3", sectionId: "depth", interviewerId: "A", rating: 2 },
      { applicationId: "application-3", sectionId: "depth", interviewerId: "B", rating: null },
    ];
    const result = alphaBySection(rows);
    expect(result.map((r) => r.sectionId)).toEqual(["depth", "design", "influence"]);
    expect(result[0]).toEqual({ sectionId: "depth", alpha: null, applications: 0, ratings: 0 });
    expect(result[1]?.alpha).toBeCloseTo(0.815, 3);
    expect(result[1]).toMatchObject({ applications: 11, ratings: 40 });
    // Everybody gave 1: no variation, so alpha is undefined.
    expect(result[2]).toEqual({ sectionId: "influence", alpha: null, applications: 2, ratings: 4 });
  });

  it("takes another measurement level when asked", () => {
    expect(alphaBySection(paperRows, "interval")[0]?.alpha).toBeCloseTo(0.849, 3);
    expect(alphaBySection(paperRows, "nominal")[0]?.alpha).toBeCloseTo(0.743, 3);
  });

  it("matches krippendorffAlpha on the interviewer × application matrix built from the same rows", () => {
    const rowsArb = fc.array(
      fc.record({
        applicationId: fc.constantFrom("a1", "a2", "a3", "a4", "a5"),
        sectionId: fc.constant("design"),
        interviewerId: fc.constantFrom("ann", "ben", "cat"),
        rating: fc.option(fc.constantFrom(0, 1, 2), { freq: 4 }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(rowsArb, (rows) => {
        // One rating per interviewer and application, as a matrix needs.
        const unique = [...new Map(rows.map((r) => [`${r.interviewerId}|${r.applicationId}`, r])).values()];
        const interviewers = ["ann", "ben", "cat"];
        const applications = ["a1", "a2", "a3", "a4", "a5"];
        const matrix = interviewers.map((i) =>
          applications.map((a) => unique.find((r) => r.interviewerId === i && r.applicationId === a)?.rating ?? null),
        );
        const expected = krippendorffAlpha(matrix, "ordinal");
        const actual = alphaBySection(unique)[0]?.alpha ?? null;
        if (expected === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(expected, 12);
      }),
    );
  });

  it("returns nothing for no rows", () => {
    expect(alphaBySection([])).toEqual([]);
  });
});
