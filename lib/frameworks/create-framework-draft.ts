import "server-only";
import type { Db } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "@/lib/errors";
import { assertCanEditFrameworks } from "./framework-editors";
import { readVersionContent } from "./load-framework-version";
import { newestVersion } from "./newest-version";
import { writeFrameworkVersion } from "./write-framework-version";

/**
 * "Edit" on a published framework: version n+1 as a draft copy of version n. A framework has at
 * most one draft, always its newest version, so when one exists it is returned unchanged.
 */
export function createFrameworkDraft(
  db: Db,
  args: { user: SessionUser; frameworkId: string },
): { versionId: string; version: number; created: boolean } {
  assertCanEditFrameworks(args.user);
  return db.transaction((tx) => {
    const latest = newestVersion(tx, args.frameworkId);
    if (!latest) throw notFound("The framework");
    if (latest.status === "draft") return { versionId: latest.id, version: latest.version, created: false };
    const content = readVersionContent(tx, latest.id);
    if (!content) throw notFound("The framework");
    const version = latest.version + 1;
    const versionId = writeFrameworkVersion(tx, { frameworkId: args.frameworkId, version, content, published: false });
    recordAuditEvent(tx, {
      actorId: args.user.id,
      action: "framework.draft-created",
      entityType: "framework",
      entityId: args.frameworkId,
      summary: `Started draft v${version} of ${content.name} from v${latest.version}`,
      data: { version, versionId, from: latest.version },
    });
    return { versionId, version, created: true };
  });
}
