import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { DEFAULT_THRESHOLDS } from "@/lib/calibration/thresholds";
import { DomainError } from "@/lib/errors";

/** The demo person with this email, as the session would carry them. */
export function person(db: Db, email: string): SessionUser {
  const user = loadSessionUser(db, { email });
  if (!user) throw new Error(`No demo person ${email}`);
  return user;
}

export function people(db: Db) {
  return {
    ada: person(db, "admin@levelset.test"),
    rita: person(db, "recruiter@levelset.test"),
    hugo: person(db, "hm@levelset.test"),
    helen: person(db, "helen@levelset.test"),
    priya: person(db, "interviewer@levelset.test"),
    sam: person(db, "sam@levelset.test"),
    lee: person(db, "lee@levelset.test"),
    maya: person(db, "maya@levelset.test"),
    omar: person(db, "omar@levelset.test"),
  };
}

export function roleId(db: Db, title: string): string {
  const role = db.select({ id: s.roles.id }).from(s.roles).where(eq(s.roles.title, title)).get();
  if (!role) throw new Error(`No role ${title}`);
  return role.id;
}

export function applicationId(db: Db, candidateName: string): string {
  const row = db
    .select({ id: s.applications.id })
    .from(s.applications)
    .innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId))
    .where(eq(s.candidates.name, candidateName))
    .get();
  if (!row) throw new Error(`No application for ${candidateName}`);
  return row.id;
}

export function stagesOf(db: Db, role: string) {
  return db.select().from(s.planStages).where(eq(s.planStages.roleId, role)).orderBy(asc(s.planStages.position)).all();
}

export function publishedVersion(db: Db) {
  const v = db.select().from(s.frameworkVersions).where(eq(s.frameworkVersions.status, "published")).get();
  if (!v) throw new Error("No published version");
  return v;
}

export function sectionsOf(db: Db, versionId: string) {
  return db.select().from(s.frameworkSections).where(eq(s.frameworkSections.versionId, versionId)).orderBy(asc(s.frameworkSections.position)).all();
}

export function pool(db: Db, stageId: string) {
  return db
    .select()
    .from(s.stageInterviewers)
    .where(eq(s.stageInterviewers.stageId, stageId))
    .all()
    .map((r) => r.userId);
}

/** Every row of every table a role, candidate or scheduling write could touch. */
export function snapshot(db: Db): string {
  const tables = [
    s.roles,
    s.roleSections,
    s.roleMembers,
    s.planStages,
    s.stageFocusSections,
    s.stageQuestions,
    s.stageInterviewers,
    s.candidates,
    s.applications,
    s.interviews,
    s.auditEvents,
  ] as const;
  return JSON.stringify(tables.map((t) => db.select().from(t).all()));
}

/** Runs fn and returns the DomainError it threw (fails the test if it threw nothing or something else). */
export function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("Expected a DomainError, but the call succeeded.");
}

export const defaults = () => ({ ...DEFAULT_THRESHOLDS });

/** The role's scorecard settings as they are stored now, in the shape the settings form sends; `overrides` change some. */
export function currentSettings(db: Db, title: string, user: SessionUser, overrides: Record<string, unknown> = {}) {
  const id = roleId(db, title);
  const role = db.select().from(s.roles).where(eq(s.roles.id, id)).get();
  if (!role) throw new Error(`No role ${title}`);
  const current = db.select().from(s.roleSections).where(eq(s.roleSections.roleId, id)).all();
  return {
    user,
    roleId: id,
    title: role.title,
    team: role.team,
    hiresSenior: role.hiresSenior,
    hiresStaff: role.hiresStaff,
    frameworkVersionId: role.frameworkVersionId,
    sectionIds: current.map((r) => r.sectionId),
    staffCriticalSectionIds: current.filter((r) => r.staffCritical).map((r) => r.sectionId),
    thresholds: { ...DEFAULT_THRESHOLDS, ...role.thresholds },
    ...overrides,
  };
}
