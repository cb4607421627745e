import type { Level } from "@/lib/calibration/recommend";
import type { ApplicationStatus, CONFIDENCES, DECISION_LEVELS, EvidenceScope, OVERALL_RECOMMENDATIONS } from "../enums";
import type { PersonKey } from "./people";
import type { RoleKey, StageKey } from "./roles";
import type { SectionKey } from "./sections";

/** A point in time relative to the seed's `now`: negative is before it. */
export type FromNow = { days?: number; hours?: number };

/** One section of a scorecard: [section, 0 | 1 | 2 or "na" for not assessed, evidence scope, evidence]. */
export type DemoRating = readonly [SectionKey, 0 | 1 | 2 | "na", EvidenceScope, string];

/** A scorecard and the interview it belongs to, which took place `daysAgo` days before now. */
export type DemoScorecard<R extends RoleKey> = {
  stage: StageKey<R>;
  by: PersonKey;
  daysAgo: number;
  overall: (typeof OVERALL_RECOMMENDATIONS)[number];
  confidence: (typeof CONFIDENCES)[number];
  ratings: readonly DemoRating[];
  /** Red flags of the default framework, by title. */
  flags?: readonly { title: string; note: string }[];
  /** Still a draft: not submitted, no audit line. */
  draft?: boolean;
};

/** An interview with no scorecard yet (upcoming, or overdue when in the past). */
export type DemoInterview<R extends RoleKey> = {
  stage: StageKey<R>;
  by: PersonKey;
  at: FromNow;
  status?: "scheduled" | "cancelled";
};

type DecisionLevel = (typeof DECISION_LEVELS)[number];

type DecisionCommon = {
  by: PersonKey;
  daysAgo: number;
  level: DecisionLevel;
  hire: boolean;
  rationale: string;
  /** Stored with the decision as the engine's output at the time. */
  engineSnapshot: Readonly<Record<string, string>>;
  /** The summary of the decision's audit line (of the revision, for a revised decision). */
  summary: string;
};

/**
 * An application's decision. "recorded": decided once. "held": held for more signal on the `probe` sections.
 * "revised": decided first as `first`, then revised to this one for `reason` (the first is kept in decision_history).
 */
export type DemoDecision =
  | (DecisionCommon & { kind: "recorded" })
  | (DecisionCommon & { kind: "held"; probe: readonly SectionKey[]; recommendedLevel: Level })
  | (DecisionCommon & {
      kind: "revised";
      recommendedLevel: Level;
      againstRecommendation: boolean;
      reason: string;
      first: {
        daysAgo: number;
        level: DecisionLevel;
        hire: boolean;
        rationale: string;
        overrideReason: string;
        summary: string;
        againstRecommendation: boolean;
      };
    });

type DemoApplicationOf<R extends RoleKey> = {
  role: R;
  /** The candidate. */
  name: string;
  email: string;
  links?: readonly string[];
  /** The role team's notes on the application. */
  notes?: string;
  status: ApplicationStatus;
  /** When the candidate and the application were created. */
  daysAgo: number;
  /** Written first, in order, each with its interview. */
  scorecards?: readonly DemoScorecard<R>[];
  /** Interviews without a scorecard, written after the scorecards. */
  interviews?: readonly DemoInterview<R>[];
  decision?: DemoDecision;
};

/** A candidate with their application to one demo role; stages are checked against that role's plan. */
export type DemoApplication = { [R in RoleKey]: DemoApplicationOf<R> }[RoleKey];
