import type { InterviewState } from "./interview-state";

export type InterviewGroupKey = "overdue" | "in-progress" | "upcoming" | "submitted";

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
  { key: "submitted", title: "Submitted", description: "Locked scorecards; open one to amend it or read the panel's.", states: ["submitted"] },
];

/** My interviews by what they need from me; each group keeps the list's order (newest first). */
export function groupMyInterviews<T extends { state: InterviewState }>(
  interviews: T[],
): { key: InterviewGroupKey; title: string; description: string; interviews: T[] }[] {
  return GROUPS.map(({ states, ...g }) => ({ ...g, interviews: interviews.filter((i) => states.includes(i.state)) }));
}
