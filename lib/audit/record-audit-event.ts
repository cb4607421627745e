import "server-only";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  data?: Record<string, unknown>;
};

/** Call inside the transaction of the change it records, so the two land together or not at all. */
export function recordAuditEvent(tx: Db | Tx, event: AuditInput) {
  tx.insert(auditEvents)
    .values({ ...event, data: event.data ?? {} })
    .run();
}
