import type { InterviewState } from "@/lib/interviews/interview-state";
import { Badge, type BadgeTone } from "./ui/badge";

const LABELS: Record<InterviewState, [string, BadgeTone]> = {
  upcoming: ["Upcoming", "blue"],
  "awaiting-scorecard": ["Scorecard due", "amber"],
  "in-progress": ["Draft", "violet"],
  overdue: ["Overdue", "red"],
  submitted: ["Submitted", "green"],
  cancelled: ["Cancelled", "gray"],
  "not-held": ["Did not take place", "gray"],
};

export function InterviewStateBadge({ state }: { state: InterviewState }) {
  const [label, tone] = LABELS[state];
  return <Badge tone={tone}>{label}</Badge>;
}
