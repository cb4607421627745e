/**
 * Rater agreement for calibration analytics (design.md, "Fairness mechanics"):
 * Krippendorff's alpha per section, and each interviewer's mean offset from the panel median.
 *
 * Alpha follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", via the
 * coincidence matrix: alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 * Units with fewer than two values are not pairable and are dropped.
 * Alpha is null (undefined) when fewer than two pairable values remain, or when the pairable
 * values show no variation at all (expected disagreement 0): with a single value in play the
 * data cannot tell agreement from chance, so we report "not measurable" rather than 1.
 */
import { CalibrationInputError } from "@/lib/calibration/thresholds";
import { median } from "@/lib/calibration/recommend";

export type MeasurementLevel = "nominal" | "ordinal" | "interval";

export type AlphaResult = {
  alpha: number | null;
  /** Units (columns) with at least two values. */
  pairableUnits: number;
  /** Values inside pairable units: n in Krippendorff's notation. */
  pairableValues: number;
};

/** Alpha over a reliability-data matrix: one row per rater, one column per unit, null where not rated. */
export function krippendorffAlpha(matrix: (number | null)[][], level: MeasurementLevel): number | null {
  return krippendorffAlphaOfUnits(unitsOfMatrix(matrix), level).alpha;
}

/** Alpha from the values each unit received; rater identity does not enter the formula. */
export function krippendorffAlphaOfUnits(units: readonly (readonly number[])[], level: MeasurementLevel): AlphaResult {
  units.forEach((unit) => unit.forEach(assertFiniteValue));
  const pairable = units.filter((unit) => unit.length >= 2);
  const pairableValues = pairable.reduce((sum, unit) => sum + unit.length, 0);
  const result = { pairableUnits: pairable.length, pairableValues };
  if (pairableValues < 2) return { alpha: null, ...result };

  const { values, coincidences } = coincidenceMatrix(pairable);
  const marginals = coincidences.map((row) => row.reduce((sum, o) => sum + o, 0));
  const distance = squaredDistance(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      const d = distance(c, k);
      observed += (coincidences[c]?.[k] ?? 0) * d;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * d;
    }
  }
  if (expected === 0) return { alpha: null, ...result };
  return { alpha: 1 - ((pairableValues - 1) * observed) / expected, ...result };
}

function unitsOfMatrix(matrix: (number | null)[][]): number[][] {
  const width = matrix[0]?.length ?? 0;
  matrix.forEach((row, index) => {
    if (row.length !== width) {
      throw new CalibrationInputError(
        `Reliability data rows must all have one entry per unit (use null where a rater did not rate); row ${index + 1} has ${row.length} entries, row 1 has ${width}.`,
      );
    }
  });
  return Array.from({ length: width }, (_, unit) =>
    matrix.flatMap((row) => {
      const value = row[unit];
      return value === null || value === undefined ? [] : [value];
    }),
  );
}

function assertFiniteValue(value: unknown): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new CalibrationInputError(`Ratings must be finite numbers or null for not rated; got ${String(value)}.`);
  }
}

/** o_ck: each ordered pair of values within a unit, weighted 1 / (m_u − 1). */
function coincidenceMatrix(units: readonly (readonly number[])[]): { values: number[]; coincidences: number[][] } {
  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  const indexOf = new Map(values.map((value, index) => [value, index]));
  const coincidences = values.map(() => values.map(() => 0));
  for (const unit of units) {
    const weight = 1 / (unit.length - 1);
    unit.forEach((a, i) => {
      unit.forEach((b, j) => {
        if (i === j) return;
        const row = coincidences[indexOf.get(a) as number] as number[];
        const col = indexOf.get(b) as number;
        row[col] = (row[col] ?? 0) + weight;
      });
    });
  }
  return { values, coincidences };
}

/** δ²_ck for the measurement level; c and k index the sorted distinct values. */
function squaredDistance(level: MeasurementLevel, values: number[], marginals: number[]): (c: number, k: number) => number {
  switch (level) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "interval":
      return (c, k) => ((values[c] ?? 0) - (values[k] ?? 0)) ** 2;
    case "ordinal":
      // Rank distance: the marginals from c to k, minus half of each end.
      return (c, k) => {
        const [low, high] = c <= k ? [c, k] : [k, c];
        let between = 0;
        for (let g = low; g <= high; g++) between += marginals[g] ?? 0;
        return (between - ((marginals[c] ?? 0) + (marginals[k] ?? 0)) / 2) ** 2;
      };
  }
}

// ---------------------------------------------------------------------------------------
// Calibration over database rows
// ---------------------------------------------------------------------------------------

export type Id = string | number;

/** One rating as stored: easy to select straight from scorecard rating rows. */
export type RatingRow = {
  applicationId: Id;
  sectionId: Id;
  interviewerId: Id;
  /** null = not assessed; ignored. */
  rating: number | null;
  /** Counted for `scorecards` when given; otherwise each application counts as one scorecard. */
  scorecardId?: Id;
};

export type InterviewerOffset = {
  interviewerId: Id;
  /** Mean of (rating − median of all ratings for that application and section). Positive = rates high. */
  meanOffset: number;
  /** Ratings behind the mean. */
  count: number;
  /** Distinct scorecards behind the mean. */
  scorecards: number;
};

/**
 * Each interviewer's mean offset from the panel median, per application and section, counting
 * only application-sections rated by at least two distinct interviewers. Interviewers with no
 * such rating are left out. Sorted by interviewer id.
 */
export function interviewerOffsets(rows: readonly RatingRow[]): InterviewerOffset[] {
  const groups = groupBy(ratedRows(rows), (row) => JSON.stringify([row.applicationId, row.sectionId]));
  const totals = new Map<string, { interviewerId: Id; sum: number; count: number; scorecards: Set<string> }>();
  for (const group of groups.values()) {
    if (new Set(group.map((row) => keyOf(row.interviewerId))).size < 2) continue;
    const panelMedian = median(group.map((row) => row.rating)) as number;
    for (const row of group) {
      const key = keyOf(row.interviewerId);
      const total = totals.get(key) ?? { interviewerId: row.interviewerId, sum: 0, count: 0, scorecards: new Set<string>() };
      total.sum += row.rating - panelMedian;
      total.count += 1;
      total.scorecards.add(keyOf(row.scorecardId ?? row.applicationId));
      totals.set(key, total);
    }
  }
  return [...totals.values()]
    .map(({ interviewerId, sum, count, scorecards }) => ({
      interviewerId,
      meanOffset: sum / count,
      count,
      scorecards: scorecards.size,
    }))
    .sort((a, b) => compareIds(a.interviewerId, b.interviewerId));
}

export type SectionAlpha = {
  sectionId: Id;
  alpha: number | null;
  /** Applications with at least two ratings of this section: the units behind alpha. */
  applications: number;
  /** Ratings inside those applications: the values behind alpha. */
  ratings: number;
};

/**
 * Alpha per section over all applications (the units), ordinal by default as design.md asks.
 * Built from each application's ratings rather than a rater × application grid, which is the
 * same statistic and also holds when one interviewer rated the same application twice.
 * Sorted by section id.
 */
export function alphaBySection(rows: readonly RatingRow[], level: MeasurementLevel = "ordinal"): SectionAlpha[] {
  const bySection = groupBy(ratedRows(rows), (row) => keyOf(row.sectionId));
  return [...bySection.values()]
    .map((sectionRows) => {
      const units = [...groupBy(sectionRows, (row) => keyOf(row.applicationId)).values()].map((unit) => unit.map((row) => row.rating));
      const { alpha, pairableUnits, pairableValues } = krippendorffAlphaOfUnits(units, level);
      const sectionId = (sectionRows[0] as RatingRow).sectionId;
      return { sectionId, alpha, applications: pairableUnits, ratings: pairableValues };
    })
    .sort((a, b) => compareIds(a.sectionId, b.sectionId));
}

type RatedRow = RatingRow & { rating: number };

function ratedRows(rows: readonly RatingRow[]): RatedRow[] {
  return rows.flatMap((row) => {
    if (row.rating === null) return [];
    assertFiniteValue(row.rating);
    return [row as RatedRow];
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// Keeps 1 and "1" apart, since ids may come from integer or text columns.
function keyOf(id: Id): string {
  return `${typeof id}:${id}`;
}

function compareIds(a: Id, b: Id): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const [ka, kb] = [keyOf(a), keyOf(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
