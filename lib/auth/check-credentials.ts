import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";

export type CredentialDeps = {
  verify: (passwordHash: string, password: string) => Promise<boolean>;
  dummyHash: () => Promise<string>;
};

let dummy: Promise<string> | undefined;

/**
 * An argon2 hash of a random password nobody knows, made once on first use. Unknown, inactive and
 * password-less accounts are verified against it so that they take as long to refuse as a wrong
 * password does: the answer time does not tell whether an email has an account.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummy;
}

const defaultDeps: CredentialDeps = { verify: verifyPassword, dummyHash: dummyPasswordHash };

/** The id of the active person with this email and password, or null. Always runs one password verification. */
export async function checkCredentials(db: Db, email: string, password: string, deps: CredentialDeps = defaultDeps): Promise<string | null> {
  const row = db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
  const usable = row?.active && row.passwordHash ? row.passwordHash : null;
  const ok = await deps.verify(usable ?? (await deps.dummyHash()), password);
  return ok && usable && row ? row.id : null;
}
