import "server-only";
import { and, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { action?: string; q?: string; before?: string; from?: Date; until?: Date };

/** Newest first, paged by a cursor (time and id of the last row shown) so deep pages stay fast and skip nothing. */
export function listAuditEvents(db: Db, filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE) {
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.from) conditions.push(gte(auditEvents.at, filters.from));
  if (filters.until) conditions.push(lt(auditEvents.at, filters.until));
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(sql`${auditEvents.summary} LIKE ${pattern} ESCAPE '\\'`, sql`${users.name} LIKE ${pattern} ESCAPE '\\'`);
    if (match) conditions.push(match);
  }
  const cursor = parseCursor(filters.before);
  if (cursor) {
    const older = or(lt(auditEvents.at, cursor.at), and(eq(auditEvents.at, cursor.at), lt(auditEvents.id, cursor.id)));
    if (older) conditions.push(older);
  }
  const rows = db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      summary: auditEvents.summary,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(pageSize + 1)
    .all();
  const hasMore = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return { events: page, nextBefore: hasMore && last ? `${last.at.getTime()}_${last.id}` : null };
}

/** Every matching event, newest first, read a page at a time so a long log never sits in memory whole (the CSV). */
export function* allAuditEvents(db: Db, filters: Omit<AuditFilters, "before">, pageSize = 500) {
  let before: string | undefined;
  for (;;) {
    const { events, nextBefore } = listAuditEvents(db, { ...filters, before }, pageSize);
    yield* events;
    if (!nextBefore) return;
    before = nextBefore;
  }
}

function parseCursor(value: string | undefined): { at: Date; id: string } | null {
  const match = value ? /^(\d{1,15})_([\w-]{1,64})$/.exec(value) : null;
  if (!match?.[1] || !match[2]) return null;
  return { at: new Date(Number(match[1])), id: match[2] };
}

/**
 * The actions the log holds, in order, for the filter. Read by skipping along audit_events_action_idx, one probe per
 * distinct action: a DISTINCT walked every event of the log on each view of the page.
 */
export function listAuditActions(db: Db): string[] {
  return db
    .all<{ action: string }>(
      sql`with recursive next(action) as (
        select min(action) from audit_events
        union all
        select (select min(e.action) from audit_events e where e.action > next.action) from next where next.action is not null
      ) select action from next where action is not null`,
    )
    .map((r) => r.action);
}
