/**
 * E2E-only data for the permission matrix (tests/e2e/permission-matrix.spec.ts): one account per kind of
 * person, two roles of their own, an application whose panel holds every interviewer state (submitted,
 * draft before submitting, cancelled), a framework with an open draft, and an audit event. Every text a
 * person may or may not read carries a canary word (tests/e2e/permission-matrix/data.ts). The demo's
 * people and data are untouched; no other journey reads these rows.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import { DEFAULT_FRAMEWORK } from "../lib/frameworks/default-framework";
import { writeFrameworkVersion } from "../lib/frameworks/write-framework-version";
import { hashLinkToken, newLinkToken } from "../lib/accounts/link-token";
import { signUnsubscribeToken } from "../lib/mail/unsubscribe-token";
import { CANARY, MATRIX_PEOPLE, MATRIX_SEED_FILE, type MatrixSeed, type SignedInKind } from "../tests/e2e/permission-matrix/data";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STAFF_CRITICAL = ["system-design", "cross-team-influence", "leadership-without-authority"];
/**
 * The matrix roles' first scorecard reminder: a week, the longest a role may set. The "before" interviewer's draft
 * (an interview three hours ago) is then never due, so the sender's tick writes no reminder for the matrix's
 * people while the matrix compares their rows before and after.
 */
const REMINDER_DELAY_MINUTES = 7 * 24 * 60;

export function seedPermissionMatrix(db: Db, opts: { dbPath: string; passwordHash: string; authSecret: string; now?: Date }): MatrixSeed {
  const now = opts.now ?? new Date();
  return db.transaction((tx) => {
    const users = {} as Record<SignedInKind | "peer", string>;
    for (const [kind, person] of Object.entries(MATRIX_PEOPLE) as [SignedInKind | "peer", (typeof MATRIX_PEOPLE)[SignedInKind]][]) {
      const id = crypto.randomUUID();
      users[kind] = id;
      tx.insert(s.users).values({ id, email: person.email, name: person.name, passwordHash: opts.passwordHash, level: "staff" }).run();
      for (const role of person.roles) tx.insert(s.userRoles).values({ userId: id, role }).run();
    }

    // The roles use the shipped framework's published version, as the demo's roles do.
    const shipped = tx
      .select({ id: s.frameworkVersions.id })
      .from(s.frameworkVersions)
      .where(and(eq(s.frameworkVersions.name, DEFAULT_FRAMEWORK.name), eq(s.frameworkVersions.status, "published")))
      .get();
    if (!shipped) throw new Error("The shipped framework is not seeded.");
    const sections = tx
      .select({ id: s.frameworkSections.id, key: s.frameworkSections.key })
      .from(s.frameworkSections)
      .where(eq(s.frameworkSections.versionId, shipped.id))
      .all();
    const sectionId = (key: string) => {
      const found = sections.find((x) => x.key === key);
      if (!found) throw new Error(`The shipped framework has no section ${key}.`);
      return found.id;
    };
    const questions = tx
      .select({ id: s.probingQuestions.id, sectionId: s.probingQuestions.sectionId, position: s.probingQuestions.position })
      .from(s.probingQuestions)
      .where(
        inArray(
          s.probingQuestions.sectionId,
          sections.map((x) => x.id),
        ),
      )
      .all();

    const addRole = (title: string, hm: string, stages: { name: string; focus: string[]; pool: string[] }[]) => {
      const roleId = crypto.randomUUID();
      tx.insert(s.roles)
        .values({
          id: roleId,
          title,
          team: "Matrix",
          hiresSenior: true,
          hiresStaff: true,
          frameworkVersionId: shipped.id,
          reminderDelayMinutes: REMINDER_DELAY_MINUTES,
        })
        .run();
      for (const x of sections)
        tx.insert(s.roleSections)
          .values({ roleId, sectionId: x.id, staffCritical: STAFF_CRITICAL.includes(x.key) })
          .run();
      tx.insert(s.roleMembers).values({ roleId, userId: hm, membership: "hiring-manager" }).run();
      const pool = new Set(stages.flatMap((st) => st.pool));
      for (const userId of pool) tx.insert(s.roleMembers).values({ roleId, userId, membership: "interviewer" }).run();
      const stageIds = stages.map((stage, position) => {
        const stageId = crypto.randomUUID();
        tx.insert(s.planStages).values({ id: stageId, roleId, name: stage.name, durationMinutes: 60, position }).run();
        for (const key of stage.focus) {
          tx.insert(s.stageFocusSections)
            .values({ stageId, sectionId: sectionId(key) })
            .run();
          for (const q of questions.filter((x) => x.sectionId === sectionId(key) && x.position < 2)) {
            tx.insert(s.stageQuestions).values({ stageId, questionId: q.id }).run();
          }
        }
        for (const userId of stage.pool) tx.insert(s.stageInterviewers).values({ stageId, userId }).run();
        return stageId;
      });
      return { roleId, stageIds };
    };

    const role = addRole(`Matrix ${CANARY.roleTitle} Engineer`, users.hiringManager, [
      {
        name: "Matrix design",
        focus: ["system-design", "technical-depth", "reliability-and-operations"],
        pool: [users.interviewerAfter, users.interviewerElsewhere],
      },
      { name: "Matrix influence", focus: ["cross-team-influence", "leadership-without-authority", "scope-and-impact"], pool: [users.peer] },
      { name: "Matrix craft", focus: ["code-quality", "execution-and-delivery", "system-design"], pool: [users.interviewerBefore] },
      {
        name: "Matrix leadership",
        focus: ["cross-team-influence", "leadership-without-authority", "product-thinking"],
        pool: [users.cancelledInterviewer],
      },
    ]);
    const other = addRole(`Matrix ${CANARY.otherRoleTitle} Engineer`, users.otherHiringManager, [
      {
        name: "Matrix other design",
        focus: ["system-design", "cross-team-influence", "leadership-without-authority"],
        pool: [users.otherHiringManager],
      },
    ]);

    const addApplication = (name: string, email: string, notes: string) => {
      const candidateId = crypto.randomUUID();
      const applicationId = crypto.randomUUID();
      tx.insert(s.candidates).values({ id: candidateId, name, email, links: [], createdById: users.recruiter }).run();
      tx.insert(s.applications).values({ id: applicationId, candidateId, roleId: role.roleId, status: "active", notes }).run();
      return { applicationId, candidateId };
    };
    const { applicationId, candidateId } = addApplication(
      `Matrix ${CANARY.candidateName}`,
      CANARY.candidateEmail,
      `Referred through the ${CANARY.applicationNote} programme.`,
    );
    const elsewhereApplicationId = addApplication(`Matrix ${CANARY.elsewhereCandidate}`, "matrix.elsewhere@example.com", "").applicationId;

    const addInterview = (app: string, stage: number, by: string, at: Date, status: "scheduled" | "cancelled" = "scheduled") => {
      const id = crypto.randomUUID();
      tx.insert(s.interviews)
        .values({ id, applicationId: app, stageId: role.stageIds[stage] as string, interviewerId: by, scheduledAt: at, durationMinutes: 60, status })
        .run();
      return id;
    };
    const addScorecard = (interviewId: string, by: string, submitted: boolean, ratings: [string, 0 | 1 | 2, string][]) => {
      const id = crypto.randomUUID();
      const at = new Date(now.getTime() - DAY);
      tx.insert(s.scorecards)
        .values({
          id,
          interviewId,
          applicationId,
          interviewerId: by,
          status: submitted ? "submitted" : "draft",
          overallRecommendation: "senior",
          confidence: "medium",
          revision: 1,
          createdAt: at,
          updatedAt: at,
          submittedAt: submitted ? at : null,
        })
        .run();
      for (const [key, rating, evidence] of ratings) {
        tx.insert(s.scorecardRatings)
          .values({ scorecardId: id, sectionId: sectionId(key), rating, notAssessed: false, evidence, scope: "team" })
          .run();
      }
      return id;
    };

    const past = new Date(now.getTime() - 2 * DAY);
    const interviews = {
      after: addInterview(applicationId, 0, users.interviewerAfter, past),
      peer: addInterview(applicationId, 1, users.peer, past),
      before: addInterview(applicationId, 2, users.interviewerBefore, new Date(now.getTime() - 3 * HOUR)),
      cancelled: addInterview(applicationId, 3, users.cancelledInterviewer, past, "cancelled"),
      elsewhere: addInterview(elsewhereApplicationId, 0, users.interviewerElsewhere, new Date(now.getTime() + DAY)),
    };
    const scorecards = {
      after: addScorecard(interviews.after, users.interviewerAfter, true, [
        ["system-design", 2, `${CANARY.afterEvidence} design: versioned the ledger events with a written migration plan.`],
        ["technical-depth", 1, "Explained the retry budget; thin on profiling."],
      ]),
      peer: addScorecard(interviews.peer, users.peer, true, [
        ["cross-team-influence", 2, `${CANARY.peerEvidence} influence: three teams adopted the shared client.`],
        ["scope-and-impact", 1, "Owns the team's roadmap; no domain metric yet."],
      ]),
      before: addScorecard(interviews.before, users.interviewerBefore, false, [
        ["code-quality", 2, `${CANARY.beforeDraft} draft: careful reviews, tests first.`],
      ]),
      cancelled: addScorecard(interviews.cancelled, users.cancelledInterviewer, false, [
        ["product-thinking", 1, `${CANARY.cancelledDraft} draft: started before the interview was cancelled.`],
      ]),
    };

    // A framework of the matrix's own: v1 published, v2 an open draft whose description only editors may read.
    const frameworkId = crypto.randomUUID();
    const frameworkName = `Matrix ${CANARY.frameworkName} framework`;
    tx.insert(s.frameworks).values({ id: frameworkId, name: frameworkName, description: "", createdById: users.recruiter }).run();
    const content = { ...DEFAULT_FRAMEWORK, name: frameworkName, description: "The matrix's framework." };
    const frameworkVersionId = writeFrameworkVersion(tx, { frameworkId, version: 1, content, published: true, publishedById: users.recruiter });
    const frameworkDraftVersionId = writeFrameworkVersion(tx, {
      frameworkId,
      version: 2,
      content: { ...content, description: `${CANARY.frameworkDraft} draft description.` },
      published: false,
    });

    tx.insert(s.auditEvents)
      .values({
        actorId: null,
        action: "role.created",
        entityType: "role",
        entityId: role.roleId,
        summary: `Matrix ${CANARY.auditSummary} role seeded for the permission matrix`,
      })
      .run();
    // An email in the outbox, kept (no mail server): only admins read the outbox.
    const outboxMessageId = crypto.randomUUID();
    tx.insert(s.outboxMessages)
      .values({
        id: outboxMessageId,
        kind: "interview-invitation",
        to: MATRIX_PEOPLE.peer.email,
        subject: `Matrix ${CANARY.outboxSubject} invitation`,
        text: "Seeded for the permission matrix.",
        html: "<p>Seeded for the permission matrix.</p>",
        status: "kept",
      })
      .run();

    // The peer's open links, as the server writes them (only the token's hash is kept): anyone holding one may open its page.
    const invitationToken = newLinkToken();
    const resetToken = newLinkToken();
    const linkExpiry = new Date(Date.now() + 30 * 24 * 3_600_000);
    tx.insert(s.accountLinks)
      .values([
        { userId: users.peer, purpose: "invitation", tokenHash: hashLinkToken(invitationToken), expiresAt: linkExpiry, createdById: users.admin },
        { userId: users.peer, purpose: "password-reset", tokenHash: hashLinkToken(resetToken), expiresAt: linkExpiry, createdById: null },
      ])
      .run();
    // The peer's calendar feed, as the profile makes it (only the token's hash is kept): it lists the peer's interview.
    const calendarFeedToken = newLinkToken();
    tx.insert(s.calendarFeeds)
      .values({ userId: users.peer, tokenHash: hashLinkToken(calendarFeedToken) })
      .run();

    return {
      dbPath: opts.dbPath,
      users,
      roleId: role.roleId,
      otherRoleId: other.roleId,
      applicationId,
      candidateId,
      elsewhereApplicationId,
      frameworkId,
      frameworkDraftVersionId,
      frameworkVersionId,
      shippedVersionId: shipped.id,
      sectionIds: Object.fromEntries(sections.map((x) => [x.key, x.id])),
      stageIds: role.stageIds,
      interviews,
      scorecards,
      outboxMessageId,
      // The peer's own unsubscribe link for scorecard reminders, signed as the server signs it.
      unsubscribeToken: signUnsubscribeToken(opts.authSecret, users.peer, "reminders"),
      invitationToken,
      resetToken,
      calendarFeedToken,
    };
  });
}

/** Leaves the seed where the spec finds it: the run's auth folder, which Playwright's config creates and removes. */
export function writeMatrixSeed(seed: MatrixSeed) {
  const dir = process.env.E2E_AUTH_DIR;
  if (!dir) return;
  fs.writeFileSync(path.join(dir, MATRIX_SEED_FILE), JSON.stringify(seed, null, 2));
}
