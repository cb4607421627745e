import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  THRESHOLD_KEYS,
  THRESHOLD_SPECS,
  compareLevels,
  recommend,
  type Level,
  type Panel,
  type PanelRating,
  type PanelRedFlag,
  type PanelScorecard,
  type Recommendation,
  type Thresholds,
  type VerdictBasis,
} from "@/lib/calibration";

// ---------------------------------------------------------------------------------------
// Generators, biased towards strong ratings so that every level is reached (checked below).
// ---------------------------------------------------------------------------------------

const scopeArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant("team" as const) },
  { weight: 2, arbitrary: fc.constant("multi-team" as const) },
  { weight: 4, arbitrary: fc.constant("org" as const) },
);

const cellArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant("omitted" as const) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(0 as const) },
  { weight: 4, arbitrary: fc.constant(1 as const) },
  { weight: 7, arbitrary: fc.constant(2 as const) },
);

const redFlagsArb: fc.Arbitrary<PanelRedFlag[]> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<PanelRedFlag[]>([]) },
  {
    weight: 2,
    arbitrary: fc.array(
      fc.record({
        severity: fc.constantFrom("note" as const, "caps-at-senior" as const, "blocks-hire" as const),
        title: fc.constantFrom("Heroics", "Scope inflation", "No numbers"),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  },
);

const thresholdsArb: fc.Arbitrary<Partial<Thresholds> | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        seniorMinAssessedShare: fc.constantFrom(0.5, 0.6, 0.75, 0.9),
        seniorMinTwos: fc.integer({ min: 0, max: 5 }),
        staffCriticalMinScore: fc.constantFrom(0.5, 1, 1.5, 2),
        staffCriticalMinTwos: fc.integer({ min: 0, max: 3 }),
        staffCriticalMinRaters: fc.integer({ min: 1, max: 3 }),
        minAssessedShare: fc.constantFrom(0, 0.25, 0.5, 0.75),
      },
      { requiredKeys: [] },
    ),
  },
);

function scorecardArb(sectionIds: string[]): fc.Arbitrary<PanelScorecard> {
  return fc
    .record({
      // A small id pool: the same interviewer sometimes has two scorecards.
      id: fc.constantFrom("ann", "ben", "cat", "dev", "eve"),
      level: fc.constantFrom("senior", "staff", "principal", "junior"),
      cells: fc.array(fc.tuple(cellArb, scopeArb), { minLength: sectionIds.length, maxLength: sectionIds.length }),
      redFlags: redFlagsArb,
    })
    .map(({ id, level, cells, redFlags }) => ({
      interviewer: { id, level },
      ratings: cells.flatMap(([cell, scope], index): PanelRating[] => {
        if (cell === "omitted") return [];
        const sectionId = sectionIds[index] as string;
        return [scope === undefined ? { sectionId, rating: cell } : { sectionId, rating: cell, scope }];
      }),
      redFlags,
    }));
}

const panelArb: fc.Arbitrary<Panel> = fc
  .array(fc.boolean(), { minLength: 1, maxLength: 9 })
  .chain((critical) => {
    const sections = critical.map((staffCritical, index) => ({ id: `s${index}`, name: `Section ${index}`, staffCritical }));
    return fc.record({
      sections: fc.constant(sections),
      scorecards: fc.array(scorecardArb(sections.map((s) => s.id)), { minLength: 1, maxLength: 5 }),
      thresholds: thresholdsArb,
    });
  })
  .map(({ thresholds, ...panel }) => (thresholds === undefined ? panel : { ...panel, thresholds }));

/** Every (scorecard, rating) position holding a 0 or a 1. */
function raisablePositions(panel: Panel): [number, number][] {
  return panel.scorecards.flatMap((scorecard, s) =>
    scorecard.ratings.flatMap((r, i): [number, number][] => (r.rating === 0 || r.rating === 1 ? [[s, i]] : [])),
  );
}

function raise(panel: Panel, [s, i]: [number, number]): Panel {
  const copy = structuredClone(panel);
  const rating = copy.scorecards[s]?.ratings[i];
  if (!rating || rating.rating === null || rating.rating === 2) throw new Error("not raisable");
  rating.rating = (rating.rating + 1) as 1 | 2;
  return copy;
}

const panelWithRaiseArb = panelArb
  .filter((panel) => raisablePositions(panel).length > 0)
  .chain((panel) => fc.tuple(fc.constant(panel), fc.constantFrom(...raisablePositions(panel))));

const passedRules = (result: Recommendation) => result.rules.filter((r) => r.passed).map((r) => r.id);

/** What a move to a more favourable input (a raised rating, a relaxed threshold) may do to the level. */
function expectNoLowerLevel(before: Recommendation, after: Recommendation): void {
  const compared = compareLevels(after.level, before.level);
  if (compared !== null) expect(compared).toBeGreaterThanOrEqual(0);
  // Every rule that held still holds: the rules themselves are monotone.
  expect(passedRules(after)).toEqual(expect.arrayContaining(passedRules(before)));
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describe("recommendation invariants", () => {
  it("the generator reaches every level, basis and confidence (so the properties are not vacuous)", () => {
    const results = fc.sample(panelArb, { numRuns: 3000, seed: 42 }).map(recommend);
    const seen = (pick: (r: Recommendation) => string) => new Set(results.map(pick));
    expect([...seen((r) => r.level)].sort()).toEqual(
      (["below-senior-bar", "insufficient-evidence", "no-hire", "senior", "staff"] satisfies Level[]).sort(),
    );
    expect([...seen((r) => r.basis)].sort()).toEqual(
      (
        [
          "below-senior-bar",
          "blocked-by-red-flag",
          "senior-bar",
          "staff-bar",
          "staff-bar-capped",
          "staff-thinly-rated",
          "too-few-sections-assessed",
        ] satisfies VerdictBasis[]
      ).sort(),
    );
    expect([...seen((r) => r.confidence)].sort()).toEqual(["high", "low", "medium"]);
  });

  /*
   * Raising one rating (0→1 or 1→2) never lowers the level. Exactly what is asserted:
   *  - every rule that passed still passes (scores only go up; assessed sections, raters and scopes are unchanged);
   *  - when both levels are inside the order (no hire < below Senior bar < Senior < Staff), after ≥ before;
   *  - no hire, Staff and insufficient evidence stay as they are (their deciding rules cannot change);
   *  - the only way into insufficient evidence is design.md's exception: a Senior or below-bar panel
   *    whose Staff case becomes plausible while a Staff-critical section is thinly rated.
   */
  it("raising any single rating never lowers the level", () => {
    fc.assert(
      fc.property(panelWithRaiseArb, ([panel, position]) => {
        const before = recommend(panel);
        const after = recommend(raise(panel, position));
        expectNoLowerLevel(before, after);
        if (before.level === "no-hire" || before.level === "staff" || before.level === "insufficient-evidence") {
          expect(after.level).toBe(before.level);
        }
        if (after.level === "insufficient-evidence" && before.level !== "insufficient-evidence") {
          expect(["senior", "below-senior-bar"]).toContain(before.level);
          expect(after.basis).toBe("staff-thinly-rated");
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("relaxing any one threshold never lowers the level or fails a rule that held", () => {
    const relaxArb = panelArb.chain((panel) =>
      fc.tuple(fc.constant(panel), fc.constantFrom(...THRESHOLD_KEYS), fc.double({ min: 0, max: 1, noNaN: true })),
    );
    fc.assert(
      fc.property(relaxArb, ([panel, key, fraction]) => {
        const before = recommend(panel);
        const spec = THRESHOLD_SPECS[key];
        const current = before.thresholds[key];
        // A value between the bound and the current one, on the threshold's own grid.
        const steps = Math.floor(((current - spec.min) / spec.step) * fraction + 1e-9);
        const relaxed = Math.round((current - steps * spec.step) * 100) / 100;
        const after = recommend({ ...panel, thresholds: { ...panel.thresholds, [key]: relaxed } });
        expectNoLowerLevel(before, after);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(panelArb, (panel) => {
        const first = recommend(panel);
        expect(recommend(structuredClone(panel))).toEqual(first);
        expect(recommend(panel)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("does not modify its input", () => {
    fc.assert(
      fc.property(panelArb, (panel) => {
        const copy = structuredClone(panel);
        recommend(panel);
        expect(panel).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });

  it("ignores the order of scorecards, of ratings within a scorecard and of red flags", () => {
    const shuffledArb = panelArb.chain((panel) =>
      fc.tuple(
        fc.constant(panel),
        fc
          .tuple(
            fc.shuffledSubarray(panel.scorecards, { minLength: panel.scorecards.length, maxLength: panel.scorecards.length }),
            // Sort keys for every rating and red flag (at most 5 × (9 + 2) of them).
            fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
          )
          .map(([scorecards, keys]) => {
            let cursor = 0;
            const shuffle = <T>(items: T[]) =>
              items
                .map((item) => ({ item, key: keys[cursor++ % keys.length] ?? 0 }))
                .sort((a, b) => a.key - b.key)
                .map((x) => x.item);
            return {
              ...panel,
              scorecards: scorecards.map((sc) => ({ ...sc, ratings: shuffle(sc.ratings), redFlags: shuffle(sc.redFlags ?? []) })),
            };
          }),
      ),
    );
    fc.assert(
      fc.property(shuffledArb, ([panel, shuffled]) => {
        // The whole output, reasons and next step included, is the same.
        expect(recommend(shuffled)).toEqual(recommend(panel));
      }),
      { numRuns: 500 },
    );
  });

  it("ignores the order of sections: same level, confidence and rule results", () => {
    const shuffledArb = panelArb.chain((panel) =>
      fc.tuple(
        fc.constant(panel),
        fc
          .shuffledSubarray(panel.sections, { minLength: panel.sections.length, maxLength: panel.sections.length })
          .map((sections) => ({ ...panel, sections })),
      ),
    );
    const summary = (result: Recommendation) => ({
      level: result.level,
      basis: result.basis,
      confidence: result.confidence,
      rules: Object.fromEntries(
        result.rules.map((r) => [r.id, { passed: r.passed, actual: r.actual, required: r.required, failing: [...r.failingSectionIds].sort() }]),
      ),
      sections: Object.fromEntries(result.sectionScores.map((s) => [s.sectionId, s])),
      flags: result.flags.map((f) => `${f.kind}:${[...f.sectionIds].sort().join(",")}`).sort(),
    });
    fc.assert(
      fc.property(shuffledArb, ([panel, shuffled]) => {
        expect(summary(recommend(shuffled))).toEqual(summary(recommend(panel)));
      }),
      { numRuns: 500 },
    );
  });

  it("gives no hire exactly when a blocks-hire red flag is raised", () => {
    fc.assert(
      fc.property(panelArb, (panel) => {
        const blocked = panel.scorecards.some((sc) => (sc.redFlags ?? []).some((f) => f.severity === "blocks-hire"));
        expect(recommend(panel).level === "no-hire").toBe(blocked);
      }),
      { numRuns: 300 },
    );
  });

  it("never gives Staff with a caps-at-senior flag raised", () => {
    fc.assert(
      fc.property(panelArb, (panel) => {
        const capped = panel.scorecards.some((sc) => (sc.redFlags ?? []).some((f) => f.severity === "caps-at-senior"));
        if (capped) expect(recommend(panel).level).not.toBe("staff");
      }),
      { numRuns: 300 },
    );
  });
});
