import "server-only";
import { and, eq, lt, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { senderLeases } from "@/db/schema";

/**
 * Takes or renews the lease named `name` for `holder` until now + ttlMs. True when `holder` holds it afterwards:
 * it was free, expired, or already theirs. One statement, so two processes sharing the database never both win.
 */
export function acquireLease(db: DbOrTx, { name, holder, now, ttlMs }: { name: string; holder: string; now: Date; ttlMs: number }): boolean {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const result = db
    .insert(senderLeases)
    .values({ name, holder, expiresAt })
    .onConflictDoUpdate({
      target: senderLeases.name,
      set: { holder, expiresAt },
      setWhere: or(eq(senderLeases.holder, holder), lt(senderLeases.expiresAt, now)),
    })
    .run();
  return result.changes > 0;
}

/** Gives the lease up at once (on shutdown), so the next process need not wait for it to expire. */
export function releaseLease(db: DbOrTx, { name, holder }: { name: string; holder: string }) {
  db.delete(senderLeases)
    .where(and(eq(senderLeases.name, name), eq(senderLeases.holder, holder)))
    .run();
}
