import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { applications, auditEvents, candidates, interviews, scorecards } from "@/db/schema";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { loadDebrief } from "@/lib/debrief/load-debrief";
import { groupMyInterviews } from "@/lib/interviews/group-my-interviews";
import { interviewState } from "@/lib/interviews/interview-state";
import { listMyInterviews } from "@/lib/interviews/list-my-interviews";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { markNotHeldSchema } from "@/lib/interviews/not-held-schema";
import { createSeededDb } from "../helpers/temp-db";
import { domainError } from "../roles/db-fixtures";

type Handle = Awaited<ReturnType<typeof createSeededDb>>;
let handle: Handle | null = null;
afterEach(() => {
  handle?.close();
  handle = null;
});
async function fresh() {
  handle = await createSeededDb();
  return handle;
}

const person = (h: Handle, email: string): SessionUser => {
  const user = loadSessionUser(h.db, { email });
  if (!user) throw new Error(`No demo person ${email}`);
  return user;
};

/** Priya's interview of Elena Rossi: overdue in the demo (ended days ago, no scorecard). */
function priyasElena(h: Handle) {
  const row = h.db
    .select({ id: interviews.id, applicationId: interviews.applicationId })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(candidates.name, "Elena Rossi"), eq(interviews.interviewerId, person(h, "interviewer@levelset.test").id)))
    .get();
  if (!row) throw new Error("No interview");
  return row;
}

const REASON = "The candidate withdrew an hour before the call.";

describe("an interview that did not take place", () => {
  it.each([
    ["its own interviewer", "interviewer@levelset.test", null],
    ["a recruiter", "recruiter@levelset.test", null],
    ["an admin", "admin@levelset.test", null],
    ["the role's hiring manager", "hm@levelset.test", null],
    ["another role's hiring manager", "helen@levelset.test", "not-found"],
    ["another interviewer", "maya@levelset.test", "not-found"],
  ] as const)("%s (%s): refused with %s", async (_who, email, code) => {
    const h = await fresh();
    const interview = priyasElena(h);
    const act = () => markInterviewNotHeld(h.db, { user: person(h, email), interviewId: interview.id, reason: REASON, now: h.now });
    if (code) {
      expect(domainError(act).code).toBe(code);
      expect(h.db.select({ s: interviews.status }).from(interviews).where(eq(interviews.id, interview.id)).get()?.s).toBe("scheduled");
      return;
    }
    act();
    const stored = h.db.select({ s: interviews.status, r: interviews.notHeldReason }).from(interviews).where(eq(interviews.id, interview.id)).get();
    expect(stored).toEqual({ s: "not-held", r: REASON });
    const audit = h.db
      .select({ summary: auditEvents.summary })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "interview.not-held"), eq(auditEvents.entityId, interview.id)))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.summary).toContain(REASON);
  });

  it("leaves Priya's overdue list and the engine's missing-scorecard count", async () => {
    const h = await fresh();
    const priya = person(h, "interviewer@levelset.test");
    const rita = person(h, "recruiter@levelset.test");
    const interview = priyasElena(h);
    const overdue = () =>
      groupMyInterviews(listMyInterviews(h.db, { userId: priya.id, now: h.now }))
        .find((g) => g.key === "overdue")
        ?.interviews.map((i) => i.candidateName);
    const pending = () => loadDebrief(h.db, { user: rita, applicationId: interview.applicationId, now: h.now })?.panel.pending.length;
    expect(overdue()).toContain("Elena Rossi");
    expect(pending()).toBe(4);
    markInterviewNotHeld(h.db, { user: priya, interviewId: interview.id, reason: REASON, now: h.now });
    expect(overdue() ?? []).not.toContain("Elena Rossi");
    expect(pending()).toBe(3);
    expect(domainError(() => markInterviewNotHeld(h.db, { user: priya, interviewId: interview.id, reason: REASON, now: h.now })).message).toMatch(
      /already marked as not held/,
    );
    expect(interviewState({ scheduledAt: new Date(0), durationMinutes: 60, status: "not-held", scorecardStatus: null, now: h.now })).toBe("not-held");
  });

  it("is refused before the start and once the scorecard is submitted", async () => {
    const h = await fresh();
    const sam = person(h, "sam@levelset.test");
    const upcoming = h.db
      .select({ id: interviews.id, at: interviews.scheduledAt })
      .from(interviews)
      .where(eq(interviews.interviewerId, sam.id))
      .all()
      .find((i) => i.at > h.now);
    if (!upcoming) throw new Error("No upcoming interview");
    expect(domainError(() => markInterviewNotHeld(h.db, { user: sam, interviewId: upcoming.id, reason: REASON, now: h.now })).message).toMatch(
      /^This interview starts at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, so it can't be marked/,
    );
    const submitted = h.db
      .select({ id: scorecards.interviewId })
      .from(scorecards)
      .where(and(eq(scorecards.interviewerId, sam.id), eq(scorecards.status, "submitted")))
      .get();
    if (!submitted) throw new Error("No submitted scorecard");
    expect(domainError(() => markInterviewNotHeld(h.db, { user: sam, interviewId: submitted.id, reason: REASON, now: h.now })).message).toMatch(
      /so it took place/,
    );
  });

  it.each([
    ["no reason", { interviewId: "x" }, /at least 10 characters/],
    ["a blank reason", { interviewId: "x", reason: "   " }, /at least 10 characters/],
    ["too short", { interviewId: "x", reason: "sick" }, /at least 10 characters/],
    ["too long", { interviewId: "x", reason: "y".repeat(1001) }, /1,000 characters or fewer/],
    ["no interview", { reason: REASON }, /interview is missing/],
  ])("the reason is required (zod): %s", (_name, input, message) => {
    const parsed = markNotHeldSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
  });
});
