import { describe, expect, it } from "vitest";
import { groupMyInterviews } from "@/lib/interviews/group-my-interviews";
import { interviewState, type InterviewState } from "@/lib/interviews/interview-state";

const HOUR = 60 * 60 * 1000;
const now = new Date("2026-06-01T12:00:00Z");
const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * HOUR);

describe("interviewState", () => {
  const cases: [string, number, "scheduled" | "cancelled", "draft" | "submitted" | null, InterviewState][] = [
    ["later today, nothing written", 3, "scheduled", null, "upcoming"],
    ["under way", -0.5, "scheduled", null, "awaiting-scorecard"],
    ["ended 23 hours ago", -24, "scheduled", null, "awaiting-scorecard"],
    ["ended just over 24 hours ago", -25.1, "scheduled", null, "overdue"],
    ["a draft, within a day", -2, "scheduled", "draft", "in-progress"],
    ["a draft, two days after", -48, "scheduled", "draft", "overdue"],
    ["submitted late is still submitted", -100, "scheduled", "submitted", "submitted"],
    ["cancelled wins", -100, "cancelled", "draft", "cancelled"],
  ];
  it.each(cases)("%s", (_name, hours, status, scorecardStatus, expected) => {
    expect(interviewState({ scheduledAt: at(hours), durationMinutes: 60, status, scorecardStatus, now })).toBe(expected);
  });
});

describe("groupMyInterviews", () => {
  it("puts each state in its group, upcoming soonest first and the rest in the list's order", () => {
    // The list arrives newest first, as listMyInterviews returns it.
    const list = [
      { id: "a", state: "upcoming" as const, scheduledAt: at(48) },
      { id: "f", state: "upcoming" as const, scheduledAt: at(3) },
      { id: "b", state: "in-progress" as const, scheduledAt: at(-2) },
      { id: "d", state: "awaiting-scorecard" as const, scheduledAt: at(-3) },
      { id: "c", state: "overdue" as const, scheduledAt: at(-30) },
      { id: "e", state: "submitted" as const, scheduledAt: at(-40) },
    ];
    const groups = Object.fromEntries(groupMyInterviews(list).map((g) => [g.key, g.interviews.map((i) => i.id)]));
    expect(groups).toEqual({ overdue: ["c"], "in-progress": ["b", "d"], upcoming: ["f", "a"], cancelled: [], submitted: ["e"] });
  });
});
