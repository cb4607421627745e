import "server-only";
import type { DbOrTx } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  data?: Record<string, unknown>;
};

/** Call inside the transaction of the change it records, so the two land together or not at all. */
export function recordAuditEvent(tx: DbOrTx, event: AuditInput) {
  tx.insert(auditEvents)
    .values({ ...event, data: event.data ?? {} })
    .run();
}
