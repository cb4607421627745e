import type { InterviewState } from "./interview-state";

export type InterviewGroupKey = "overdue" | "in-progress" | "upcoming" | "cancelled" | "submitted";

const GROUPS: { key: InterviewGroupKey; title: string; description: string; states: InterviewState[] }[] = [
  {
    key: "overdue",
    title: "Overdue",
    description: "The interview ended more than 24 hours ago and the scorecard isn't submitted.",
    states: ["overdue"],
  },
  {
    key: "in-progress",
    title: "In progress",
    description: "Drafts, and interviews that have happened and are waiting for a scorecard.",
    states: ["in-progress", "awaiting-scorecard"],
  },
  { key: "upcoming", title: "Upcoming", description: "Open one to read its kit before the call.", states: ["upcoming"] },
  {
    key: "cancelled",
    title: "Cancelled",
    description: "Interviews that were called off, such as when a candidate withdrew. Nothing to prepare.",
    states: ["cancelled"],
  },
  { key: "submitted", title: "Submitted", description: "Locked scorecards; open one to amend it or read the panel's.", states: ["submitted"] },
];

/**
 * My interviews by what they need from me. Upcoming ones come soonest first (the next call is the one to prepare
 * for); the others keep the list's order, newest first.
 */
export function groupMyInterviews<T extends { state: InterviewState; scheduledAt: Date }>(
  interviews: T[],
): { key: InterviewGroupKey; title: string; description: string; interviews: T[] }[] {
  return GROUPS.map(({ states, ...g }) => {
    const inGroup = interviews.filter((i) => states.includes(i.state));
    if (g.key === "upcoming" || g.key === "cancelled") inGroup.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
    return { ...g, interviews: inGroup };
  });
}
