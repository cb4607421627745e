/**
 * Erasing a candidate: the personal data of someone who never agreed to be kept goes, the numbers that
 * calibrate the panel stay. Every column of db/schema.ts that can hold a candidate's personal data, and
 * what erasure does to it (tests/unit/candidates/erase-candidate.test.ts seeds a canary into each one,
 * erases, and then reads every text column of every table, so a new column that is forgotten fails):
 *
 * | table.column                         | holds                                | on erasure                               |
 * |--------------------------------------|--------------------------------------|------------------------------------------|
 * | candidates.name                      | the person's name                    | "Erased candidate"                       |
 * | candidates.email                     | their email                          | erased-<id>@erased.invalid (unique, non-routable) |
 * | candidates.links                     | profile links                        | []                                       |
 * | candidates.erased_at                 | —                                    | set: pages show the erased state         |
 * | (earlier names, emails, links)       | kept in candidate.updated events     | found there and replaced wherever copied |
 * | applications.notes                   | the role team's notes                | ""                                       |
 * | interviews.not_held_reason           | why it did not happen (may name them)| placeholder sentence when it was set      |
 * | scorecards.summary                   | the interviewer's summary            | ""                                       |
 * | scorecard_ratings.evidence           | written evidence                     | ""  (rating, scope, items observed stay) |
 * | scorecard_red_flags.note             | a red flag's note                    | ""  (the flag itself stays)              |
 * | scorecard_amendments.reason          | why it was amended                   | placeholder sentence                     |
 * | scorecard_amendments.before / after  | JSON snapshots with evidence, notes  | text fields emptied, ratings kept        |
 * | decisions.rationale                  | the hiring manager's reasoning       | placeholder sentence                     |
 * | decisions.override_reason            | why against the recommendation       | placeholder sentence when it was set      |
 * | decisions.engine_snapshot            | engine output (numbers, section text)| any string naming the person replaced    |
 * | decisions.partial_panel_reason       | why decided with scorecards missing  | placeholder sentence when it was set      |
 * | decision_history.reason / rationale / override_reason / partial_panel_reason | an earlier decision's words | placeholder sentence (when set) |
 * | decision_history.engine_snapshot     | an earlier decision's engine output  | any string naming the person replaced    |
 * | audit_events.summary                 | sentences naming the candidate       | name, email and free text replaced       |
 * | audit_events.data                    | JSON; reasons of not-held/amendments | only ids, statuses, levels, dates kept   |
 * | outbox_messages (of its interviews)  | emails naming the candidate          | deleted, sent or not                     |
 *
 * Not candidate data: users, user_roles, sign_in_throttle (staff accounts; keyed hashes), frameworks and
 * their sections/items/questions/red flags, roles and their plans and teams, app_settings.
 * Ratings (0–2), not-assessed marks, scopes, recommendations and decisions' level/hire stay as anonymous
 * numbers, so calibration analytics and rater agreement still count them.
 */
import "server-only";
import { and, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  applications,
  auditEvents,
  candidates,
  decisionHistory,
  decisions,
  interviews,
  outboxMessages,
  scorecardAmendments,
  scorecardRatings,
  scorecardRedFlags,
  scorecards,
  users,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { allOf, anyOf } from "@/lib/permissions/conditions";
import { conflict, forbiddenError, invalid, notFound } from "@/lib/errors";
import { ERASED_NAME, ERASED_TEXT, erasedEmail, sameName } from "./erasure-rules";

/** Audit data keys that hold ids, statuses, levels, counts or dates: kept on an erased candidate's events; any other key goes. */
const AUDIT_KEYS_KEPT = new Set([
  "applicationId",
  "interviewId",
  "scorecardId",
  "amendmentId",
  "decisionId",
  "roleId",
  "candidateId",
  "stageId",
  "interviewerId",
  "revision",
  "from",
  "to",
  "scheduledAt",
  "level",
  "hire",
  "recommendedLevel",
  "recommendedConfidence",
  "againstRecommendation",
  "decidedLevelLabel",
  "existingCandidate",
  "afterPanelVisible",
  "changed",
]);

/** Keys of a scorecard snapshot (scorecard_amendments.before/after) whose text is written by a person. */
const SNAPSHOT_TEXT_KEYS = new Set(["evidence", "note", "summary", "reason", "rationale", "notes"]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The needles as whole words or phrases (never inside a longer word: "Al" does not touch "Alvarez"), case-insensitive, longest first. */
function needlePattern(needles: readonly string[]): RegExp | null {
  const usable = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** Replaces every occurrence of each needle with `[erased]`. */
export function redact(text: string, needles: readonly string[]): string {
  const pattern = needlePattern(needles);
  return pattern ? text.replace(pattern, "[erased]") : text;
}

/** Walks JSON: strings under person-written keys are emptied, every other string has the needles redacted. */
function scrubJson(value: unknown, needles: readonly string[], emptyKeys: ReadonlySet<string>): unknown {
  if (typeof value === "string") return redact(value, needles);
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, needles, emptyKeys));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = emptyKeys.has(key) && typeof v === "string" ? "" : scrubJson(v, needles, emptyKeys);
    }
    return out;
  }
  return value;
}

const fromTo = (value: unknown): string[] => {
  if (!value || typeof value !== "object") return [];
  return Object.values(value as Record<string, unknown>).flatMap((v) =>
    typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [],
  );
};

/**
 * The names, emails and links the candidate had before an edit (lib/candidates/edit-candidate.ts records them as
 * old → new in its audit events): erasure looks for these too, or a sentence written under the earlier name keeps it.
 */
function formerIdentity(events: { data: Record<string, unknown> }[]): { names: string[]; contact: string[] } {
  const names: string[] = [];
  const contact: string[] = [];
  for (const { data } of events) {
    names.push(...fromTo(data.name));
    contact.push(...fromTo(data.email), ...fromTo(data.links));
  }
  return { names, contact };
}

const inIds = (column: Parameters<typeof inArray>[0], ids: string[]): SQL => (ids.length > 0 ? inArray(column, ids) : sql`1 = 0`);

export type ErasedCandidate = { candidateId: string; applications: number };

/**
 * Erases one candidate's personal data everywhere, inside the caller's transaction. Writes no audit event of
 * its own (the caller records `candidate.erased` with who and why); returns what it touched.
 */
export function eraseCandidateData(tx: Tx, candidateId: string, now: Date): ErasedCandidate {
  const candidate = tx
    .select({ id: candidates.id, name: candidates.name, email: candidates.email, links: candidates.links })
    .from(candidates)
    .where(eq(candidates.id, candidateId))
    .get();
  if (!candidate) throw notFound("The candidate");

  const apps = tx
    .select({ id: applications.id, notes: applications.notes })
    .from(applications)
    .where(eq(applications.candidateId, candidateId))
    .all();
  const appIds = apps.map((a) => a.id);
  const interviewRows = tx
    .select({ id: interviews.id, notHeldReason: interviews.notHeldReason })
    .from(interviews)
    .where(inIds(interviews.applicationId, appIds))
    .all();
  const interviewIds = interviewRows.map((i) => i.id);
  const cards = tx.select({ id: scorecards.id, summary: scorecards.summary }).from(scorecards).where(inIds(scorecards.applicationId, appIds)).all();
  const cardIds = cards.map((c) => c.id);
  const evidence = tx.select({ text: scorecardRatings.evidence }).from(scorecardRatings).where(inIds(scorecardRatings.scorecardId, cardIds)).all();
  const flagNotes = tx.select({ text: scorecardRedFlags.note }).from(scorecardRedFlags).where(inIds(scorecardRedFlags.scorecardId, cardIds)).all();
  const amendments = tx
    .select({ id: scorecardAmendments.id, reason: scorecardAmendments.reason, before: scorecardAmendments.before, after: scorecardAmendments.after })
    .from(scorecardAmendments)
    .where(inIds(scorecardAmendments.scorecardId, cardIds))
    .all();
  const decisionRows = tx
    .select({
      id: decisions.id,
      rationale: decisions.rationale,
      overrideReason: decisions.overrideReason,
      partialPanelReason: decisions.partialPanelReason,
      engineSnapshot: decisions.engineSnapshot,
    })
    .from(decisions)
    .where(inIds(decisions.applicationId, appIds))
    .all();
  const earlierDecisions = tx
    .select({
      id: decisionHistory.id,
      reason: decisionHistory.reason,
      rationale: decisionHistory.rationale,
      overrideReason: decisionHistory.overrideReason,
      partialPanelReason: decisionHistory.partialPanelReason,
      engineSnapshot: decisionHistory.engineSnapshot,
    })
    .from(decisionHistory)
    .where(inIds(decisionHistory.applicationId, appIds))
    .all();

  const related = anyOf(
    allOf(eq(auditEvents.entityType, "candidate"), eq(auditEvents.entityId, candidateId)),
    allOf(eq(auditEvents.entityType, "application"), inIds(auditEvents.entityId, appIds)),
    allOf(eq(auditEvents.entityType, "interview"), inIds(auditEvents.entityId, interviewIds)),
    allOf(eq(auditEvents.entityType, "scorecard"), inIds(auditEvents.entityId, cardIds)),
    appIds.length > 0 ? inArray(sql`json_extract(${auditEvents.data}, '$.applicationId')`, appIds) : sql`1 = 0`,
    eq(sql`json_extract(${auditEvents.data}, '$.candidateId')`, candidateId),
  );
  const relatedEvents = tx
    .select({ id: auditEvents.id, summary: auditEvents.summary, data: auditEvents.data })
    .from(auditEvents)
    .where(related)
    .all();

  // Everything a person wrote about the candidate: redacted wherever it was copied (audit summaries, snapshots).
  const former = formerIdentity(relatedEvents);
  const identity = [candidate.name, candidate.email, ...candidate.links, ...former.names, ...former.contact];
  const freeText = [
    ...apps.map((a) => a.notes),
    ...interviewRows.map((i) => i.notHeldReason ?? ""),
    ...cards.map((c) => c.summary),
    ...evidence.map((e) => e.text),
    ...flagNotes.map((f) => f.text),
    ...amendments.map((a) => a.reason),
    ...decisionRows.flatMap((d) => [d.rationale, d.overrideReason ?? "", d.partialPanelReason ?? ""]),
    ...earlierDecisions.flatMap((d) => [d.reason, d.rationale, d.overrideReason ?? "", d.partialPanelReason ?? ""]),
    ...relatedEvents.flatMap((e) => Object.entries(e.data).flatMap(([k, v]) => (!AUDIT_KEYS_KEPT.has(k) && typeof v === "string" ? [v] : []))),
  ].filter((t) => t.trim().length >= 3);
  const needles = [...identity, ...freeText];
  // In sentences the name reads as "Erased candidate" ("Scheduled … for Erased candidate"), everything else a
  // person wrote as [erased]; free text first, since it may contain the name.
  const namePattern = needlePattern([candidate.name, ...former.names]);
  // Staff whose own name contains the candidate's (candidate "Sam", interviewer "Sam Okoro") keep theirs.
  const staffNames = namePattern
    ? tx
        .select({ name: users.name })
        .from(users)
        .all()
        .map((u) => u.name)
        .filter((n) => n.trim() !== candidate.name.trim() && !former.names.includes(n) && new RegExp(namePattern.source, "iu").test(n))
    : [];
  const withErasedName = (text: string) => {
    if (!namePattern) return text;
    const kept: string[] = [];
    let out = text;
    for (const staff of staffNames.sort((a, b) => b.length - a.length)) {
      out = out.replaceAll(staff, () => `\uE000${kept.push(staff) - 1}\uE000`);
    }
    out = out.replace(namePattern, ERASED_NAME);
    return out.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => kept[Number(i)] ?? "");
  };
  const contact = [candidate.email, ...candidate.links, ...former.contact];
  const scrubSentence = (text: string, texts: readonly string[]) => redact(withErasedName(redact(text, texts)), contact);

  tx.update(candidates)
    .set({ name: ERASED_NAME, email: erasedEmail(candidateId), links: [], erasedAt: now })
    .where(eq(candidates.id, candidateId))
    .run();
  if (appIds.length > 0) {
    tx.update(applications).set({ notes: "", updatedAt: now }).where(inArray(applications.id, appIds)).run();
    tx.update(interviews)
      .set({ notHeldReason: ERASED_TEXT })
      .where(and(inArray(interviews.applicationId, appIds), isNotNull(interviews.notHeldReason)))
      .run();
    tx.update(scorecards).set({ summary: "" }).where(inArray(scorecards.applicationId, appIds)).run();
  }
  // Interview emails name the candidate in every part; one not yet sent must not go out after erasure either.
  if (interviewIds.length > 0) tx.delete(outboxMessages).where(inArray(outboxMessages.interviewId, interviewIds)).run();
  // So do the debrief notices about the candidate's applications (lib/mail/debrief-notices.ts).
  if (appIds.length > 0) tx.delete(outboxMessages).where(inArray(outboxMessages.applicationId, appIds)).run();
  if (cardIds.length > 0) {
    tx.update(scorecardRatings).set({ evidence: "" }).where(inArray(scorecardRatings.scorecardId, cardIds)).run();
    tx.update(scorecardRedFlags).set({ note: "" }).where(inArray(scorecardRedFlags.scorecardId, cardIds)).run();
  }
  for (const a of amendments) {
    tx.update(scorecardAmendments)
      .set({ reason: ERASED_TEXT, before: scrubJson(a.before, needles, SNAPSHOT_TEXT_KEYS), after: scrubJson(a.after, needles, SNAPSHOT_TEXT_KEYS) })
      .where(eq(scorecardAmendments.id, a.id))
      .run();
  }
  for (const d of decisionRows) {
    tx.update(decisions)
      .set({
        rationale: ERASED_TEXT,
        overrideReason: d.overrideReason === null ? null : ERASED_TEXT,
        partialPanelReason: d.partialPanelReason === null ? null : ERASED_TEXT,
        engineSnapshot: scrubJson(d.engineSnapshot, needles, SNAPSHOT_TEXT_KEYS),
      })
      .where(eq(decisions.id, d.id))
      .run();
  }
  for (const d of earlierDecisions) {
    tx.update(decisionHistory)
      .set({
        reason: ERASED_TEXT,
        rationale: ERASED_TEXT,
        overrideReason: d.overrideReason === null ? null : ERASED_TEXT,
        partialPanelReason: d.partialPanelReason === null ? null : ERASED_TEXT,
        engineSnapshot: scrubJson(d.engineSnapshot, needles, SNAPSHOT_TEXT_KEYS),
      })
      .where(eq(decisionHistory.id, d.id))
      .run();
  }
  for (const e of relatedEvents) {
    const kept: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e.data)) if (AUDIT_KEYS_KEPT.has(k)) kept[k] = typeof v === "string" ? redact(v, identity) : v;
    tx.update(auditEvents)
      .set({ summary: scrubSentence(e.summary, freeText), data: { ...kept, candidateErased: true } })
      .where(eq(auditEvents.id, e.id))
      .run();
  }
  // Events not tied to the candidate's records that still name them (by exact name or email). A name shorter
  // than four characters is too likely to be part of someone else's sentence to look for on its own.
  const relatedIds = new Set(relatedEvents.map((e) => e.id));
  const lookFor = [
    ...new Set([
      candidate.email,
      ...former.contact.filter((c) => c.includes("@")),
      ...[candidate.name, ...former.names].map((n) => n.trim()).filter((n) => n.length >= 4),
    ]),
  ];
  const naming = anyOf(
    ...lookFor.flatMap((needle) => [sql`instr(${auditEvents.summary}, ${needle}) > 0`, sql`instr(${auditEvents.data}, ${needle}) > 0`]),
  );
  for (const e of tx.select({ id: auditEvents.id, summary: auditEvents.summary, data: auditEvents.data }).from(auditEvents).where(naming).all()) {
    if (relatedIds.has(e.id)) continue;
    tx.update(auditEvents)
      .set({ summary: scrubSentence(e.summary, []), data: scrubJson(e.data, identity, new Set()) as Record<string, unknown> })
      .where(eq(auditEvents.id, e.id))
      .run();
  }
  return { candidateId, applications: appIds.length };
}

/** SQLite keeps a WAL; checkpointing into the main file and truncating the WAL drops the old page images (best effort). */
export function truncateWal(db: Db) {
  try {
    db.all(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  } catch {
    // A busy reader only delays it; the next checkpoint writes the same scrubbed pages.
  }
}

/**
 * A recruiter or admin erases a candidate, confirming by typing the candidate's full name. One transaction:
 * the data goes and a `candidate.erased` event (who, when, the candidate id only) is recorded.
 */
export function eraseCandidate(db: Db, opts: { user: SessionUser; candidateId: string; confirmName: string; now?: Date }): ErasedCandidate {
  const { user } = opts;
  if (!user.roles.includes("recruiter") && !user.roles.includes("admin")) {
    throw forbiddenError("Only a recruiter or an admin can erase a candidate.");
  }
  const now = opts.now ?? new Date();
  const result = db.transaction((tx) => {
    const candidate = tx
      .select({ id: candidates.id, name: candidates.name, erasedAt: candidates.erasedAt })
      .from(candidates)
      .where(eq(candidates.id, opts.candidateId))
      .get();
    if (!candidate) throw notFound("The candidate");
    if (candidate.erasedAt) throw conflict("This candidate has already been erased; there is nothing left to remove.");
    if (!sameName(opts.confirmName, candidate.name)) {
      throw invalid("Nothing was erased: the confirmation did not match.", {
        confirmName: ["The name you typed does not match the candidate's name. Type it exactly as shown, capitals included."],
      });
    }
    const erased = eraseCandidateData(tx, candidate.id, now);
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "candidate.erased",
      entityType: "candidate",
      entityId: candidate.id,
      summary: `Erased a candidate (${erased.applications} application${erased.applications === 1 ? "" : "s"}): name, email, links, notes and written evidence removed`,
      data: { candidateId: candidate.id, applications: erased.applications, trigger: "manual" },
    });
    return erased;
  });
  truncateWal(db);
  return result;
}
