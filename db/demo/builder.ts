import { eq } from "drizzle-orm";
import { enqueueInterviewMessage } from "@/lib/mail/enqueue-interview-message";
import type { DbOrTx } from "../client";
import * as s from "../schema";
import { DEMO_APPLICATIONS, SUBMITTED_HOURS_AFTER_INTERVIEW } from "./applications";
import { DEMO_OUTBOX } from "./outbox";
import { DEMO_PEOPLE, type DemoPerson, type PersonKey } from "./people";
import { DEMO_ROLES, KIT_QUESTIONS_PER_SECTION, type DemoRoleDef, type RoleKey } from "./roles";
import type { SectionKey } from "./sections";
import type { DemoApplication, DemoDecision, FromNow } from "./types";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Keys to ids (or records): a key that is not there throws an error naming it, never hands back undefined. */
class Lookup<K extends string, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly what: string) {}

  set(key: K, value: V) {
    if (this.entries.has(key)) throw new Error(`The demo seed has two ${this.what} "${key}".`);
    this.entries.set(key, value);
  }

  get(key: K): V {
    const value = this.entries.get(key);
    if (value === undefined) throw new Error(`The demo seed has no ${this.what} "${key}".`);
    return value;
  }
}

type SeededRole = { id: string; def: DemoRoleDef; stages: Lookup<string, { id: string; minutes: number }> };
/** A scorecard of any role's application (its stage already checked against that role by the tables' types). */
type AnyScorecard = NonNullable<DemoApplication["scorecards"]>[number];
type SeededInterview = { id: string; at: Date; status: "scheduled" | "cancelled" };

/**
 * Writes the demo tables (db/demo/*) into one transaction, resolving their keys (people, roles, stages, sections,
 * red flags) to the ids it generates. Call the steps in order: people, then the default framework (published by one of
 * them, db/seed-demo.ts), roles on that framework version, applications, outbox.
 */
export class DemoBuilder {
  private readonly people = new Lookup<PersonKey, { id: string; record: DemoPerson }>("person");
  private readonly sections = new Lookup<string, string>("section in the default framework");
  private readonly redFlags = new Lookup<string, string>("red flag in the default framework");
  private readonly roles = new Lookup<RoleKey, SeededRole>("role");
  private readonly interviews: SeededInterview[] = [];

  constructor(
    private readonly tx: DbOrTx,
    private readonly now: Date,
  ) {}

  /** The id of a demo person (written by writePeople). */
  person(key: PersonKey): string {
    return this.people.get(key).id;
  }

  writePeople(passwordHash: string) {
    for (const p of DEMO_PEOPLE) {
      const id = crypto.randomUUID();
      this.people.set(p.key, { id, record: p });
      this.tx.insert(s.users).values({ id, email: p.email, name: p.name, level: p.level, passwordHash }).run();
      for (const role of p.roles) this.tx.insert(s.userRoles).values({ userId: id, role }).run();
    }
  }

  /** The roles, each assessing every section of `versionId`, with their hiring teams and interview plans. */
  writeRoles(versionId: string) {
    const { tx } = this;
    const versionSections = tx
      .select({ id: s.frameworkSections.id, key: s.frameworkSections.key })
      .from(s.frameworkSections)
      .where(eq(s.frameworkSections.versionId, versionId))
      .all();
    for (const section of versionSections) this.sections.set(section.key, section.id);
    const kits = new Lookup<string, string[]>("section's interview kit");
    for (const section of versionSections) kits.set(section.id, []);
    const questions = tx
      .select({ id: s.probingQuestions.id, sectionId: s.probingQuestions.sectionId, position: s.probingQuestions.position })
      .from(s.probingQuestions)
      .innerJoin(s.frameworkSections, eq(s.frameworkSections.id, s.probingQuestions.sectionId))
      .where(eq(s.frameworkSections.versionId, versionId))
      .all();
    // The first questions of each focus section make the stage's kit.
    for (const q of questions) if (q.position < KIT_QUESTIONS_PER_SECTION) kits.get(q.sectionId).push(q.id);
    const flags = tx
      .select({ id: s.redFlags.id, title: s.redFlags.title })
      .from(s.redFlags)
      .innerJoin(s.frameworkSections, eq(s.frameworkSections.id, s.redFlags.sectionId))
      .where(eq(s.frameworkSections.versionId, versionId))
      .all();
    for (const flag of flags) this.redFlags.set(flag.title, flag.id);

    for (const def of DEMO_ROLES) {
      const roleId = crypto.randomUUID();
      const stages = new Lookup<string, { id: string; minutes: number }>(`stage of ${def.title}`);
      this.roles.set(def.key, { id: roleId, def, stages });
      tx.insert(s.roles)
        .values({
          id: roleId,
          title: def.title,
          team: def.team,
          hiresSenior: def.hiresSenior,
          hiresStaff: def.hiresStaff,
          frameworkVersionId: versionId,
        })
        .run();
      const staffCritical = new Set<string>(def.staffCritical);
      for (const section of versionSections) {
        tx.insert(s.roleSections)
          .values({ roleId, sectionId: section.id, staffCritical: staffCritical.has(section.key) })
          .run();
      }
      const members: [PersonKey, s.RoleMembership][] = [
        [def.hiringManager, "hiring-manager"],
        [def.recruiter, "recruiter"],
      ];
      for (const stage of def.stages) for (const p of stage.pool) members.push([p, "interviewer"]);
      const seen = new Set<string>();
      for (const [p, membership] of members) {
        if (seen.has(`${p}:${membership}`)) continue;
        seen.add(`${p}:${membership}`);
        tx.insert(s.roleMembers)
          .values({ roleId, userId: this.person(p), membership })
          .run();
      }
      def.stages.forEach((stage, position) => {
        const stageId = crypto.randomUUID();
        stages.set(stage.key, { id: stageId, minutes: stage.minutes });
        tx.insert(s.planStages).values({ id: stageId, roleId, name: stage.name, durationMinutes: stage.minutes, position }).run();
        for (const key of stage.focus) {
          const sectionId = this.section(key);
          tx.insert(s.stageFocusSections).values({ stageId, sectionId }).run();
          for (const questionId of kits.get(sectionId)) tx.insert(s.stageQuestions).values({ stageId, questionId }).run();
        }
        for (const p of stage.pool)
          tx.insert(s.stageInterviewers)
            .values({ stageId, userId: this.person(p) })
            .run();
      });
      tx.insert(s.auditEvents)
        .values({
          actorId: this.person(def.recruiter),
          action: "role.created",
          entityType: "role",
          entityId: roleId,
          summary: `Created role ${def.title}`,
        })
        .run();
    }
  }

  /** Every candidate with their application, scorecards, interviews and decision, in the tables' order. */
  writeApplications() {
    for (const app of DEMO_APPLICATIONS) this.writeApplication(app);
  }

  /** The invitations (and cancellations) of every interview written so far, kept in the outbox, never sent. */
  writeOutbox() {
    const { name, email } = this.people.get(DEMO_OUTBOX.organizer).record;
    const organizer = { name, email };
    for (const interview of this.interviews) {
      const written = new Date(Math.min(interview.at.getTime(), this.now.getTime()) - DEMO_OUTBOX.invitationDaysBefore * DAY);
      enqueueInterviewMessage(this.tx, { interviewId: interview.id, kind: "interview-invitation", organizer, now: written, keep: true });
      if (interview.status === "cancelled") {
        enqueueInterviewMessage(this.tx, { interviewId: interview.id, kind: "interview-cancellation", organizer, now: this.now, keep: true });
      }
    }
  }

  private section(key: SectionKey): string {
    return this.sections.get(key);
  }

  private daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY);
  }

  private fromNow(at: FromNow): Date {
    return new Date(this.now.getTime() + (at.days ?? 0) * DAY + (at.hours ?? 0) * HOUR);
  }

  private writeApplication(app: DemoApplication) {
    const role = this.roles.get(app.role);
    const candidateId = crypto.randomUUID();
    const applicationId = crypto.randomUUID();
    const created = this.daysAgo(app.daysAgo);
    this.tx
      .insert(s.candidates)
      .values({
        id: candidateId,
        name: app.name,
        email: app.email,
        links: [...(app.links ?? [])],
        createdById: this.person(role.def.recruiter),
        createdAt: created,
      })
      .run();
    this.tx
      .insert(s.applications)
      .values({ id: applicationId, candidateId, roleId: role.id, status: app.status, notes: app.notes ?? "", createdAt: created, updatedAt: created })
      .run();
    for (const card of app.scorecards ?? []) this.writeScorecard(applicationId, role, card);
    for (const interview of app.interviews ?? []) {
      this.writeInterview(applicationId, role, interview.stage, interview.by, this.fromNow(interview.at), interview.status ?? "scheduled");
    }
    if (app.decision) this.writeDecision(applicationId, app.decision);
  }

  private writeInterview(applicationId: string, role: SeededRole, stageKey: string, by: PersonKey, at: Date, status: SeededInterview["status"]) {
    const stage = role.stages.get(stageKey);
    const id = crypto.randomUUID();
    this.tx
      .insert(s.interviews)
      .values({ id, applicationId, stageId: stage.id, interviewerId: this.person(by), scheduledAt: at, durationMinutes: stage.minutes, status })
      .run();
    this.interviews.push({ id, at, status });
    return id;
  }

  private writeScorecard(applicationId: string, role: SeededRole, card: AnyScorecard) {
    const { tx } = this;
    const at = this.daysAgo(card.daysAgo);
    const interviewId = this.writeInterview(applicationId, role, card.stage, card.by, at, "scheduled");
    const scorecardId = crypto.randomUUID();
    const submittedAt = card.draft ? null : new Date(at.getTime() + SUBMITTED_HOURS_AFTER_INTERVIEW * HOUR);
    tx.insert(s.scorecards)
      .values({
        id: scorecardId,
        interviewId,
        applicationId,
        interviewerId: this.person(card.by),
        status: card.draft ? "draft" : "submitted",
        overallRecommendation: card.overall,
        confidence: card.confidence,
        revision: 1,
        createdAt: at,
        updatedAt: submittedAt ?? at,
        submittedAt,
      })
      .run();
    for (const [key, rating, scope, evidence] of card.ratings) {
      const notAssessed = rating === "na";
      tx.insert(s.scorecardRatings)
        .values({
          scorecardId,
          sectionId: this.section(key),
          rating: notAssessed ? null : rating,
          notAssessed,
          evidence,
          scope: notAssessed ? null : scope,
        })
        .run();
    }
    for (const flag of card.flags ?? []) {
      tx.insert(s.scorecardRedFlags)
        .values({ scorecardId, redFlagId: this.redFlags.get(flag.title), note: flag.note })
        .run();
    }
    if (submittedAt) {
      tx.insert(s.auditEvents)
        .values({
          at: submittedAt,
          actorId: this.person(card.by),
          action: "scorecard.submitted",
          entityType: "scorecard",
          entityId: scorecardId,
          summary: "Submitted a scorecard",
          data: { applicationId },
        })
        .run();
    }
  }

  private writeDecision(applicationId: string, d: DemoDecision) {
    const { tx } = this;
    const id = crypto.randomUUID();
    const at = this.daysAgo(d.daysAgo);
    const by = this.person(d.by);
    const audit = { actorId: by, entityType: "application", entityId: applicationId };
    const decision = { id, applicationId, decidedById: by, level: d.level, hire: d.hire, rationale: d.rationale, engineSnapshot: d.engineSnapshot };
    switch (d.kind) {
      case "recorded":
        tx.insert(s.decisions)
          .values({ ...decision, createdAt: at })
          .run();
        tx.insert(s.auditEvents)
          .values({ ...audit, at, action: "decision.recorded", summary: d.summary, data: { decisionId: id } })
          .run();
        return;
      case "held": {
        const probeSectionIds = d.probe.map((key) => this.section(key));
        tx.insert(s.decisions)
          .values({ ...decision, held: true, probeSectionIds, createdAt: at })
          .run();
        tx.insert(s.auditEvents)
          .values({
            ...audit,
            at,
            action: "decision.recorded",
            summary: d.summary,
            data: { decisionId: id, level: d.level, hire: d.hire, held: true, probeSectionIds, recommendedLevel: d.recommendedLevel },
          })
          .run();
        return;
      }
      case "revised": {
        const { first, recommendedLevel } = d;
        const decidedAt = this.daysAgo(first.daysAgo);
        tx.insert(s.decisionHistory)
          .values({
            applicationId,
            decisionId: id,
            change: "revised",
            reason: d.reason,
            changedById: by,
            changedAt: at,
            decidedById: by,
            decidedAt,
            level: first.level,
            hire: first.hire,
            rationale: first.rationale,
            overrideReason: first.overrideReason,
            engineSnapshot: d.engineSnapshot,
          })
          .run();
        tx.insert(s.decisions)
          .values({ ...decision, createdAt: at })
          .run();
        tx.insert(s.auditEvents)
          .values([
            {
              ...audit,
              at: decidedAt,
              action: "decision.recorded",
              summary: first.summary,
              data: { decisionId: id, level: first.level, hire: first.hire, recommendedLevel, againstRecommendation: first.againstRecommendation },
            },
            {
              ...audit,
              at,
              action: "decision.revised",
              summary: d.summary,
              data: {
                decisionId: id,
                reason: d.reason,
                old: { level: first.level, hire: first.hire, held: false, recommendedLevel },
                new: { level: d.level, hire: d.hire, held: false, recommendedLevel, againstRecommendation: d.againstRecommendation },
              },
            },
          ])
          .run();
        return;
      }
    }
  }
}
