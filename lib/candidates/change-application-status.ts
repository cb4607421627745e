import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { applications } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors";
import { APPLICATION_STATUS_LABELS, STATUS_TRANSITIONS, type changeApplicationStatusSchema } from "./candidate-schema";
import { loadEditableApplication } from "./load-editable-application";

/** Moves an application along the pipeline (to debrief, withdrawn, or back to active). "Decided" comes only from a decision. */
export function changeApplicationStatus(
  db: Db,
  { user, applicationId, status }: z.output<typeof changeApplicationStatusSchema> & { user: SessionUser },
): { status: typeof status } {
  return db.transaction((tx) => {
    const application = loadEditableApplication(tx, user, applicationId);
    if (application.status === status) return { status };
    if (!STATUS_TRANSITIONS[application.status].includes(status)) {
      throw conflict(
        application.status === "decided"
          ? `${application.candidateName}'s application is decided; its status follows the recorded decision.`
          : `An application that is ${APPLICATION_STATUS_LABELS[application.status].toLowerCase()} can't move to ${APPLICATION_STATUS_LABELS[status].toLowerCase()}.`,
      );
    }
    tx.update(applications).set({ status, updatedAt: new Date() }).where(eq(applications.id, application.id)).run();
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "application.status-changed",
      entityType: "application",
      entityId: application.id,
      summary: `Moved ${application.candidateName} (${application.roleTitle}) from ${APPLICATION_STATUS_LABELS[application.status].toLowerCase()} to ${APPLICATION_STATUS_LABELS[status].toLowerCase()}`,
      data: { from: application.status, to: status, roleId: application.roleId },
    });
    return { status };
  });
}
