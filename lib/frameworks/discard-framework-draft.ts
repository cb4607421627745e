import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworkVersions, frameworks } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { conflict } from "@/lib/errors";
import { assertCanEditFrameworks } from "./framework-editors";
import { newestVersion } from "./newest-version";
import { currentDraftOrThrow } from "./update-framework-draft";

/**
 * Throws a draft away. A framework whose only version was that draft goes with it, so a mistaken
 * import leaves nothing behind. Published versions are never deleted here. With `baseRevision` (the editor's), a
 * draft someone else saved since is refused.
 */
export function discardFrameworkDraft(
  db: Db,
  args: { user: SessionUser; versionId: string; baseRevision?: number | undefined },
): { frameworkId: string; frameworkDeleted: boolean } {
  assertCanEditFrameworks(args.user);
  return db.transaction((tx) => {
    // Someone else's newer work is not thrown away unseen.
    const draft = currentDraftOrThrow(
      tx,
      args,
      (version) => `Version ${version} is published; published versions are kept for the roles and scorecards that use them.`,
    );
    try {
      tx.delete(frameworkVersions)
        .where(and(eq(frameworkVersions.id, args.versionId), eq(frameworkVersions.status, "draft")))
        .run();
    } catch (error) {
      if (error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_CONSTRAINT_FOREIGNKEY")) {
        throw conflict("A role already uses this draft, so it cannot be discarded.");
      }
      throw error;
    }
    const remaining = newestVersion(tx, draft.frameworkId);
    const frameworkDeleted = remaining === undefined;
    if (remaining === undefined) tx.delete(frameworks).where(eq(frameworks.id, draft.frameworkId)).run();
    // The framework's name follows its newest version; with the draft gone, that is the last published one.
    else tx.update(frameworks).set({ name: remaining.name, description: remaining.description }).where(eq(frameworks.id, draft.frameworkId)).run();
    recordAuditEvent(tx, {
      actorId: args.user.id,
      action: "framework.draft-discarded",
      entityType: "framework",
      entityId: draft.frameworkId,
      summary: `Discarded draft v${draft.version} of ${draft.name}${frameworkDeleted ? " (and the framework, which had no other version)" : ""}`,
      data: { version: draft.version, versionId: args.versionId, frameworkDeleted },
    });
    return { frameworkId: draft.frameworkId, frameworkDeleted };
  });
}
