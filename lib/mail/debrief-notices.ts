import "server-only";
import { and, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db, DbOrTx } from "@/db/client";
import { applications, candidates, outboxMessages, roleMembers, roles, users } from "@/db/schema";
import { env } from "@/lib/env";
import { panelCounts } from "@/lib/candidates/panel-progress";
import { enqueueNotice } from "./enqueue-notice";

/** A debrief that has waited this long for a decision since its panel was complete gets a second notice. */
export const DEBRIEF_WAITING_AFTER_MS = 2 * 86_400_000;
/** How far back the tick looks for debriefs that became ready (one notice each, within days of the two). */
const WAITING_WINDOW_MS = 7 * 86_400_000;

/**
 * Inside the transaction that submits a scorecard: when every scheduled scorecard of the application is now in, each
 * of the role's hiring managers (but the one who just submitted) is told the debrief is ready. Keyed by the number of
 * scorecards, so an extra interview after a hold brings a new notice, and a repeat brings none.
 */
export function enqueueDebriefReadyIfComplete(tx: DbOrTx, opts: { applicationId: string; actorId: string; now: Date }): number {
  const app = tx
    .select({ roleId: roles.id, roleTitle: roles.title, candidateName: candidates.name, status: applications.status, ...panelCounts() })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(applications.id, opts.applicationId))
    .get();
  if (!app || (app.status !== "active" && app.status !== "debrief")) return 0;
  // The kept panel counts (lib/candidates/panel-progress.ts): the scheduled interviews and their submitted scorecards.
  const { interviews: scheduled, submitted } = app;
  if (scheduled === 0 || submitted < scheduled) return 0;
  const managers = tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(roleMembers)
    .innerJoin(users, eq(users.id, roleMembers.userId))
    .where(and(eq(roleMembers.roleId, app.roleId), eq(roleMembers.membership, "hiring-manager"), eq(users.active, true)))
    .all()
    .filter((m) => m.id !== opts.actorId);
  const debriefUrl = `${env().publicUrl}/applications/${opts.applicationId}/debrief`;
  let written = 0;
  for (const manager of managers) {
    const outcome = enqueueNotice(tx, {
      kind: "debrief-ready",
      recipient: manager,
      subject: `Debrief ready: ${app.candidateName}, ${app.roleTitle}`,
      paragraphs: [
        `Hi ${manager.name},`,
        `Every scheduled scorecard for ${app.candidateName} (${app.roleTitle}) is in: ${submitted} of ${scheduled}.`,
        "The debrief shows the panel's evidence side by side and the recommendation with its reasons. Record the decision there, or hold it and name what to probe.",
      ],
      link: { href: debriefUrl, label: "Open the debrief" },
      dedupeKey: `debrief-ready:${opts.applicationId}:${manager.id}:${submitted}`,
      applicationId: opts.applicationId,
      now: opts.now,
    });
    if (outcome !== "duplicate") written += 1;
  }
  return written;
}

/**
 * The tick's second job: a debrief-ready notice older than two days whose application still has no decision (or
 * only a hold older than the notice) gets one "still waiting" notice to the same manager. One indexed query on
 * the ready notices (kind, written at); the key is the ready notice's own.
 */
export function writeWaitingDebriefNotices(db: Db, now: Date): number {
  const waiting = alias(outboxMessages, "waiting");
  const rows = db
    .select({
      applicationId: applications.id,
      readyKey: outboxMessages.dedupeKey,
      readyAt: outboxMessages.createdAt,
      recipient: { id: users.id, email: users.email, name: users.name },
      candidateName: candidates.name,
      roleTitle: roles.title,
    })
    .from(outboxMessages)
    .innerJoin(applications, eq(applications.id, outboxMessages.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(users, eq(users.id, outboxMessages.recipientId))
    .leftJoin(waiting, eq(waiting.dedupeKey, sql`'debrief-waiting:' || ${outboxMessages.dedupeKey}`))
    .where(
      and(
        eq(outboxMessages.kind, "debrief-ready"),
        lte(outboxMessages.createdAt, new Date(now.getTime() - DEBRIEF_WAITING_AFTER_MS)),
        gte(outboxMessages.createdAt, new Date(now.getTime() - DEBRIEF_WAITING_AFTER_MS - WAITING_WINDOW_MS)),
        isNotNull(outboxMessages.dedupeKey),
        sql`${waiting.id} is null`,
        inArray(applications.status, ["active", "debrief"]),
        eq(users.active, true),
        sql`not exists (select 1 from decisions d where d.application_id = ${applications.id} and (d.held = 0 or d.created_at >= ${outboxMessages.createdAt}))`,
        // Still complete: no interview scheduled since without its scorecard.
        eq(applications.awaitingScorecards, 0),
      ),
    )
    .all();
  if (rows.length === 0) return 0;
  const { publicUrl } = env();
  return db.transaction((tx) => {
    let written = 0;
    for (const r of rows) {
      const days = Math.floor((now.getTime() - r.readyAt.getTime()) / 86_400_000);
      const outcome = enqueueNotice(tx, {
        kind: "debrief-waiting",
        recipient: r.recipient,
        subject: `Debrief waiting: ${r.candidateName}, ${r.roleTitle}`,
        paragraphs: [
          `Hi ${r.recipient.name},`,
          `The debrief for ${r.candidateName} (${r.roleTitle}) has had every scorecard for ${days} days and is waiting for your decision.`,
          "Candidates hear from us sooner when the decision follows the panel closely. Record it, or hold it and name what to probe.",
        ],
        link: { href: `${publicUrl}/applications/${r.applicationId}/debrief`, label: "Open the debrief" },
        dedupeKey: `debrief-waiting:${r.readyKey}`,
        applicationId: r.applicationId,
        now,
      });
      if (outcome !== "duplicate") written += 1;
    }
    return written;
  });
}
