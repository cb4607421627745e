import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accountLinks } from "@/db/schema";
import { linkState } from "./link-token";

/** The person's newest invitation link (never its token): sent when, works until when, and its state now. */
export function latestInvitation(db: DbOrTx, userId: string, now = new Date()) {
  const row = db
    .select({
      createdAt: accountLinks.createdAt,
      expiresAt: accountLinks.expiresAt,
      usedAt: accountLinks.usedAt,
      replacedAt: accountLinks.replacedAt,
    })
    .from(accountLinks)
    .where(and(eq(accountLinks.userId, userId), eq(accountLinks.purpose, "invitation")))
    .orderBy(desc(accountLinks.createdAt))
    .limit(1)
    .get();
  return row ? { ...row, state: linkState(row, now) } : null;
}
