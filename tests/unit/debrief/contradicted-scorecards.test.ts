import { describe, expect, it } from "vitest";
import { contradictedScorecards } from "@/lib/debrief/contradicted-scorecards";
import type { RaisedRedFlag, ScorecardColumn } from "@/lib/debrief/load-panels";

const card = (id: string, overallRecommendation: ScorecardColumn["overallRecommendation"], contradictionNote: string | null): ScorecardColumn => ({
  scorecardId: id,
  interviewId: `i-${id}`,
  interviewerId: `u-${id}`,
  interviewerName: `Interviewer ${id}`,
  interviewerLevel: "staff",
  stageName: "System design",
  scheduledAt: new Date(0),
  submittedAt: new Date(0),
  late: false,
  overallRecommendation,
  confidence: "high",
  summary: "",
  contradictionNote,
});
const flag = (scorecardId: string, title: string, severity: RaisedRedFlag["severity"]): RaisedRedFlag => ({
  scorecardId,
  interviewerName: `Interviewer ${scorecardId}`,
  title,
  description: "",
  severity,
  note: "Seen.",
  sectionId: "s",
  sectionName: "Design",
  sectionInPlay: true,
});

describe("contradictedScorecards", () => {
  it("lists only the scorecards whose recommendation their own flags rule out, with the note", () => {
    const cards = [card("a", "staff", "  The inflation was one answer.  "), card("b", "staff", null), card("c", "no-hire", null)];
    const flags = [
      flag("a", "Scope inflation", "caps-at-senior"),
      flag("a", "Vague on numbers", "note"),
      // b's flag is another interviewer's concern for a: it must not count against b.
      flag("c", "Dismissive of teammates", "blocks-hire"),
    ];
    expect(contradictedScorecards(cards, flags)).toEqual([
      {
        scorecardId: "a",
        interviewerName: "Interviewer a",
        stageName: "System design",
        reasons: ["recommends Staff but raised “Scope inflation”, which caps the level at Senior"],
        note: "The inflation was one answer.",
      },
    ]);
  });

  it("words a blocks-hire contradiction and keeps a scorecard that has none of the note", () => {
    const [only] = contradictedScorecards([card("a", "senior", "   ")], [flag("a", "Dismissive of teammates", "blocks-hire")]);
    expect(only?.reasons).toEqual(["recommends Senior but raised “Dismissive of teammates”, which blocks a hire"]);
    expect(only?.note).toBeNull();
  });
});
