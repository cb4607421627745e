/**
 * The bar thresholds of the recommendation engine. Every role may override any of them;
 * the defaults are the ones written in design.md ("The recommendation").
 */

/** Thrown for input the calibration functions cannot compute from; the message says how to fix it. */
export class CalibrationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CalibrationInputError";
  }
}

export type Thresholds = {
  /** Senior bar: share of assessed sections that must score 1 or more (0–1). */
  seniorMinAssessedShare: number;
  /** Senior bar: number of sections that must score 2. */
  seniorMinTwos: number;
  /** Staff bar: the score every rated Staff-critical section must reach (0–2). */
  staffCriticalMinScore: number;
  /** Staff bar: number of Staff-critical sections that must score 2. */
  staffCriticalMinTwos: number;
  /** Staff bar: distinct interviewers who must rate each Staff-critical section. */
  staffCriticalMinRaters: number;
  /** Evidence gate: share of sections in play that must be assessed (0–1). */
  minAssessedShare: number;
};

export type ThresholdKey = keyof Thresholds;

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  seniorMinAssessedShare: 0.75,
  seniorMinTwos: 3,
  staffCriticalMinScore: 1.5,
  staffCriticalMinTwos: 2,
  staffCriticalMinRaters: 2,
  minAssessedShare: 0.5,
});

export type ThresholdSpec = {
  label: string;
  description: string;
  min: number;
  max: number;
  /** Allowed granularity: shares take any value, counts are whole, scores move in halves (medians). */
  step: number;
  kind: "share" | "count" | "score";
};

export const THRESHOLD_SPECS: Readonly<Record<ThresholdKey, ThresholdSpec>> = Object.freeze({
  seniorMinAssessedShare: {
    label: "Senior bar: share of assessed sections scoring 1 or more",
    description: "At least this share of the assessed sections must score 1 or more for the Senior bar to hold. Default 75%.",
    min: 0,
    max: 1,
    step: 0.01,
    kind: "share",
  },
  seniorMinTwos: {
    label: "Senior bar: sections scoring 2",
    description: "At least this many sections must score a clear 2 for the Senior bar to hold. Default 3.",
    min: 0,
    max: 20,
    step: 1,
    kind: "count",
  },
  staffCriticalMinScore: {
    label: "Staff bar: lowest score of a Staff-critical section",
    description: "Every rated Staff-critical section must score at least this much (a median, so 1.5 is possible). Default 1.5.",
    min: 0,
    max: 2,
    step: 0.5,
    kind: "score",
  },
  staffCriticalMinTwos: {
    label: "Staff bar: Staff-critical sections scoring 2",
    description: "At least this many Staff-critical sections must score 2 for the Staff bar to hold. Default 2.",
    min: 0,
    max: 20,
    step: 1,
    kind: "count",
  },
  staffCriticalMinRaters: {
    label: "Staff bar: interviewers per Staff-critical section",
    description:
      "Each Staff-critical section must be rated by at least this many interviewers; otherwise a Staff call is insufficient evidence. Default 2.",
    min: 1,
    max: 10,
    step: 1,
    kind: "count",
  },
  minAssessedShare: {
    label: "Evidence gate: share of sections in play assessed",
    description: "When fewer than this share of the sections in play have a rating, the recommendation is insufficient evidence. Default 50%.",
    min: 0,
    max: 1,
    step: 0.01,
    kind: "share",
  },
});

export const THRESHOLD_KEYS: readonly ThresholdKey[] = Object.freeze(Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[]);

/** Merges a role's overrides onto the defaults and rejects values outside the sanity bounds. */
export function resolveThresholds(partial: Partial<Thresholds> = {}): Thresholds {
  const resolved: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of THRESHOLD_KEYS) {
    const value = partial[key];
    if (value === undefined) continue;
    assertThresholdValue(key, value);
    resolved[key] = value;
  }
  return resolved;
}

function assertThresholdValue(key: ThresholdKey, value: unknown): asserts value is number {
  const spec = THRESHOLD_SPECS[key];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new CalibrationInputError(`Threshold "${spec.label}" must be a number; got ${String(value)}.`);
  }
  if (value < spec.min || value > spec.max) {
    throw new CalibrationInputError(
      `Threshold "${spec.label}" must be between ${spec.min} and ${spec.max}; got ${value}. Change it in the role's scorecard settings.`,
    );
  }
  if (spec.kind === "count" && !Number.isInteger(value)) {
    throw new CalibrationInputError(`Threshold "${spec.label}" must be a whole number; got ${value}.`);
  }
  if (spec.kind === "score" && !Number.isInteger(value * 2)) {
    throw new CalibrationInputError(`Threshold "${spec.label}" must be a multiple of 0.5 (section scores are medians of 0, 1 and 2); got ${value}.`);
  }
}
