import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userRoles, users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { writeInvitation } from "@/lib/accounts/write-invitation";
import { dropCalendarFeed } from "@/lib/calendar/calendar-feed-token";
import { hashPassword } from "@/lib/auth/password";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import type { SessionUser } from "@/lib/auth/session-user";
import { invalid, notFound } from "@/lib/errors";
import { skipPendingReminders } from "@/lib/mail/skip-pending-reminders";
import { plural } from "@/lib/plural";
import { listUpcomingAsInterviewer } from "./load-deactivation";
import { assertAdmin, assertAnotherActiveAdmin } from "./people-guards";
import type { CreatePersonInput, UpdatePersonInput } from "./person-schema";

/** Adds a person and, in the same transaction, writes their invitation to join (lib/accounts/write-invitation.ts). */
export async function createPerson(db: Db, { actor, input, now = new Date() }: { actor: SessionUser; input: CreatePersonInput; now?: Date }) {
  assertAdmin(actor);
  const taken = db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
  if (taken) throw invalid("Someone already has that email address.", { email: ["Someone already has that email address."] });
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = crypto.randomUUID();
  db.transaction((tx) => {
    tx.insert(users).values({ id, name: input.name, email: input.email, level: input.level, passwordHash }).run();
    for (const role of new Set(input.roles)) tx.insert(userRoles).values({ userId: id, role }).run();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "person.created",
      entityType: "user",
      entityId: id,
      summary: `Added ${input.name} (${input.roles.join(", ") || "no roles"})`,
      data: { roles: input.roles, level: input.level },
    });
    writeInvitation(tx, { person: { id, name: input.name, email: input.email }, invitedBy: actor, now });
  });
  return { id };
}

export async function updatePerson(db: Db, { actor, input, now = new Date() }: { actor: SessionUser; input: UpdatePersonInput; now?: Date }) {
  assertAdmin(actor);
  const before = db
    .select({ id: users.id, name: users.name, level: users.level, active: users.active })
    .from(users)
    .where(eq(users.id, input.userId))
    .get();
  if (!before) throw notFound("That person");
  const isSelf = actor.id === input.userId;
  if (isSelf && (!input.active || !input.roles.includes("admin"))) {
    throw invalid("You can't remove your own admin role or deactivate yourself. Ask another admin to do it.");
  }
  if (!input.roles.includes("admin") || !input.active) assertAnotherActiveAdmin(db, input.userId);
  const beforeRoles = db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, input.userId))
    .all()
    .map((r) => r.role)
    .sort();
  const roles = [...new Set(input.roles)].sort();
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const deactivating = before.active && !input.active;
  db.transaction((tx) => {
    if (deactivating) {
      // Their upcoming interviews would stay scheduled and counted: the deactivation page hands each one over first.
      const upcoming = listUpcomingAsInterviewer(tx, { actor, userId: input.userId, now }).length;
      if (upcoming > 0) {
        const message = `${before.name} has ${plural(upcoming, "upcoming interview")} as interviewer. Deactivate them with “Deactivate and hand over interviews”, which lists each one so you can reassign or cancel it; nothing was saved.`;
        throw invalid(message, { active: [message] });
      }
    }
    tx.update(users)
      .set({ name: input.name, level: input.level, active: input.active, ...(passwordHash ? { passwordHash } : {}) })
      .where(eq(users.id, input.userId))
      .run();
    // A new password or a deactivation ends the sessions the person already holds.
    if (passwordHash || deactivating) bumpSessionVersion(tx, input.userId);
    if (deactivating) skipPendingReminders(tx, { id: input.userId, name: before.name });
    // A deactivated person's calendar feed is deleted with them (the feed route also refuses inactive people).
    const feedTurnedOff = deactivating && dropCalendarFeed(tx, input.userId);
    tx.delete(userRoles).where(eq(userRoles.userId, input.userId)).run();
    for (const role of roles) tx.insert(userRoles).values({ userId: input.userId, role }).run();
    const changes: string[] = [];
    if (beforeRoles.join() !== roles.join()) changes.push(`roles ${beforeRoles.join(", ") || "none"} → ${roles.join(", ") || "none"}`);
    if (before.level !== input.level) changes.push(`level ${before.level} → ${input.level}`);
    if (before.active !== input.active) changes.push(input.active ? "reactivated" : "deactivated");
    if (feedTurnedOff) changes.push("calendar feed turned off");
    if (before.name !== input.name) changes.push(`name → ${input.name}`);
    if (passwordHash) changes.push("password reset");
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "person.updated",
      entityType: "user",
      entityId: input.userId,
      summary: `Updated ${input.name}: ${changes.join("; ") || "no changes"}`,
      data: { beforeRoles, roles, beforeLevel: before.level, level: input.level, active: input.active },
    });
  });
}
