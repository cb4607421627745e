import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: 43 characters, unguessable; the only copy is in the link sent. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the token: its SHA-256 (the token has 256 bits, so no salt or slow hash is needed). */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Only strings shaped like our tokens are looked up at all. */
export function isLinkTokenShape(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;
export const PASSWORD_RESET_TTL_MS = 3_600_000;

export type LinkRow = { expiresAt: Date; usedAt: Date | null; replacedAt: Date | null };
export type LinkState = "valid" | "used" | "replaced" | "expired" | "unknown";

/** A link works once, until it expires, and only while no newer link of its kind replaced it. */
export function linkState(row: LinkRow | null | undefined, now: Date): LinkState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.replacedAt) return "replaced";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
