import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountLinks, users, type AccountLinkPurpose } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { invalid } from "@/lib/errors";
import { checkAccountLink, consumeAccountLink } from "./account-links";
import type { SetPasswordInput } from "./account-schemas";
import { linkProblem } from "./link-messages";

/**
 * Sets the password of the link's person, in one transaction: the link is used up (once only), the password hash
 * written, every session the person held ended (users.session_version), every other open link of theirs replaced,
 * and the change audited. Returns the email to sign in with. Refuses with the reason when the link does not work.
 */
export async function setPasswordFromLink(
  db: Db,
  { purpose, input, now = new Date() }: { purpose: AccountLinkPurpose; input: SetPasswordInput; now?: Date },
): Promise<{ userId: string; email: string }> {
  const refuse = () => {
    const check = checkAccountLink(db, { token: input.token, purpose, now });
    const { title, body } = linkProblem(purpose, check.state === "valid" ? "unknown" : check.state);
    return invalid(`${title}. ${body}`);
  };
  // Before hashing (tens of milliseconds), so a dead link is told at once; checked again, atomically, below.
  if (checkAccountLink(db, { token: input.token, purpose, now }).state !== "valid") throw refuse();
  const passwordHash = await hashPassword(input.password);
  const done = db.transaction((tx) => {
    const userId = consumeAccountLink(tx, { token: input.token, purpose, now });
    if (!userId) return null;
    const person = tx
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.active, true)))
      .get();
    // A person deactivated since the link was sent: throwing undoes the link's use with the rest.
    if (!person) throw invalid("This account is deactivated. Ask an admin if you should have access.");
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    bumpSessionVersion(tx, userId);
    tx.update(accountLinks)
      .set({ replacedAt: now })
      .where(
        and(
          eq(accountLinks.userId, userId),
          inArray(accountLinks.purpose, ["invitation", "password-reset"]),
          isNull(accountLinks.usedAt),
          isNull(accountLinks.replacedAt),
        ),
      )
      .run();
    recordAuditEvent(tx, {
      actorId: userId,
      action: purpose === "invitation" ? "person.joined" : "password.reset",
      entityType: "user",
      entityId: userId,
      summary:
        purpose === "invitation"
          ? `${person.name} joined: set a password from the invitation`
          : `${person.name} reset their password from an emailed link; other sessions ended`,
    });
    return { userId, email: person.email };
  });
  if (!done) throw refuse();
  return done;
}
