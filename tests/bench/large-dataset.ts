/**
 * A synthetic workspace far larger than the demo, for the benchmarks: many roles, thousands of
 * applications, a full loop of submitted scorecards each with evidence of realistic length (a few hundred
 * characters), the first role larger than the rest (`bigRoleApplications`), and in that role one
 * application with eight scorecards (two interviewers per stage). Hugo (hm@) is the hiring manager of
 * every role. Deterministic (seeded PRNG) apart from the ids.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { seedIfEmpty } from "@/db/seed-demo";

export type LargeDatasetSize = {
  roles: number;
  applicationsPerRole: number;
  interviewers: number;
  /** Applications of "Bench role 0"; the other roles have `applicationsPerRole`. */
  bigRoleApplications?: number;
};

/** The candidate of "Bench role 0" whose application has eight submitted scorecards. */
export const EIGHT_SCORECARDS_CANDIDATE = "Candidate 0-1";

const EVIDENCE_PHRASES = [
  "Walked through the migration of the billing ledger to an append-only store, naming the backfill plan, the dual-write window and how they proved the two sides matched before the cut-over.",
  "Described an incident where retries from three services amplified a partial outage; they added budgets and jittered backoff and wrote the runbook the on-call rotation still uses.",
  "Framed the trade-off between consistency and latency for the checkout path with numbers from their own dashboards, and said which they would give up first and why.",
  "Led a design review across two teams that disagreed on event versioning; landed a decision in a week with a written RFC and a deprecation plan for the old topic.",
  "Mentored two engineers through their first on-call quarter; both now lead incident reviews, and the team's pages per week fell by a third.",
  "Answers stayed at the level of one component: clear about their own service, vague about how the neighbouring teams adopted the change or what it cost them.",
  "Profiled a slow report down to an N+1 in the ORM, fixed it with one query and an index, and added a check to CI so the regression cannot come back unnoticed.",
  "Set success metrics before starting (p99 latency, error rate, cost per request), tracked them weekly and killed one workstream when the numbers showed it would not pay off.",
];

function evidenceText(random: () => number): string {
  const first = Math.floor(random() * EVIDENCE_PHRASES.length);
  const count = 2 + Math.floor(random() * 2);
  return Array.from({ length: count }, (_, i) => EVIDENCE_PHRASES[(first + i * 3) % EVIDENCE_PHRASES.length]).join(" ");
}

function prng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1664525 + 1013904223) % 4294967296;
    return x / 4294967296;
  };
}

export async function seedLargeDataset(db: Db, size: LargeDatasetSize, now = new Date("2026-06-01T12:00:00Z")) {
  await seedIfEmpty(db, { demo: true, now });
  const random = prng(42);
  const version = db.select({ id: s.frameworkVersions.id }).from(s.frameworkVersions).get();
  if (!version) throw new Error("The demo seed should have created the default framework.");
  const sections = db
    .select({ id: s.frameworkSections.id, key: s.frameworkSections.key, critical: s.frameworkSections.staffCriticalByDefault })
    .from(s.frameworkSections)
    .where(eq(s.frameworkSections.versionId, version.id))
    .all();
  const rita = db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "recruiter@levelset.test")).get();
  const hugo = db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "hm@levelset.test")).get();
  if (!rita || !hugo) throw new Error("The demo people are missing.");
  const levels = ["senior", "staff", "principal", "senior-staff"] as const;

  db.transaction((tx) => {
    const interviewerIds: string[] = [];
    for (let i = 0; i < size.interviewers; i++) {
      const id = crypto.randomUUID();
      interviewerIds.push(id);
      tx.insert(s.users).values({ id, email: `bench-${i}@levelset.test`, name: `Bench Interviewer ${i}`, level: levels[i % levels.length] }).run();
      tx.insert(s.userRoles).values({ userId: id, role: "interviewer" }).run();
    }
    for (let r = 0; r < size.roles; r++) {
      const roleId = crypto.randomUUID();
      tx.insert(s.roles).values({ id: roleId, title: `Bench role ${r}`, team: `Team ${r % 7}`, hiresSenior: true, hiresStaff: true, frameworkVersionId: version.id }).run();
      for (const sec of sections) tx.insert(s.roleSections).values({ roleId, sectionId: sec.id, staffCritical: sec.critical }).run();
      tx.insert(s.roleMembers).values({ roleId, userId: hugo.id, membership: "hiring-manager" }).run();
      tx.insert(s.roleMembers).values({ roleId, userId: rita.id, membership: "recruiter" }).run();
      const stageIds: { id: string; focus: string[] }[] = [];
      for (let st = 0; st < 4; st++) {
        const stageId = crypto.randomUUID();
        const focus = sections.filter((_, i) => i % 4 === st || (st === 3 && _.critical)).map((x) => x.id);
        tx.insert(s.planStages).values({ id: stageId, roleId, name: `Stage ${st + 1}`, position: st }).run();
        for (const sectionId of focus) tx.insert(s.stageFocusSections).values({ stageId, sectionId }).run();
        stageIds.push({ id: stageId, focus });
      }
      // Rows are collected per role and inserted a few hundred per statement: seeding is a fifth of the bench's time.
      const rows = {
        candidates: [] as (typeof s.candidates.$inferInsert)[],
        applications: [] as (typeof s.applications.$inferInsert)[],
        interviews: [] as (typeof s.interviews.$inferInsert)[],
        scorecards: [] as (typeof s.scorecards.$inferInsert)[],
        ratings: [] as (typeof s.scorecardRatings.$inferInsert)[],
        audit: [] as (typeof s.auditEvents.$inferInsert)[],
      };
      const applicationCount = r === 0 ? (size.bigRoleApplications ?? size.applicationsPerRole) : size.applicationsPerRole;
      for (let a = 0; a < applicationCount; a++) {
        const candidateId = crypto.randomUUID();
        const applicationId = crypto.randomUUID();
        rows.candidates.push({ id: candidateId, name: `Candidate ${r}-${a}`, email: `c${r}-${a}@example.com`, createdById: rita.id });
        const eight = r === 0 && a === 1;
        const status = eight ? "debrief" : a % 10 === 0 ? "active" : a % 3 === 0 ? "decided" : "debrief";
        rows.applications.push({ id: applicationId, candidateId, roleId, status });
        const strength = random();
        const loop = eight ? [...stageIds, ...stageIds] : stageIds;
        const panel = new Set<string>();
        loop.forEach((stage, k) => {
          const st = k % stageIds.length;
          let interviewerId = interviewerIds[Math.floor(random() * interviewerIds.length)] as string;
          // The eight-scorecard panel is eight different people.
          while (eight && panel.has(interviewerId)) interviewerId = interviewerIds[(interviewerIds.indexOf(interviewerId) + 1) % interviewerIds.length] as string;
          panel.add(interviewerId);
          const interviewId = crypto.randomUUID();
          const at = new Date(now.getTime() - (a % 30) * 86_400_000 - st * 3_600_000);
          rows.interviews.push({ id: interviewId, applicationId, stageId: stage.id, interviewerId, scheduledAt: at });
          if (status === "active" && st > 1) return;
          const scorecardId = crypto.randomUUID();
          rows.scorecards.push({ id: scorecardId, interviewId, applicationId, interviewerId, status: "submitted", overallRecommendation: strength > 0.6 ? "staff" : "senior", confidence: "medium", revision: 1, submittedAt: at });
          // A real workspace has one audit event per submission (the audit log pages through them).
          rows.audit.push({ at, actorId: interviewerId, action: "scorecard.submitted", entityType: "scorecard", entityId: scorecardId, summary: `Submitted the Stage ${st + 1} scorecard for Candidate ${r}-${a}`, data: { applicationId, interviewId, revision: 1 } });
          for (const sectionId of stage.focus) {
            const rating = Math.max(0, Math.min(2, Math.round(strength * 2 + (random() - 0.5))));
            rows.ratings.push({ scorecardId, sectionId, rating, evidence: evidenceText(random), scope: random() > 0.5 ? "multi-team" : "team" });
          }
        });
      }
      // Parents before children: the foreign keys are checked per statement.
      for (const [table, list] of [
        [s.candidates, rows.candidates],
        [s.applications, rows.applications],
        [s.interviews, rows.interviews],
        [s.scorecards, rows.scorecards],
        [s.scorecardRatings, rows.ratings],
        [s.auditEvents, rows.audit],
      ] as const) {
        for (let i = 0; i < list.length; i += 400) tx.insert(table).values(list.slice(i, i + 400)).run();
      }
    }
  });
}
