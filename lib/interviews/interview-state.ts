/** Where an interview stands for its interviewer. Pure, so the rules are tested without a clock. */
export type InterviewState = "upcoming" | "awaiting-scorecard" | "in-progress" | "overdue" | "submitted" | "cancelled" | "not-held";

export const OVERDUE_AFTER_MS = 24 * 60 * 60 * 1000;

export function interviewState(args: {
  scheduledAt: Date;
  durationMinutes: number;
  status: "scheduled" | "cancelled" | "not-held";
  scorecardStatus: "draft" | "submitted" | null;
  now: Date;
}): InterviewState {
  if (args.status === "cancelled") return "cancelled";
  // Did not take place: never overdue, never waiting for a scorecard.
  if (args.status === "not-held") return "not-held";
  if (args.scorecardStatus === "submitted") return "submitted";
  const end = args.scheduledAt.getTime() + args.durationMinutes * 60 * 1000;
  if (args.now.getTime() > end + OVERDUE_AFTER_MS) return "overdue";
  if (args.scorecardStatus === "draft") return "in-progress";
  return args.now.getTime() < args.scheduledAt.getTime() ? "upcoming" : "awaiting-scorecard";
}
