import { z } from "zod";
import { safeTextCheck } from "@/lib/validation/text";
import { CONFIDENCE_LEVELS, LIMITS, RECOMMENDATIONS, SCOPES } from "./scorecard-content";

/**
 * The shape of what the scorecard form sends, checked on the server for every save, submit and amendment.
 * The stage-specific rules (which sections, the 0/2-needs-evidence rule, named length messages) live in
 * validate-scorecard.ts, which the form runs too; these caps only bound what a request may carry.
 * The form imports the types of this file only, so zod stays out of the browser bundle.
 */

const id = z.string({ error: "An id is missing." }).min(1, "An id is missing.").max(64, "That id is not valid.");
/** Generous transport caps; the named limits (5,000 / 1,000) are checked by validateScorecard. */
const TRANSPORT_CAP = 4 * LIMITS.evidence;
const text = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .max(TRANSPORT_CAP, `${what} is far longer than the ${LIMITS.evidence.toLocaleString("en-US")}-character limit.`)
    .superRefine(safeTextCheck(what));

export const sectionRatingSchema = z.strictObject({
  sectionId: id,
  rating: z.literal([0, 1, 2], "A rating must be 0, 1 or 2, or Not assessed.").nullable(),
  notAssessed: z.boolean({ error: "Not assessed must be true or false." }),
  evidence: text("Evidence"),
  scope: z.enum(SCOPES, "The scope of evidence must be team, multi-team or org.").nullable(),
  itemsObserved: z.array(id).max(50, "Too many observed items."),
});

export const redFlagInputSchema = z.strictObject({
  redFlagId: id,
  note: text("A red flag note"),
});

export const scorecardContentSchema = z.strictObject({
  ratings: z.array(sectionRatingSchema).max(30, "Too many section ratings."),
  redFlags: z.array(redFlagInputSchema).max(50, "Too many red flags."),
  overallRecommendation: z.enum(RECOMMENDATIONS, "The recommendation must be no hire, Senior or Staff.").nullable(),
  confidence: z.enum(CONFIDENCE_LEVELS, "The confidence must be low, medium or high.").nullable(),
  summary: text("The summary"),
});

const revision = z
  .number({ error: "The revision the form started from is missing. Reload the page." })
  .int("The revision must be a whole number.")
  .min(0, "The revision must not be negative.");

/** Body of PUT /api/interviews/[interviewId]/scorecard-draft (the autosave). */
export const saveDraftBodySchema = z.strictObject({
  baseRevision: revision,
  content: scorecardContentSchema,
});

/** Why a recommendation stands although a raised red flag rules it out; checked by lib/scorecards/contradictions.ts. */
const contradictionNote = z
  .string({ error: "The note must be text." })
  .max(LIMITS.note * 2, "The note is far too long.")
  .superRefine(safeTextCheck("The note"))
  .optional();

export const submitScorecardSchema = z.strictObject({
  interviewId: id,
  baseRevision: revision,
  content: scorecardContentSchema,
  contradictionNote,
});

export const amendScorecardSchema = z.strictObject({
  interviewId: id,
  baseRevision: revision,
  reason: z
    .string({ error: "Give a reason for the amendment." })
    .max(LIMITS.reason * 2, "The reason is far too long.")
    .superRefine(safeTextCheck("The reason")),
  content: scorecardContentSchema,
  contradictionNote,
});

export type SaveDraftBody = z.infer<typeof saveDraftBodySchema>;
export type SubmitScorecardInput = z.infer<typeof submitScorecardSchema>;
export type AmendScorecardInput = z.infer<typeof amendScorecardSchema>;

/** What a successful save, submit or amendment answers. */
export type SavedScorecard = { scorecardId: string; revision: number; updatedAt: number };
