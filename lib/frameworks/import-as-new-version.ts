import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworks } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError, notFound } from "@/lib/errors";
import type { FrameworkSource } from "./create-framework";
import { assertCanEditFrameworks } from "./framework-editors";
import { newestVersion } from "./newest-version";
import type { FrameworkContent } from "./types";
import { importableContentOrThrow } from "./validate-content";
import { writeFrameworkVersion } from "./write-framework-version";

/**
 * "Create a new draft version of X": an imported document becomes version n+1 of an existing
 * framework, as a draft, keeping the framework's name. Refused while the framework already has a
 * draft, so nobody's unpublished edits are overwritten. One transaction with its audit event.
 */
export function importAsNewVersion(
  db: Db,
  args: { user: SessionUser; frameworkId: string; content: FrameworkContent; source: Extract<FrameworkSource, "markdown" | "json">; origin?: string },
): { frameworkId: string; versionId: string; version: number } {
  assertCanEditFrameworks(args.user);
  return db.transaction((tx) => {
    const framework = tx.select({ id: frameworks.id, name: frameworks.name }).from(frameworks).where(eq(frameworks.id, args.frameworkId)).get();
    if (!framework) throw notFound("The framework");
    const latest = newestVersion(tx, framework.id);
    if (!latest) throw notFound("The framework");
    if (latest.status === "draft") {
      const message = `${framework.name} already has a draft (v${latest.version}). Publish or discard that draft first, or import under another name as a new framework. Nothing was saved.`;
      throw new DomainError("conflict", message, { target: [message] });
    }
    const content = importableContentOrThrow({ ...args.content, name: framework.name });
    const version = latest.version + 1;
    const versionId = writeFrameworkVersion(tx, { frameworkId: framework.id, version, content, published: false });
    const from = args.source === "json" ? "a Levelset JSON file" : "a document";
    recordAuditEvent(tx, {
      actorId: args.user.id,
      action: "framework.imported",
      entityType: "framework",
      entityId: framework.id,
      summary: `Imported draft v${version} of ${framework.name} from ${from}${args.origin ? ` (${args.origin})` : ""}`,
      data: {
        version,
        versionId,
        sections: content.sections.length,
        source: args.source,
        newVersionOf: latest.version,
        ...(args.origin ? { origin: args.origin } : {}),
      },
    });
    return { frameworkId: framework.id, versionId, version };
  });
}
