import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { auditEvents, frameworkSections, frameworkVersions, frameworks, probingQuestions, redFlags, sectionItems, users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { conflict, DomainError, notFound } from "@/lib/errors";
import { STALE_DRAFT_PREFIX } from "./draft-revision";
import { assertCanEditFrameworks } from "./framework-editors";
import { frameworkNameTaken, nameTakenMessage } from "./framework-name-taken";
import type { FrameworkContent } from "./types";
import { validContentOrThrow } from "./validate-content";
import { replaceLevelReferences, replaceVersionGuidance } from "./version-guidance";
import { sectionRowFields } from "./write-framework-version";

export function publishedCannotChangeMessage(version: number): string {
  return `Version ${version} is published, and a published version can no longer change. Choose "Edit" on the framework to start a new draft.`;
}

/**
 * The refusal when the draft's revision is not the one the editor started from: who saved it last and when (from
 * the audit log), so the person knows whose work they would have overwritten.
 */
export function staleDraftMessage(tx: DbOrTx, frameworkId: string, versionId: string, now = new Date()): string {
  const last = tx
    .select({ name: users.name, at: auditEvents.at })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, "framework"),
        eq(auditEvents.entityId, frameworkId),
        eq(auditEvents.action, "framework.draft-saved"),
        sql`json_extract(${auditEvents.data}, '$.versionId') = ${versionId}`,
      ),
    )
    .orderBy(desc(auditEvents.at))
    .limit(1)
    .get();
  const who = last ? ` (${last.name ?? "a former user"} saved it ${howLongAgo(last.at, now)})` : "";
  return `${STALE_DRAFT_PREFIX}${who} after you opened it. Nothing was saved, so their changes are safe. Reload to see them; copy your edits first if you want to keep them.`;
}

/** "just now", "5 minutes ago", "2 hours ago", "3 days ago": no time zone needed. */
export function howLongAgo(at: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? "" : "s"} ago`;
}

/**
 * Checks that the draft still exists, is still a draft, and is at the revision the caller started from; refuses
 * with a message the person can act on otherwise (`publishedMessage` words the refusal for a version already
 * published, in the caller's terms). Returns the draft. Save, publish and discard all go through it.
 */
export function currentDraftOrThrow(
  tx: DbOrTx,
  args: { versionId: string; baseRevision?: number | undefined },
  publishedMessage: (version: number) => string = publishedCannotChangeMessage,
): { frameworkId: string; version: number; name: string; revision: number } {
  const draft = tx
    .select({
      frameworkId: frameworkVersions.frameworkId,
      version: frameworkVersions.version,
      name: frameworkVersions.name,
      status: frameworkVersions.status,
      revision: frameworkVersions.revision,
    })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.id, args.versionId))
    .get();
  if (!draft) throw notFound("The framework draft");
  if (draft.status !== "draft") throw conflict(publishedMessage(draft.version));
  if (args.baseRevision !== undefined && draft.revision !== args.baseRevision)
    throw conflict(staleDraftMessage(tx, draft.frameworkId, args.versionId));
  return draft;
}

/**
 * Saves the whole edited content of a draft in one transaction. Sections are matched by key
 * and child rows by position, so ids stay stable across saves; only a draft is ever touched.
 * The editor names the revision it started from (`baseRevision`; its action requires it): if someone saved the
 * draft since, nothing is written and the refusal says who, as the scorecard's autosave does. Without it (seeds,
 * scripts) the save applies to whatever revision is current.
 */
export function updateFrameworkDraft(
  db: Db,
  args: { user: SessionUser; versionId: string; baseRevision?: number | undefined; content: FrameworkContent },
): { frameworkId: string; version: number; revision: number } {
  assertCanEditFrameworks(args.user);
  const content = validContentOrThrow(args.content);
  return db.transaction((tx) => {
    const draft = currentDraftOrThrow(tx, args);
    if (frameworkNameTaken(tx, content.name, draft.frameworkId)) {
      const message = nameTakenMessage(content.name);
      throw new DomainError("conflict", message, { name: [message] });
    }

    // The status and revision conditions are part of the write itself: a version published or saved meanwhile is left alone.
    const revision = draft.revision + 1;
    const changed = tx
      .update(frameworkVersions)
      .set({ name: content.name, description: content.description, revision })
      .where(and(eq(frameworkVersions.id, args.versionId), eq(frameworkVersions.status, "draft"), eq(frameworkVersions.revision, draft.revision)))
      .run();
    if (changed.changes !== 1) throw conflict(publishedCannotChangeMessage(draft.version));
    tx.update(frameworks).set({ name: content.name, description: content.description }).where(eq(frameworks.id, draft.frameworkId)).run();

    const existing = tx
      .select({ id: frameworkSections.id, key: frameworkSections.key })
      .from(frameworkSections)
      .where(eq(frameworkSections.versionId, args.versionId))
      .all();
    const wanted = new Set(content.sections.map((s) => s.key));
    const removed = existing.filter((s) => !wanted.has(s.key)).map((s) => s.id);
    if (removed.length > 0) guardReferences(() => tx.delete(frameworkSections).where(inArray(frameworkSections.id, removed)).run());
    const idByKey = new Map(existing.map((s) => [s.key, s.id]));

    content.sections.forEach((section, position) => {
      const fields = sectionRowFields(section, position);
      let sectionId = idByKey.get(section.key);
      if (sectionId === undefined) {
        sectionId = crypto.randomUUID();
        tx.insert(frameworkSections)
          .values({ id: sectionId, versionId: args.versionId, key: section.key, ...fields })
          .run();
      } else {
        tx.update(frameworkSections).set(fields).where(eq(frameworkSections.id, sectionId)).run();
      }
      syncItems(tx, sectionId, section.items);
      syncQuestions(tx, sectionId, section.questions);
      syncRedFlags(tx, sectionId, section.redFlags);
      replaceLevelReferences(tx, sectionId, section.levelReferences);
    });
    replaceVersionGuidance(tx, args.versionId, content);
    recordAuditEvent(tx, {
      actorId: args.user.id,
      action: "framework.draft-saved",
      entityType: "framework",
      entityId: draft.frameworkId,
      summary: `Saved ${content.name} draft v${draft.version}`,
      data: {
        version: draft.version,
        versionId: args.versionId,
        revision,
        sections: content.sections.length,
        guidanceLines: (content.guidance?.senior.length ?? 0) + (content.guidance?.staff.length ?? 0),
        evidenceChecklist: content.evidenceChecklist === undefined ? "built-in" : content.evidenceChecklist.length,
        levelReferences: content.sections.reduce((n, s) => n + (s.levelReferences?.length ?? 0), 0),
      },
    });
    return { frameworkId: draft.frameworkId, version: draft.version, revision };
  });
}

function syncItems(tx: DbOrTx, sectionId: string, items: string[]) {
  const rows = tx
    .select({ id: sectionItems.id })
    .from(sectionItems)
    .where(eq(sectionItems.sectionId, sectionId))
    .orderBy(asc(sectionItems.position))
    .all();
  items.forEach((text, position) => {
    const row = rows[position];
    if (row) tx.update(sectionItems).set({ text, position }).where(eq(sectionItems.id, row.id)).run();
    else tx.insert(sectionItems).values({ sectionId, text, position }).run();
  });
  const surplus = rows.slice(items.length).map((r) => r.id);
  if (surplus.length > 0) tx.delete(sectionItems).where(inArray(sectionItems.id, surplus)).run();
}

function syncQuestions(tx: DbOrTx, sectionId: string, questions: FrameworkContent["sections"][number]["questions"]) {
  const rows = tx
    .select({ id: probingQuestions.id })
    .from(probingQuestions)
    .where(eq(probingQuestions.sectionId, sectionId))
    .orderBy(asc(probingQuestions.position))
    .all();
  questions.forEach((q, position) => {
    const values = { prompt: q.prompt, seniorSignal: q.seniorSignal, staffSignal: q.staffSignal, position };
    const row = rows[position];
    if (row) tx.update(probingQuestions).set(values).where(eq(probingQuestions.id, row.id)).run();
    else
      tx.insert(probingQuestions)
        .values({ sectionId, ...values })
        .run();
  });
  const surplus = rows.slice(questions.length).map((r) => r.id);
  if (surplus.length > 0) guardReferences(() => tx.delete(probingQuestions).where(inArray(probingQuestions.id, surplus)).run());
}

function syncRedFlags(tx: DbOrTx, sectionId: string, flags: FrameworkContent["sections"][number]["redFlags"]) {
  const rows = tx.select({ id: redFlags.id }).from(redFlags).where(eq(redFlags.sectionId, sectionId)).orderBy(asc(redFlags.position)).all();
  flags.forEach((f, position) => {
    const values = { title: f.title, description: f.description, severity: f.severity, position };
    const row = rows[position];
    if (row) tx.update(redFlags).set(values).where(eq(redFlags.id, row.id)).run();
    else
      tx.insert(redFlags)
        .values({ sectionId, ...values })
        .run();
  });
  const surplus = rows.slice(flags.length).map((r) => r.id);
  if (surplus.length > 0) guardReferences(() => tx.delete(redFlags).where(inArray(redFlags.id, surplus)).run());
}

/** A draft's rows should never be referenced; if a role or scorecard points at one anyway, refuse rather than fail obscurely. */
function guardReferences(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_CONSTRAINT_FOREIGNKEY")) {
      throw conflict(
        "A role or scorecard already uses a section, question or red flag you removed from this draft, so it cannot be removed. Put it back and save again.",
      );
    }
    throw error;
  }
}
