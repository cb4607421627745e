import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbiddenError, invalid, notFound } from "@/lib/errors";
import { writeInvitation } from "./write-invitation";

/** An admin sends a person a new invitation; the earlier link stops working. Message and audit in one transaction. */
export function resendInvitation(db: Db, { actor, userId, now = new Date() }: { actor: SessionUser; userId: string; now?: Date }) {
  if (!actor.roles.includes("admin")) throw forbiddenError("Only admins send invitations.");
  const person = db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!person) throw notFound("That person");
  if (!person.active) throw invalid(`${person.name} is deactivated. Reactivate them first, then send the invitation.`);
  return db.transaction((tx) => {
    const sent = writeInvitation(tx, { person, invitedBy: actor, now });
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "person.invited",
      entityType: "user",
      entityId: person.id,
      summary: `Sent ${person.name} a new invitation to join; the earlier link no longer works`,
    });
    return { to: person.email, expiresAt: sent.expiresAt };
  });
}
