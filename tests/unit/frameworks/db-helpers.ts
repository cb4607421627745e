import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";

/** A demo person as the session would load them. */
export function person(db: Db, email: string): SessionUser {
  const user = loadSessionUser(db, { email });
  if (!user) throw new Error(`The demo seed should have ${email}.`);
  return user;
}

/** Row counts of every table a framework write touches: equal before and after means nothing was half-saved. */
export function frameworkRowCounts(db: Db) {
  const n = (
    table:
      | typeof s.frameworks
      | typeof s.frameworkVersions
      | typeof s.frameworkSections
      | typeof s.sectionItems
      | typeof s.probingQuestions
      | typeof s.redFlags
      | typeof s.auditEvents,
  ) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  return {
    frameworks: n(s.frameworks),
    versions: n(s.frameworkVersions),
    sections: n(s.frameworkSections),
    items: n(s.sectionItems),
    questions: n(s.probingQuestions),
    redFlags: n(s.redFlags),
    auditEvents: n(s.auditEvents),
  };
}

export function defaultFramework(db: Db) {
  const row = db
    .select({ frameworkId: s.frameworks.id, versionId: s.frameworkVersions.id })
    .from(s.frameworks)
    .innerJoin(s.frameworkVersions, eq(s.frameworkVersions.frameworkId, s.frameworks.id))
    .where(eq(s.frameworkVersions.version, 1))
    .get();
  if (!row) throw new Error("The demo seed should have the default framework.");
  return row;
}

export function auditActions(db: Db, frameworkId: string): string[] {
  return db
    .select({ action: s.auditEvents.action })
    .from(s.auditEvents)
    .where(eq(s.auditEvents.entityId, frameworkId))
    .orderBy(s.auditEvents.at)
    .all()
    .map((e) => e.action);
}
