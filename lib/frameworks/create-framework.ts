import "server-only";
import type { Db } from "@/db/client";
import { frameworks } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { DomainError, invalid } from "@/lib/errors";
import { assertCanEditFrameworks } from "./framework-editors";
import { frameworkNameTaken, nameTakenMessage } from "./framework-name-taken";
import type { FrameworkContent } from "./types";
import { validContentOrThrow } from "./validate-content";
import { writeFrameworkVersion } from "./write-framework-version";

export type FrameworkSource = "blank" | "copy" | "markdown" | "json";

const SOURCE_WORDS: Record<FrameworkSource, string> = {
  blank: "from scratch",
  copy: "as a copy",
  markdown: "from a Markdown checklist",
  json: "from a Levelset JSON file",
};

/**
 * A new framework with version 1, as a draft or (JSON import with "publish now") published,
 * in one transaction with its audit events. A blank framework may start with no sections;
 * anything else must satisfy the framework schema.
 */
export function createFramework(
  db: Db,
  args: {
    user: SessionUser;
    content: FrameworkContent;
    source: FrameworkSource;
    publish?: boolean;
    /** For the audit log: the file name or the framework copied. */
    origin?: string;
  },
): { frameworkId: string; versionId: string } {
  assertCanEditFrameworks(args.user);
  const { source, user } = args;
  const publish = args.publish === true;
  let content: FrameworkContent;
  if (source === "blank" && args.content.sections.length === 0) {
    if (args.content.name.trim() === "") throw invalid("Give the framework a name.", { name: ["Give the framework a name."] });
    content = { name: args.content.name.trim(), description: args.content.description.trim(), sections: [] };
  } else {
    content = validContentOrThrow(args.content);
  }
  if (publish && content.sections.length === 0) throw invalid("A framework needs at least one section before it can be published.");

  return db.transaction((tx) => {
    if (frameworkNameTaken(tx, content.name)) {
      const message = nameTakenMessage(content.name);
      throw new DomainError("conflict", message, { name: [message] });
    }
    const frameworkId = crypto.randomUUID();
    tx.insert(frameworks).values({ id: frameworkId, name: content.name, description: content.description, createdById: user.id }).run();
    const versionId = writeFrameworkVersion(tx, { frameworkId, version: 1, content, published: publish, publishedById: user.id });
    const data = { version: 1, versionId, sections: content.sections.length, source, ...(args.origin ? { origin: args.origin } : {}) };
    const imported = source === "markdown" || source === "json";
    recordAuditEvent(tx, {
      actorId: user.id,
      action: imported ? "framework.imported" : "framework.draft-created",
      entityType: "framework",
      entityId: frameworkId,
      summary: `${imported ? "Imported" : "Created"} ${content.name} ${SOURCE_WORDS[source]}${args.origin ? ` (${args.origin})` : ""}`,
      data,
    });
    if (publish) {
      recordAuditEvent(tx, {
        actorId: user.id,
        action: "framework.published",
        entityType: "framework",
        entityId: frameworkId,
        summary: `Published ${content.name} v1`,
        data: { version: 1, versionId, sections: content.sections.length },
      });
    }
    return { frameworkId, versionId };
  });
}
