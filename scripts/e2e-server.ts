/**
 * The server Playwright tests run against: the production build on a throwaway SQLite file,
 * migrated and seeded with the demo, plus the few accounts only tests use.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { openDatabase } from "../db/client";
import { SERVER_NODE_FLAGS } from "./server-node-flags";
import { and, eq } from "drizzle-orm";
import {
  applications,
  candidates,
  decisions,
  interviews,
  notificationPreferences,
  planStages,
  roleMembers,
  roleSections,
  roles,
  scorecardRatings,
  scorecards,
  stageFocusSections,
  stageInterviewers,
  userRoles,
  users,
} from "../db/schema";
import { DEMO_PASSWORD } from "../db/seed-demo";
import { prepareData } from "./prepare-data";
import { seedPermissionMatrix, writeMatrixSeed } from "./e2e-matrix-seed";
import { E2E_CALENDAR_FEED, E2E_PAGED_ROLE, E2E_REMINDERS, E2E_UPCOMING_INTERVIEWS, E2E_WITHDRAWAL } from "../tests/e2e/upcoming-data";
import { addDecisionCandidates } from "./e2e-decision-seed";
import { E2E_EDIT_CANDIDATE, E2E_LIFECYCLE } from "../tests/e2e/lifecycle-data";
import { E2E_DEACTIVATION } from "../tests/e2e/deactivate-data";

/** People only the sign-in journeys use: locking or signing one out never touches a session other journeys share. */
export const E2E_ONLY_USERS = [
  { email: "lockout@levelset.test", name: "Lockout Tester", roles: ["interviewer"] as const },
  { email: "signout-page@levelset.test", name: "Sign-out Page Tester", roles: ["interviewer"] as const },
  { email: "signout-header@levelset.test", name: "Sign-out Header Tester", roles: ["interviewer"] as const },
  { email: "revoked-session@levelset.test", name: "Revoked Session Tester", roles: ["interviewer"] as const },
  { email: "upcoming@levelset.test", name: "Upcoming Tester", roles: ["interviewer"] as const },
  { email: "withdraw@levelset.test", name: "Withdraw Tester", roles: ["interviewer"] as const },
  // The reminder journeys' interviewers (tests/e2e/mail.spec.ts): one unsubscribes, one is reminded by the recruiter.
  { ...E2E_REMINDERS.scheduled.interviewer, roles: ["interviewer"] as const },
  { ...E2E_REMINDERS.remindNow.interviewer, roles: ["interviewer"] as const },
  // The calendar feed journey's interviewer (tests/e2e/calendar-feed.spec.ts).
  { ...E2E_CALENDAR_FEED.interviewer, roles: ["interviewer"] as const },
  // The role-lifecycle journey's hiring manager (closes and reopens their own role) and its interviewer.
  { ...E2E_LIFECYCLE.manager, roles: ["hiring-manager", "interviewer"] as const },
  { ...E2E_LIFECYCLE.interviewer, roles: ["interviewer"] as const },
];

/**
 * Interviews that already took place (two hours ago, no scorecard yet), for the journeys that submit:
 * a scorecard is refused before its interview's start, and the seeded demo's open interviews are upcoming.
 * (Oskar Holm / Lee: the "did not take place" journey.) Each journey has a candidate of its own, so journeys that read the seeded interviews are untouched.
 */
export const E2E_PAST_INTERVIEWS = [
  { candidate: "Nora Lind", role: "Backend Engineer, Payments", interviews: [{ stage: 1, by: "sam@levelset.test" }] },
  { candidate: "Oskar Holm", role: "Backend Engineer, Payments", interviews: [{ stage: 2, by: "lee@levelset.test" }] },
  // Pia Sund / Omar: the recruiter marks it "did not take place" from the application page.
  { candidate: "Pia Sund", role: "Backend Engineer, Payments", interviews: [{ stage: 0, by: "omar@levelset.test" }] },
  {
    candidate: "Jonas Berg",
    role: "Staff Platform Engineer",
    interviews: [
      { stage: 0, by: "maya@levelset.test" },
      { stage: 1, by: "interviewer@levelset.test" },
    ],
  },
];

function addPastInterviews(db: ReturnType<typeof openDatabase>["db"]) {
  const at = new Date(Date.now() - 2 * 3_600_000);
  const upcoming = E2E_UPCOMING_INTERVIEWS.map((u) => ({
    candidate: u.candidate,
    role: "Backend Engineer, Payments",
    at: new Date(Date.now() + u.minutesFromNow * 60_000),
    interviews: [{ stage: 0, by: "upcoming@levelset.test" }],
  }));
  upcoming.push({
    candidate: E2E_WITHDRAWAL.candidate,
    role: "Backend Engineer, Payments",
    at: new Date(Date.now() + E2E_WITHDRAWAL.minutesFromNow * 60_000),
    interviews: [{ stage: 1, by: E2E_WITHDRAWAL.interviewer }],
  });
  for (const r of [E2E_REMINDERS.scheduled, E2E_REMINDERS.remindNow]) {
    upcoming.push({
      candidate: r.candidate,
      role: "Backend Engineer, Payments",
      at: new Date(Date.now() + r.minutesFromNow * 60_000),
      interviews: [{ stage: 0, by: r.interviewer.email }],
    });
  }
  upcoming.push({
    candidate: E2E_CALENDAR_FEED.candidate,
    role: E2E_CALENDAR_FEED.role,
    at: new Date(Date.now() + E2E_CALENDAR_FEED.minutesFromNow * 60_000),
    interviews: [{ stage: 0, by: E2E_CALENDAR_FEED.interviewer.email }],
  });
  for (const c of [...E2E_PAST_INTERVIEWS.map((p) => ({ ...p, at })), ...upcoming]) {
    const role = db.select({ id: roles.id }).from(roles).where(eq(roles.title, c.role)).get();
    if (!role) throw new Error(`No demo role ${c.role}`);
    const candidateId = crypto.randomUUID();
    const applicationId = crypto.randomUUID();
    const email = `${c.candidate.toLowerCase().replace(" ", ".")}@example.com`;
    db.insert(candidates).values({ id: candidateId, name: c.candidate, email }).run();
    db.insert(applications).values({ id: applicationId, candidateId, roleId: role.id }).run();
    for (const i of c.interviews) {
      const stage = db
        .select({ id: planStages.id, minutes: planStages.durationMinutes })
        .from(planStages)
        .where(and(eq(planStages.roleId, role.id), eq(planStages.position, i.stage)))
        .get();
      const by = db.select({ id: users.id }).from(users).where(eq(users.email, i.by)).get();
      if (!stage || !by) throw new Error(`No stage ${i.stage} of ${c.role}, or no ${i.by}`);
      db.insert(interviews)
        .values({
          id: crypto.randomUUID(),
          applicationId,
          stageId: stage.id,
          interviewerId: by.id,
          scheduledAt: c.at,
          durationMinutes: stage.minutes,
        })
        .run();
    }
  }
}

/**
 * Candidates only tests/e2e/erasure.spec.ts uses. Erin Vale (Payments) has notes, a link and Sam's submitted
 * scorecard with written evidence: the recruiter erases her. Rhea Old and Tomas Recent (Staff Platform) were
 * decided 13 months and 1 month ago: the retention dry run with 12 months lists Rhea only.
 */
export const E2E_ERASURE = {
  erased: { name: "Erin Vale", role: "Backend Engineer, Payments", interviewer: "sam@levelset.test", evidence: "Erin rebuilt the ledger reconciler" },
  retention: [
    { name: "Rhea Old", role: "Staff Platform Engineer", monthsAgo: 13 },
    { name: "Tomas Recent", role: "Staff Platform Engineer", monthsAgo: 1 },
  ],
} as const;

function addErasureCandidates(db: ReturnType<typeof openDatabase>["db"]) {
  const roleOf = (title: string) => {
    const role = db.select({ id: roles.id }).from(roles).where(eq(roles.title, title)).get();
    if (!role) throw new Error(`No demo role ${title}`);
    return role.id;
  };
  const personOf = (email: string) => {
    const person = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (!person) throw new Error(`No demo person ${email}`);
    return person.id;
  };
  const e = E2E_ERASURE.erased;
  const roleId = roleOf(e.role);
  const candidateId = crypto.randomUUID();
  const applicationId = crypto.randomUUID();
  db.insert(candidates)
    .values({ id: candidateId, name: e.name, email: "erin.vale@example.com", links: ["https://example.com/erin-vale"] })
    .run();
  db.insert(applications).values({ id: applicationId, candidateId, roleId, status: "debrief", notes: "Erin asked us to call after five." }).run();
  const stage = db
    .select({ id: planStages.id, minutes: planStages.durationMinutes })
    .from(planStages)
    .where(and(eq(planStages.roleId, roleId), eq(planStages.position, 0)))
    .get();
  if (!stage) throw new Error(`No first stage of ${e.role}`);
  const at = new Date(Date.now() - 2 * 86_400_000);
  const interviewId = crypto.randomUUID();
  const interviewerId = personOf(e.interviewer);
  db.insert(interviews)
    .values({ id: interviewId, applicationId, stageId: stage.id, interviewerId, scheduledAt: at, durationMinutes: stage.minutes })
    .run();
  const scorecardId = crypto.randomUUID();
  const submittedAt = new Date(at.getTime() + 2 * 3_600_000);
  db.insert(scorecards)
    .values({
      id: scorecardId,
      interviewId,
      applicationId,
      interviewerId,
      status: "submitted",
      overallRecommendation: "senior",
      confidence: "medium",
      summary: `${e.evidence}; solid Senior.`,
      revision: 1,
      submittedAt,
      createdAt: submittedAt,
      updatedAt: submittedAt,
    })
    .run();
  for (const { sectionId } of db
    .select({ sectionId: stageFocusSections.sectionId })
    .from(stageFocusSections)
    .where(eq(stageFocusSections.stageId, stage.id))
    .all()) {
    db.insert(scorecardRatings)
      .values({ scorecardId, sectionId, rating: 2, evidence: `${e.evidence} across two teams.`, scope: "multi-team" })
      .run();
  }

  const helen = personOf("helen@levelset.test");
  for (const r of E2E_ERASURE.retention) {
    const id = crypto.randomUUID();
    const appId = crypto.randomUUID();
    const decidedAt = new Date();
    decidedAt.setUTCMonth(decidedAt.getUTCMonth() - r.monthsAgo);
    db.insert(candidates)
      .values({ id, name: r.name, email: `${r.name.toLowerCase().replace(" ", ".")}@example.com` })
      .run();
    db.insert(applications)
      .values({
        id: appId,
        candidateId: id,
        roleId: roleOf(r.role),
        status: "decided",
        notes: `Notes on ${r.name}.`,
        createdAt: decidedAt,
        updatedAt: decidedAt,
      })
      .run();
    db.insert(decisions)
      .values({
        applicationId: appId,
        decidedById: helen,
        level: "none",
        hire: false,
        rationale: `Decided on ${r.name}.`,
        engineSnapshot: {},
        createdAt: decidedAt,
      })
      .run();
  }
}

/**
 * The deactivation journey's people (tests/e2e/deactivate-data.ts), in the pool of one Payments stage, and their
 * interviews with candidates of their own. No outbox rows: their first message is the one the journey causes.
 */
function addDeactivationJourney(db: ReturnType<typeof openDatabase>["db"], passwordHash: string) {
  const d = E2E_DEACTIVATION;
  const role = db.select({ id: roles.id }).from(roles).where(eq(roles.title, d.role)).get();
  if (!role) throw new Error(`No demo role ${d.role}`);
  const stage = db
    .select({ id: planStages.id, minutes: planStages.durationMinutes })
    .from(planStages)
    .where(and(eq(planStages.roleId, role.id), eq(planStages.name, d.stage)))
    .get();
  if (!stage) throw new Error(`No stage ${d.stage} of ${d.role}`);
  const ids = { leaver: crypto.randomUUID(), takeover: crypto.randomUUID() };
  for (const key of ["leaver", "takeover"] as const) {
    const person = d[key];
    db.insert(users).values({ id: ids[key], email: person.email, name: person.name, passwordHash, level: person.level }).run();
    db.insert(userRoles).values({ userId: ids[key], role: "interviewer" }).run();
    db.insert(roleMembers).values({ roleId: role.id, userId: ids[key], membership: "interviewer" }).run();
    db.insert(stageInterviewers).values({ stageId: stage.id, userId: ids[key] }).run();
  }
  for (const i of d.interviews) {
    const candidateId = crypto.randomUUID();
    const applicationId = crypto.randomUUID();
    db.insert(candidates)
      .values({ id: candidateId, name: i.candidate, email: `${i.candidate.toLowerCase().replace(" ", ".")}@example.com` })
      .run();
    db.insert(applications).values({ id: applicationId, candidateId, roleId: role.id }).run();
    db.insert(interviews)
      .values({
        id: crypto.randomUUID(),
        applicationId,
        stageId: stage.id,
        interviewerId: ids[i.by],
        scheduledAt: new Date(Date.now() + i.minutesFromNow * 60_000),
        durationMinutes: stage.minutes,
      })
      .run();
  }
}

/** A role with more applications than one pipeline page (E2E_PAGED_ROLE), on the framework version of the Payments role. */
function addPagedRole(db: ReturnType<typeof openDatabase>["db"]) {
  const payments = db.select({ versionId: roles.frameworkVersionId }).from(roles).where(eq(roles.title, "Backend Engineer, Payments")).get();
  if (!payments) throw new Error("No demo role Backend Engineer, Payments");
  const roleId = crypto.randomUUID();
  db.insert(roles)
    .values({ id: roleId, title: E2E_PAGED_ROLE.title, team: "Paging", hiresSenior: true, hiresStaff: false, frameworkVersionId: payments.versionId })
    .run();
  for (let i = 1; i <= E2E_PAGED_ROLE.applications; i++) {
    const candidateId = crypto.randomUUID();
    const n = String(i).padStart(2, "0");
    db.insert(candidates)
      .values({ id: candidateId, name: `${E2E_PAGED_ROLE.namePrefix} ${n}`, email: `page-tester-${n}@example.com` })
      .run();
    db.insert(applications)
      .values({ id: crypto.randomUUID(), candidateId, roleId, status: i % 5 === 0 ? "debrief" : "active" })
      .run();
  }
}

/**
 * The role-lifecycle journey's own role (E2E_LIFECYCLE): the Payments role's version and sections, one stage whose pool
 * is the e2e-only interviewer, Lina Lifecycle active with one upcoming interview; and the candidate-edit journey's
 * Edda Editable on Payments.
 */
function addLifecycleData(db: ReturnType<typeof openDatabase>["db"]) {
  const payments = db
    .select({ id: roles.id, versionId: roles.frameworkVersionId })
    .from(roles)
    .where(eq(roles.title, "Backend Engineer, Payments"))
    .get();
  if (!payments) throw new Error("No demo role Backend Engineer, Payments");
  const personOf = (email: string) => {
    const person = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (!person) throw new Error(`No person ${email}`);
    return person.id;
  };
  const roleId = crypto.randomUUID();
  db.insert(roles)
    .values({ id: roleId, title: E2E_LIFECYCLE.role, team: "Lifecycle", hiresSenior: true, hiresStaff: true, frameworkVersionId: payments.versionId })
    .run();
  const sections = db
    .select({ sectionId: roleSections.sectionId, staffCritical: roleSections.staffCritical })
    .from(roleSections)
    .where(eq(roleSections.roleId, payments.id))
    .all();
  for (const s of sections)
    db.insert(roleSections)
      .values({ roleId, ...s })
      .run();
  const manager = personOf(E2E_LIFECYCLE.manager.email);
  const interviewer = personOf(E2E_LIFECYCLE.interviewer.email);
  db.insert(roleMembers).values({ roleId, userId: manager, membership: "hiring-manager" }).run();
  db.insert(roleMembers).values({ roleId, userId: interviewer, membership: "interviewer" }).run();
  const stageId = crypto.randomUUID();
  db.insert(planStages).values({ id: stageId, roleId, name: "Lifecycle loop", durationMinutes: 60, position: 0 }).run();
  for (const s of sections) db.insert(stageFocusSections).values({ stageId, sectionId: s.sectionId }).run();
  db.insert(stageInterviewers).values({ stageId, userId: interviewer }).run();
  const candidateId = crypto.randomUUID();
  const applicationId = crypto.randomUUID();
  db.insert(candidates).values({ id: candidateId, name: E2E_LIFECYCLE.candidate, email: "lina.lifecycle@example.com" }).run();
  db.insert(applications).values({ id: applicationId, candidateId, roleId, status: "active" }).run();
  db.insert(interviews)
    .values({
      id: crypto.randomUUID(),
      applicationId,
      stageId,
      interviewerId: interviewer,
      scheduledAt: new Date(Date.now() + E2E_LIFECYCLE.interviewInDays * 86_400_000),
      durationMinutes: 60,
    })
    .run();

  const edda = crypto.randomUUID();
  const e = E2E_EDIT_CANDIDATE;
  db.insert(candidates)
    .values({ id: edda, name: e.name, email: e.email, links: [...e.links] })
    .run();
  db.insert(applications).values({ id: crypto.randomUUID(), candidateId: edda, roleId: payments.id, status: "active", notes: e.notes }).run();
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "levelset-e2e-"));
  process.env.LEVELSET_DATA_DIR = dataDir;
  delete process.env.LEVELSET_DB_PATH;
  const { secret, dbPath } = await prepareData({ quiet: true });
  const { db, sqlite } = openDatabase(dbPath);
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const u of E2E_ONLY_USERS) {
    const id = crypto.randomUUID();
    db.insert(users).values({ id, email: u.email, name: u.name, passwordHash, level: "senior" }).run();
    for (const role of u.roles) db.insert(userRoles).values({ userId: id, role }).run();
    if (u.email === E2E_CALENDAR_FEED.interviewer.email) {
      db.insert(notificationPreferences).values({ userId: id, timeZone: E2E_CALENDAR_FEED.timeZone }).run();
    }
  }
  addPastInterviews(db);
  addErasureCandidates(db);
  addDecisionCandidates(db);
  addPagedRole(db);
  addLifecycleData(db);
  addDeactivationJourney(db, passwordHash);
  // The permission matrix's own people and data (tests/e2e/permission-matrix.spec.ts).
  writeMatrixSeed(seedPermissionMatrix(db, { dbPath, passwordHash, authSecret: secret }));
  sqlite.close();
  console.log(`E2E database: ${dbPath}`);

  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const port = process.env.E2E_PORT ?? "3210";
  // Mail goes to the SMTP server tests/e2e/mail.spec.ts runs on loopback; while none listens, the outbox retries.
  const mail = process.env.E2E_SMTP_PORT
    ? { SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`, MAIL_FROM: "Levelset <levelset@levelset.test>" }
    : {};
  const env = {
    ...process.env,
    ...mail,
    AUTH_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: "1",
    LEVELSET_DATA_DIR: dataDir,
    LEVELSET_PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  if (process.env.E2E_SKIP_BUILD !== "true") {
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
  const stop = () => {
    server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
