import "server-only";
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { appSettings } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { forbiddenError } from "@/lib/errors";
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from "./retention-rules";

const KEY = "retention";

export type RetentionSetting = { months: number | null; updatedAt: Date | null };

/** The stored setting; off (null months) when an admin never turned it on. */
export function readRetentionSetting(db: DbOrTx): RetentionSetting {
  const row = db.select({ value: appSettings.value, updatedAt: appSettings.updatedAt }).from(appSettings).where(eq(appSettings.key, KEY)).get();
  const months = row?.value.months;
  const valid = typeof months === "number" && Number.isInteger(months) && months >= RETENTION_MONTHS_MIN && months <= RETENTION_MONTHS_MAX;
  return { months: valid ? months : null, updatedAt: row?.updatedAt ?? null };
}

/** An admin turns retention on (N months) or off; audited in the same transaction. */
export function saveRetentionSetting(db: Db, opts: { user: SessionUser; months: number | null; now?: Date }): RetentionSetting {
  if (!opts.user.roles.includes("admin")) throw forbiddenError("Only an admin can change the retention setting.");
  const now = opts.now ?? new Date();
  return db.transaction((tx) => {
    const before = readRetentionSetting(tx).months;
    tx.insert(appSettings)
      .values({ key: KEY, value: { months: opts.months }, updatedAt: now, updatedById: opts.user.id })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: { months: opts.months }, updatedAt: now, updatedById: opts.user.id } })
      .run();
    recordAuditEvent(tx, {
      actorId: opts.user.id,
      action: "retention.updated",
      entityType: "settings",
      entityId: KEY,
      summary:
        opts.months === null
          ? "Turned automatic erasure off"
          : `Set automatic erasure to ${opts.months} month${opts.months === 1 ? "" : "s"} after a candidate's final decision`,
      data: { from: before, to: opts.months },
    });
    return { months: opts.months, updatedAt: now };
  });
}
