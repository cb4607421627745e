import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applications, candidates, interviews, scorecards } from "@/db/schema";
import { exportRoleRatings } from "@/lib/analytics/export-role-ratings";
import { loadRoleAnalytics } from "@/lib/analytics/load-role-analytics";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { loadApplication } from "@/lib/candidates/load-application";
import { debriefBlindedFor, loadDebrief } from "@/lib/debrief/load-debrief";
import { listVisibleScorecards } from "@/lib/scorecards/list-visible-scorecards";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { loadReadableScorecard } from "@/lib/scorecards/load-scorecard";
import { panelReadableApplicationsWhere } from "@/lib/permissions/scopes";
import { createSeededDb } from "../helpers/temp-db";

let db: Db;
let sqlite: Awaited<ReturnType<typeof createSeededDb>>["sqlite"];
let now: Date;
let close: () => void;
beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  sqlite = handle.sqlite;
  now = handle.now;
  close = handle.close;
});
afterAll(() => close());

function person(email: string): SessionUser {
  const user = loadSessionUser(db, { email });
  if (!user) throw new Error(`No demo person ${email}`);
  return user;
}

function applicationOf(candidate: string) {
  const row = db
    .select({ id: applications.id, roleId: applications.roleId })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(candidates.name, candidate))
    .get();
  if (!row) throw new Error(`No application for ${candidate}`);
  return row;
}

/** Gives `user` a live interview on the application (same stage as an existing one), with no scorecard yet. */
function addInterview(applicationId: string, user: SessionUser, status: "scheduled" | "cancelled" = "scheduled"): string {
  const any = db.select({ stageId: interviews.stageId }).from(interviews).where(eq(interviews.applicationId, applicationId)).get();
  if (!any) throw new Error("No interview to copy a stage from");
  const id = crypto.randomUUID();
  db.insert(interviews)
    .values({
      id,
      applicationId,
      stageId: any.stageId,
      interviewerId: user.id,
      scheduledAt: new Date(now.getTime() - 86_400_000),
      durationMinutes: 60,
      status,
    })
    .run();
  return id;
}

/** Marks the interview's scorecard submitted (a bare row is enough for the rule, which looks at status only). */
function submitFor(interviewId: string, applicationId: string, user: SessionUser) {
  db.insert(scorecards)
    .values({
      id: crypto.randomUUID(),
      interviewId,
      applicationId,
      interviewerId: user.id,
      status: "submitted",
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .run();
}

function othersSubmitted(applicationId: string, user: SessionUser) {
  return db
    .select({ id: scorecards.id, interviewerId: scorecards.interviewerId })
    .from(scorecards)
    .where(and(eq(scorecards.applicationId, applicationId), eq(scorecards.status, "submitted")))
    .all()
    .filter((c) => c.interviewerId !== user.id)
    .map((c) => c.id);
}

/** Everything a panel reader sees of one application, as booleans. */
function sees(user: SessionUser, candidate: string) {
  const app = applicationOf(candidate);
  const cards = othersSubmitted(app.id, user);
  const csv = exportRoleRatings(db, { user, roleId: app.roleId })?.csv ?? "";
  const analytics = loadRoleAnalytics(db, { user, roleId: app.roleId, now });
  return {
    debrief: loadDebrief(db, { user, applicationId: app.id, now }) !== null,
    blindedMessage: debriefBlindedFor(db, { user, applicationId: app.id }),
    jsonRoute: cards.some((id) => loadReadableScorecard(db, { user, scorecardId: id }) !== null),
    panelPage: listVisibleScorecards(db, { user, applicationId: app.id }).length > 0,
    csvRows: csv.includes(candidate),
    analyticsDrillDown: JSON.stringify(analytics ?? {}).includes(app.id),
  };
}

describe("the blind rule binds everyone on the panel (Alice Chen's application, four submitted scorecards)", () => {
  // [who, email]: each kind of person who may otherwise read the whole panel.
  const people: [string, string][] = [
    ["the role's hiring manager", "hm@levelset.test"],
    ["a recruiter", "recruiter@levelset.test"],
    ["an admin", "admin@levelset.test"],
  ];

  it.each(people)("%s reads the whole panel while not interviewing", (_who, email) => {
    const seen = sees(person(email), "Alice Chen");
    expect(seen).toMatchObject({ debrief: true, blindedMessage: false, jsonRoute: true, csvRows: true, analyticsDrillDown: true });
  });

  it.each(people)("%s with a live interview and no submitted scorecard sees none of it, then all of it after submitting", (_who, email) => {
    const user = person(email);
    const app = applicationOf("Alice Chen");
    const interviewId = addInterview(app.id, user);
    const blinded = sees(user, "Alice Chen");
    expect(blinded).toEqual({ debrief: false, blindedMessage: true, jsonRoute: false, panelPage: false, csvRows: false, analyticsDrillDown: false });

    submitFor(interviewId, app.id, user);
    const after = sees(user, "Alice Chen");
    expect(after).toMatchObject({ debrief: true, blindedMessage: false, jsonRoute: true, panelPage: true, csvRows: true, analyticsDrillDown: true });
  });

  it("a cancelled interview does not blind (only live interviews count)", () => {
    const user = person("hm@levelset.test");
    const app = applicationOf("Bruno Díaz");
    addInterview(app.id, user, "cancelled");
    expect(sees(user, "Bruno Díaz")).toMatchObject({ debrief: true, blindedMessage: false, jsonRoute: true });
  });

  it("an interviewer who may never read the panel gets no blinded message, just nothing", () => {
    const user = person("maya@levelset.test");
    const app = applicationOf("Dev Patel");
    addInterview(app.id, user);
    expect(debriefBlindedFor(db, { user, applicationId: app.id })).toBe(false);
    expect(loadDebrief(db, { user, applicationId: app.id, now })).toBeNull();
  });
});

describe("the blind check's query plan", () => {
  // A role-wide read (analytics, the pipeline, the CSV) checks the rule once per application: without the partial
  // index, SQLite walks every waiting interview of the workspace for each one (hundreds of milliseconds on a large
  // role). The index's WHERE must match the query's terms, so this reads the plan of the query the scope builds.
  it.each([
    ["the role's hiring manager", "hm@levelset.test"],
    ["an admin", "admin@levelset.test"],
  ])("for %s, reads interviews_blind_idx, one probe per application", (_who, email) => {
    const user = person(email);
    const query = db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.roleId, applicationOf("Alice Chen").roleId), panelReadableApplicationsWhere(db, user)))
      .toSQL();
    const plan = (sqlite.prepare(`explain query plan ${query.sql}`).all(...query.params) as { detail: string }[]).map((p) => p.detail);
    expect(plan.find((d) => d.includes("blind_interview"))).toMatch(
      /USING (COVERING )?INDEX interviews_blind_idx \(application_id=\? AND interviewer_id=\?\)/,
    );
  });
});

describe("access follows live interviews only (a cancelled interviewer keeps nothing)", () => {
  it("an interviewer loses the application and its kit when their only interview is cancelled", () => {
    const maya = person("maya@levelset.test");
    const app = applicationOf("Chloe Okafor");
    const interviewId = addInterview(app.id, maya);
    // Maya may also interview Chloe in the demo; cancel every interview of hers on this application.
    expect(loadInterviewKit(db, { user: maya, interviewId, now })).not.toBeNull();
    expect(loadApplication(db, { user: maya, applicationId: app.id })).not.toBeNull();

    db.update(interviews)
      .set({ status: "cancelled" })
      .where(and(eq(interviews.applicationId, app.id), eq(interviews.interviewerId, maya.id)))
      .run();
    expect(loadInterviewKit(db, { user: maya, interviewId, now })).toBeNull();
    expect(loadApplication(db, { user: maya, applicationId: app.id })).toBeNull();
  });
});

describe("a cancelled interviewer reads no scorecard of the application, not even their own (found by the permission matrix)", () => {
  /** A fresh application of Ines Moreau's role with Omar's interview on it, his scorecard in `status`, and Sam's submitted one beside it. */
  function cancelledPanel(status: "draft" | "submitted") {
    const omar = person("omar@levelset.test");
    const sam = person("sam@levelset.test");
    const ines = applicationOf("Ines Moreau");
    const stage = db.select({ stageId: interviews.stageId }).from(interviews).where(eq(interviews.applicationId, ines.id)).get();
    const candidateId = crypto.randomUUID();
    const applicationId = crypto.randomUUID();
    db.insert(candidates)
      .values({ id: candidateId, name: `Cancelled panel ${status}`, email: `cancelled-${status}@example.com` })
      .run();
    db.insert(applications).values({ id: applicationId, candidateId, roleId: ines.roleId }).run();
    const interviewFor = (user: SessionUser) => {
      const id = crypto.randomUUID();
      db.insert(interviews)
        .values({
          id,
          applicationId,
          stageId: stage?.stageId ?? "",
          interviewerId: user.id,
          scheduledAt: new Date(now.getTime() - 86_400_000),
          durationMinutes: 60,
        })
        .run();
      return id;
    };
    const omarInterview = interviewFor(omar);
    const samInterview = interviewFor(sam);
    const omarCard = crypto.randomUUID();
    db.insert(scorecards)
      .values({
        id: omarCard,
        interviewId: omarInterview,
        applicationId,
        interviewerId: omar.id,
        status,
        submittedAt: status === "submitted" ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    const samCard = crypto.randomUUID();
    db.insert(scorecards)
      .values({
        id: samCard,
        interviewId: samInterview,
        applicationId,
        interviewerId: sam.id,
        status: "submitted",
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    return { omar, applicationId, omarInterview, omarCard, samCard };
  }

  it.each([
    ["their own draft", "draft"],
    ["their own submitted scorecard, and the panel's", "submitted"],
  ] as const)("%s: readable while the interview is live, gone once it is cancelled", (_what, status) => {
    const { omar, applicationId, omarInterview, omarCard, samCard } = cancelledPanel(status);
    expect(loadReadableScorecard(db, { user: omar, scorecardId: omarCard })?.id).toBe(omarCard);
    expect(Boolean(loadReadableScorecard(db, { user: omar, scorecardId: samCard }))).toBe(status === "submitted");

    db.update(interviews).set({ status: "cancelled" }).where(eq(interviews.id, omarInterview)).run();
    expect(loadReadableScorecard(db, { user: omar, scorecardId: omarCard })).toBeNull();
    expect(loadReadableScorecard(db, { user: omar, scorecardId: samCard })).toBeNull();
    expect(listVisibleScorecards(db, { user: omar, applicationId })).toEqual([]);
  });
});
