import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accountLinks, users, type AccountLinkPurpose } from "@/db/schema";
import { hashLinkToken, isLinkTokenShape, linkState, newLinkToken, type LinkState } from "./link-token";

/**
 * Writes a new single-use link for `userId` and replaces every earlier one of the same purpose still open, so only
 * the newest link works. Call it inside the transaction that also writes the message carrying the token.
 */
export function issueAccountLink(
  tx: DbOrTx,
  { userId, purpose, now, ttlMs, createdById }: { userId: string; purpose: AccountLinkPurpose; now: Date; ttlMs: number; createdById: string | null },
): { token: string; expiresAt: Date } {
  tx.update(accountLinks)
    .set({ replacedAt: now })
    .where(and(eq(accountLinks.userId, userId), eq(accountLinks.purpose, purpose), isNull(accountLinks.usedAt), isNull(accountLinks.replacedAt)))
    .run();
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + ttlMs);
  tx.insert(accountLinks)
    .values({ userId, purpose, tokenHash: hashLinkToken(token), expiresAt, createdById, createdAt: now })
    .run();
  return { token, expiresAt };
}

export type LinkCheck = { state: Exclude<LinkState, "valid"> } | { state: "valid"; userId: string; name: string; email: string };

/** What a link is now, for its page: valid (with whose it is), or why not. An inactive person's link is "unknown". */
export function checkAccountLink(db: DbOrTx, { token, purpose, now }: { token: unknown; purpose: AccountLinkPurpose; now: Date }): LinkCheck {
  if (!isLinkTokenShape(token)) return { state: "unknown" };
  const row = db
    .select({
      userId: accountLinks.userId,
      expiresAt: accountLinks.expiresAt,
      usedAt: accountLinks.usedAt,
      replacedAt: accountLinks.replacedAt,
      name: users.name,
      email: users.email,
    })
    .from(accountLinks)
    .innerJoin(users, and(eq(users.id, accountLinks.userId), eq(users.active, true)))
    .where(and(eq(accountLinks.tokenHash, hashLinkToken(token)), eq(accountLinks.purpose, purpose)))
    .get();
  const state = linkState(row, now);
  if (state !== "valid" || !row) return { state: state === "valid" ? "unknown" : state };
  return { state: "valid", userId: row.userId, name: row.name, email: row.email };
}

/**
 * Uses the link up: one UPDATE that succeeds only while the link is unused, not replaced and not expired, so two
 * submissions of the same link never both win. Returns the person's id, or null. Call it inside the transaction
 * that sets the password.
 */
export function consumeAccountLink(tx: DbOrTx, { token, purpose, now }: { token: unknown; purpose: AccountLinkPurpose; now: Date }): string | null {
  if (!isLinkTokenShape(token)) return null;
  const row = tx
    .update(accountLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountLinks.tokenHash, hashLinkToken(token)),
        eq(accountLinks.purpose, purpose),
        isNull(accountLinks.usedAt),
        isNull(accountLinks.replacedAt),
        gt(accountLinks.expiresAt, now),
      ),
    )
    .returning({ userId: accountLinks.userId })
    .get();
  return row?.userId ?? null;
}
