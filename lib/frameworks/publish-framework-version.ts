import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworkVersions, frameworks } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { conflict } from "@/lib/errors";
import { assertCanEditFrameworks } from "./framework-editors";
import { currentDraftOrThrow } from "./update-framework-draft";
import { readVersionContent } from "./load-framework-version";
import { publishWarnings } from "./publish-warnings";
import { validContentOrThrow } from "./validate-content";

/**
 * Publishes a draft: from now on the version is frozen (every write checks the status), roles can
 * pin it, and an "Edit" starts the next draft. The saved content must satisfy the framework schema. With
 * `baseRevision` (the editor's), a draft saved by someone else since is refused rather than published unseen.
 */
export function publishFrameworkVersion(
  db: Db,
  args: { user: SessionUser; versionId: string; baseRevision?: number | undefined; now?: Date },
): { frameworkId: string; version: number; warnings: string[] } {
  assertCanEditFrameworks(args.user);
  return db.transaction((tx) => {
    // Publishing what someone else saved after this editor opened would freeze content its person has not seen.
    const draft = currentDraftOrThrow(tx, args, (version) => `Version ${version} is already published.`);
    const content = validContentOrThrow(
      readVersionContent(tx, args.versionId),
      "This draft cannot be published until the highlighted fields are fixed. Nothing was published.",
    );
    const changed = tx
      .update(frameworkVersions)
      .set({ status: "published", publishedAt: args.now ?? new Date(), publishedById: args.user.id })
      .where(and(eq(frameworkVersions.id, args.versionId), eq(frameworkVersions.status, "draft")))
      .run();
    if (changed.changes !== 1) throw conflict(`Version ${draft.version} is already published.`);
    tx.update(frameworks).set({ name: content.name, description: content.description }).where(eq(frameworks.id, draft.frameworkId)).run();
    const warnings = publishWarnings(content);
    recordAuditEvent(tx, {
      actorId: args.user.id,
      action: "framework.published",
      entityType: "framework",
      entityId: draft.frameworkId,
      summary: `Published ${content.name} v${draft.version}`,
      data: { version: draft.version, versionId: args.versionId, sections: content.sections.length, warnings },
    });
    return { frameworkId: draft.frameworkId, version: draft.version, warnings };
  });
}
