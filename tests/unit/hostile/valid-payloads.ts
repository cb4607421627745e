import fc from "fast-check";
import { DEFAULT_THRESHOLDS } from "@/lib/calibration/thresholds";
import type { SessionUser } from "@/lib/auth/session-user";
import { RATIONALE_MIN } from "@/lib/debrief/decision-limits";
import { canEditFrameworks } from "@/lib/frameworks/framework-editors";
import { exportFrameworkJson } from "@/lib/frameworks/framework-json";
import { readVersionContent } from "@/lib/frameworks/load-framework-version";
import { isRecruiterOrAdmin } from "@/lib/permissions/app-roles";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { isSafeText } from "@/lib/validation/text";
import { SPECIAL_TEXT } from "./arbitraries";
import { OPEN_LINKS } from "./open-links";
import type { Ctx } from "./harness";

/**
 * Payloads that should be ACCEPTED: real, coherent ids read from the database at the moment the payload is drawn,
 * sent by someone who may act, with free text that is odd but allowed (emoji, RTL, combining marks, markup, SQL).
 * Without them the hostile properties refuse almost everything for these actions, and the stored-row checks (foreign
 * keys, the text rule in every column) never see what an accepted call writes.
 */
export type ValidPayload = (ctx: Ctx, everyone: SessionUser[]) => fc.Arbitrary<[unknown, SessionUser]>;

/** Allowed special strings: the hostile list minus what the text rule refuses (NUL, lone surrogates, bidi controls). */
const ALLOWED_SPECIAL = SPECIAL_TEXT.filter((t) => isSafeText(t) && t.trim() !== "");
const ONE_LINE_SPECIAL = ALLOWED_SPECIAL.filter((t) => !/[\r\n\t]/.test(t));

/** A plausible text with an allowed oddity inside (or not), for a one-line field. */
const oddLine = (plausible: string) =>
  fc.oneof(
    fc.constant(plausible),
    fc.constantFrom(...ONE_LINE_SPECIAL).map((odd) => `${plausible} ${odd}`.slice(0, 80)),
  );
/** The same for multi-line text. */
const oddText = (plausible: string) =>
  fc.oneof(
    fc.constant(plausible),
    fc.constantFrom(...ALLOWED_SPECIAL).map((odd) => `${plausible}\n${odd} ${plausible}`),
  );

const rows = <T>(ctx: Ctx, sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).all(...params) as T[];
const withRole = (everyone: SessionUser[], role: SessionUser["roles"][number]) => everyone.filter((u) => u.roles.includes(role));
const byId = (everyone: SessionUser[], id: string) => everyone.find((u) => u.id === id);

type Drawn = [unknown, SessionUser];
/** Draws at generation time, so the ids reflect what earlier accepted payloads changed; with nothing to act on, a payload zod refuses. */
const now = (everyone: SessionUser[], read: () => fc.Arbitrary<Drawn> | null) =>
  fc.nat().chain(() => read() ?? fc.constant<Drawn>([{}, everyone[0]!]));

function teamFor(ctx: Ctx, everyone: SessionUser[]) {
  const managers = withRole(everyone, "hiring-manager");
  const recruiters = withRole(everyone, "recruiter");
  const interviewers = withRole(everyone, "interviewer");
  return fc.record({
    hiringManagerId: fc.constantFrom(...managers.map((u) => u.id)),
    recruiterIds: fc.subarray(recruiters.map((u) => u.id)),
    interviewerIds: fc.subarray(interviewers.map((u) => u.id)),
  });
}

function createRole(ctx: Ctx, everyone: SessionUser[]) {
  const version = rows<{ id: string }>(ctx, "SELECT id FROM framework_versions WHERE status = 'published' ORDER BY version DESC LIMIT 1")[0]!;
  const sections = rows<{ id: string }>(ctx, "SELECT id FROM framework_sections WHERE version_id = ? ORDER BY position", version.id).map((s) => s.id);
  const callers = everyone.filter(isRecruiterOrAdmin);
  return fc
    .record({
      title: oddLine("Backend Engineer, Ledger"),
      team: oddLine("Ledger"),
      hiresStaff: fc.boolean(),
      inPlay: fc.integer({ min: 1, max: sections.length }),
      team_: teamFor(ctx, everyone),
      user: fc.constantFrom(...callers),
    })
    .map(({ title, team, hiresStaff, inPlay, team_, user }): [unknown, SessionUser] => [
      {
        title,
        team,
        hiresSenior: true,
        hiresStaff,
        frameworkVersionId: version.id,
        sectionIds: sections.slice(0, inPlay),
        staffCriticalSectionIds: sections.slice(0, 1),
        thresholds: DEFAULT_THRESHOLDS,
        ...team_,
      },
      user,
    ]);
}

/** A role the caller may edit: a recruiter or admin any role, a hiring manager their own. */
function editableRole(ctx: Ctx, everyone: SessionUser[]) {
  const roleRows = rows<{ id: string; hm: string | null }>(
    ctx,
    "SELECT r.id, (SELECT user_id FROM role_members m WHERE m.role_id = r.id AND m.membership = 'hiring-manager') AS hm FROM roles r ORDER BY r.id",
  );
  const editors = everyone.filter(isRecruiterOrAdmin);
  return fc.constantFrom(...roleRows).chain((role) => {
    const hm = role.hm ? byId(everyone, role.hm) : undefined;
    return fc.tuple(fc.constant(role.id), fc.constantFrom(...editors, ...(hm ? [hm] : [])));
  });
}

function updateHiringTeam(ctx: Ctx, everyone: SessionUser[]) {
  return fc
    .tuple(editableRole(ctx, everyone), teamFor(ctx, everyone))
    .map(([[roleId, user], team]): [unknown, SessionUser] => [{ roleId, ...team }, user]);
}

/** The role's current plan as the editor would send it back, renamed and with a new stage now and then. */
function saveInterviewPlan(ctx: Ctx, everyone: SessionUser[]) {
  return editableRole(ctx, everyone).chain(([roleId, user]) => {
    const stages = rows<{ id: string; name: string; duration_minutes: number }>(
      ctx,
      "SELECT id, name, duration_minutes FROM plan_stages WHERE role_id = ? ORDER BY position",
      roleId,
    );
    const inPlay = rows<{ section_id: string }>(ctx, "SELECT section_id FROM role_sections WHERE role_id = ?", roleId).map((r) => r.section_id);
    const team = new Set(
      rows<{ user_id: string }>(ctx, "SELECT user_id FROM role_members WHERE role_id = ? AND membership = 'interviewer'", roleId).map(
        (r) => r.user_id,
      ),
    );
    const current = stages.map((s) => ({
      id: s.id,
      name: s.name,
      durationMinutes: s.duration_minutes,
      focusSectionIds: rows<{ section_id: string }>(ctx, "SELECT section_id FROM stage_focus_sections WHERE stage_id = ?", s.id).map(
        (r) => r.section_id,
      ),
      questionIds: rows<{ question_id: string }>(ctx, "SELECT question_id FROM stage_questions WHERE stage_id = ?", s.id).map((r) => r.question_id),
      interviewerIds: rows<{ user_id: string }>(ctx, "SELECT user_id FROM stage_interviewers WHERE stage_id = ?", s.id)
        .map((r) => r.user_id)
        .filter((id) => team.has(id)),
    }));
    const extra = inPlay.length
      ? fc.option(
          oddLine("Extra stage").map((name) => ({
            id: null,
            name,
            durationMinutes: 45,
            focusSectionIds: inPlay.slice(0, 1),
            questionIds: [],
            interviewerIds: [],
          })),
          { nil: undefined },
        )
      : fc.constant(undefined);
    return fc.tuple(extra, fc.constantFrom(...ONE_LINE_SPECIAL)).map(([added, odd]): [unknown, SessionUser] => {
      const renamed = current.map((s, i) => (i === 0 ? { ...s, name: `${s.name.split(" ·")[0]} · ${odd}`.slice(0, 80) } : s));
      return [{ roleId, stages: added && current.length < 10 ? [...renamed, added] : renamed }, user];
    });
  });
}

/** Complete content for a kit: every section rated 1 with evidence, one red flag with a note now and then. */
function completeContent(ctx: Ctx, user: SessionUser, interviewId: string) {
  const kit = loadInterviewKit(ctx.db, { user, interviewId });
  if (!kit) return null;
  return fc
    .record({
      evidence: oddText("Walked through the ledger migration: dual writes, a backfill and a cut-over with a rollback plan."),
      flag: fc.boolean(),
    })
    .map(({ evidence, flag }) => ({
      ratings: kit.sections.map((s) => ({
        sectionId: s.id,
        rating: 1,
        notAssessed: false,
        evidence,
        scope: "team",
        itemsObserved: s.items.slice(0, 1).map((i) => i.id),
      })),
      redFlags: flag && kit.redFlags[0] ? [{ redFlagId: kit.redFlags[0].id, note: evidence }] : [],
      overallRecommendation: "senior",
      confidence: "medium",
      summary: evidence,
    }));
}

/** An interview of the caller's that has started, is live, and whose scorecard is in the given state. */
function ownInterviews(ctx: Ctx, state: "open" | "submitted") {
  const sql =
    state === "open"
      ? `SELECT i.id, i.interviewer_id AS who, COALESCE(s.revision, 0) AS revision FROM interviews i LEFT JOIN scorecards s ON s.interview_id = i.id
         WHERE i.status = 'scheduled' AND i.scheduled_at <= ? AND (s.id IS NULL OR s.status = 'draft') ORDER BY i.id`
      : `SELECT i.id, i.interviewer_id AS who, s.revision AS revision FROM interviews i JOIN scorecards s ON s.interview_id = i.id
         WHERE i.status = 'scheduled' AND i.scheduled_at <= ? AND s.status = 'submitted' ORDER BY i.id`;
  return rows<{ id: string; who: string; revision: number }>(ctx, sql, Date.now());
}

function submitScorecard(ctx: Ctx, everyone: SessionUser[]) {
  return now(everyone, () => {
    const open = ownInterviews(ctx, "open").filter((i) => byId(everyone, i.who));
    if (open.length === 0) return null;
    return fc.constantFrom(...open).chain((i) => {
      const user = byId(everyone, i.who)!;
      const content = completeContent(ctx, user, i.id);
      return content
        ? content.map((c): [unknown, SessionUser] => [{ interviewId: i.id, baseRevision: i.revision, content: c }, user])
        : fc.constant<[unknown, SessionUser]>([{}, user]);
    });
  });
}

function amendScorecard(ctx: Ctx, everyone: SessionUser[]) {
  return now(everyone, () => {
    const submitted = ownInterviews(ctx, "submitted").filter((i) => byId(everyone, i.who));
    if (submitted.length === 0) return null;
    return fc.constantFrom(...submitted).chain((i) => {
      const user = byId(everyone, i.who)!;
      const content = completeContent(ctx, user, i.id);
      if (!content) return fc.constant<[unknown, SessionUser]>([{}, user]);
      return fc
        .tuple(content, oddText("I mixed up two candidates' notes on the design section."), fc.nat())
        .map(([c, reason, n]): [unknown, SessionUser] => [
          { interviewId: i.id, baseRevision: i.revision, reason, content: { ...c, summary: `${c.summary} (amended ${n})` } },
          user,
        ]);
    });
  });
}

function recordDecision(ctx: Ctx, everyone: SessionUser[]) {
  return now(everyone, () => {
    const open = rows<{ id: string; hm: string; senior: number; staff: number }>(
      ctx,
      `SELECT a.id, m.user_id AS hm, r.hires_senior AS senior, r.hires_staff AS staff FROM applications a
       JOIN roles r ON r.id = a.role_id JOIN role_members m ON m.role_id = r.id AND m.membership = 'hiring-manager'
       WHERE a.status IN ('active', 'debrief') AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id)
         AND EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id AND s.status = 'submitted') ORDER BY a.id`,
    ).filter((a) => byId(everyone, a.hm));
    if (open.length === 0) return null;
    return fc.constantFrom(...open).chain((a) => {
      const levels = ["none", ...(a.senior ? ["senior"] : []), ...(a.staff ? ["staff"] : [])];
      return fc
        .record({
          level: fc.constantFrom(...levels),
          rationale: oddText("The design and operations evidence is consistent across the panel."),
          overrideReason: oddText("The incident review carried more weight than the panel gave it."),
        })
        .map(({ level, rationale, overrideReason }): [unknown, SessionUser] => [
          {
            applicationId: a.id,
            level,
            hire: level !== "none",
            rationale: rationale.padEnd(RATIONALE_MIN, "."),
            overrideReason,
            // Stored only when scheduled scorecards are missing; then it is what lets the decision through.
            decideWithoutMissing: true,
            missingReason: overrideReason.padEnd(RATIONALE_MIN, "."),
          },
          byId(everyone, a.hm)!,
        ]);
    });
  });
}

/** A decided or held application of a hiring manager who may act on it (not blinded: no live interview of theirs unsubmitted). */
function standingDecisions(ctx: Ctx, everyone: SessionUser[]) {
  return rows<{ id: string; hm: string; senior: number; staff: number; held: number; level: string; hire: number }>(
    ctx,
    `SELECT a.id, m.user_id AS hm, r.hires_senior AS senior, r.hires_staff AS staff, d.held, d.level, d.hire FROM applications a
     JOIN decisions d ON d.application_id = a.id
     JOIN roles r ON r.id = a.role_id JOIN role_members m ON m.role_id = r.id AND m.membership = 'hiring-manager'
     WHERE a.status <> 'withdrawn'
       AND NOT EXISTS (SELECT 1 FROM interviews i LEFT JOIN scorecards s ON s.interview_id = i.id
                       WHERE i.application_id = a.id AND i.interviewer_id = m.user_id AND i.status = 'scheduled'
                         AND (s.id IS NULL OR s.status <> 'submitted'))
     ORDER BY a.id`,
  ).filter((a) => byId(everyone, a.hm));
}

/** Revises a standing decision into a hold on one of the role's sections: never against, exempt from the partial-panel rule. */
function reviseDecision(ctx: Ctx, everyone: SessionUser[]) {
  return now(everyone, () => {
    const open = standingDecisions(ctx, everyone).filter((a) => !a.held);
    if (open.length === 0) return null;
    return fc.constantFrom(...open).chain((a) => {
      const sections = rows<{ id: string }>(
        ctx,
        "SELECT rs.section_id AS id FROM role_sections rs JOIN applications a ON a.role_id = rs.role_id WHERE a.id = ? ORDER BY rs.section_id",
        a.id,
      );
      return fc
        .record({
          section: fc.constantFrom(...sections.map((x) => x.id)),
          rationale: oddText("One more interview on this section before the final call."),
          revisionReason: oddText("The scope-inflation flag deserves another interview."),
        })
        .map(({ section, rationale, revisionReason }): [unknown, SessionUser] => [
          {
            applicationId: a.id,
            hire: "hold",
            probeSectionIds: [section],
            rationale: rationale.padEnd(RATIONALE_MIN, "."),
            revisionReason: revisionReason.padEnd(RATIONALE_MIN, "."),
          },
          byId(everyone, a.hm)!,
        ]);
    });
  });
}

function reopenDecision(ctx: Ctx, everyone: SessionUser[]) {
  return now(everyone, () => {
    const open = standingDecisions(ctx, everyone);
    if (open.length === 0) return null;
    return fc
      .tuple(fc.constantFrom(...open), oddText("The offer fell through; the team wants a fresh look."))
      .map(([a, reason]): [unknown, SessionUser] => [{ applicationId: a.id, reason: reason.padEnd(RATIONALE_MIN, ".") }, byId(everyone, a.hm)!]);
  });
}

/** A quarter hour 1 to 400 days ahead, in UTC or with an offset (spread out, so the interviewer is rarely busy). */
const futureInstant = fc
  .record({
    days: fc.integer({ min: 1, max: 400 }),
    hour: fc.integer({ min: 8, max: 17 }),
    quarter: fc.constantFrom("00", "15", "30", "45"),
    offset: fc.constantFrom("Z", "+02:00", "-05:00"),
  })
  .map(({ days, hour, quarter, offset }) => {
    const d = new Date(Date.now() + days * 86_400_000);
    return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:${quarter}:00${offset}`;
  });

function scheduleInterview(ctx: Ctx, everyone: SessionUser[]) {
  const slots = rows<{ applicationId: string; stageId: string; interviewerId: string }>(
    ctx,
    `SELECT a.id AS applicationId, st.id AS stageId, si.user_id AS interviewerId FROM applications a
     JOIN plan_stages st ON st.role_id = a.role_id JOIN stage_interviewers si ON si.stage_id = st.id
     WHERE a.status IN ('active', 'debrief') ORDER BY a.id, st.id, si.user_id`,
  ).filter((s) => byId(everyone, s.interviewerId));
  return fc
    .tuple(fc.constantFrom(...slots), futureInstant, fc.constantFrom(...everyone.filter(isRecruiterOrAdmin)))
    .map(([slot, scheduledAt, user]): [unknown, SessionUser] => [{ ...slot, scheduledAt }, user]);
}

function rescheduleInterview(ctx: Ctx, everyone: SessionUser[]) {
  return now(everyone, () => {
    const live = rows<{ id: string }>(
      ctx,
      "SELECT i.id FROM interviews i WHERE i.status = 'scheduled' AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id) ORDER BY i.id",
    );
    if (live.length === 0) return null;
    return fc
      .tuple(fc.constantFrom(...live), futureInstant, fc.constantFrom(...everyone.filter(isRecruiterOrAdmin)))
      .map(([i, scheduledAt, user]): [unknown, SessionUser] => [{ interviewId: i.id, scheduledAt }, user]);
  });
}

/** A Levelset JSON export of a seeded version, imported under a new name. */
function importJson(ctx: Ctx, everyone: SessionUser[]) {
  const versionId = rows<{ id: string }>(ctx, "SELECT id FROM framework_versions WHERE status = 'published' ORDER BY version LIMIT 1")[0]!.id;
  const content = readVersionContent(ctx.db, versionId)!;
  const editors = everyone.filter(canEditFrameworks);
  return fc
    .record({ name: oddLine("Imported ladder"), n: fc.nat(), publish: fc.boolean(), user: fc.constantFrom(...editors) })
    .map(({ name, n, publish, user }): [unknown, SessionUser] => [
      { text: exportFrameworkJson({ ...content, name: `${name} ${n}` }), publish, name: "", fileName: "ladder.json" },
      user,
    ]);
}

/** An interview that has ended without its scorecard, on a live application, and someone who may edit its role. */
function remindNow(ctx: Ctx, everyone: SessionUser[]) {
  return now(everyone, () => {
    const due = rows<{ id: string; hm: string | null }>(
      ctx,
      `SELECT i.id, (SELECT user_id FROM role_members m WHERE m.role_id = a.role_id AND m.membership = 'hiring-manager') AS hm
       FROM interviews i JOIN applications a ON a.id = i.application_id JOIN users u ON u.id = i.interviewer_id
       WHERE i.status = 'scheduled' AND a.status IN ('active', 'debrief') AND u.active = 1
         AND i.scheduled_at + i.duration_minutes * 60000 < ?
         AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id AND s.status = 'submitted')
       ORDER BY i.id`,
      Date.now(),
    );
    if (due.length === 0) return null;
    const editors = everyone.filter(isRecruiterOrAdmin);
    return fc.constantFrom(...due).chain((i) => {
      const hm = i.hm ? byId(everyone, i.hm) : undefined;
      return fc.tuple(fc.constant<unknown>({ interviewId: i.id }), fc.constantFrom(...editors, ...(hm ? [hm] : [])));
    });
  });
}

/** A failed or waiting message, retried by an admin. */
function retryOutboxMessage(ctx: Ctx, everyone: SessionUser[]) {
  const admins = withRole(everyone, "admin");
  return now(everyone, () => {
    const retryable = rows<{ id: string }>(ctx, "SELECT id FROM outbox_messages WHERE status IN ('failed', 'pending') ORDER BY id");
    if (retryable.length === 0) return null;
    return fc.tuple(
      fc.constantFrom(...retryable).map((m): unknown => ({ messageId: m.id })),
      fc.constantFrom(...admins),
    );
  });
}

/** Anyone's own settings, as the profile form sends them (checkboxes "on" or missing), in a real zone. */
function saveNotificationSettings(_ctx: Ctx, everyone: SessionUser[]) {
  const box = fc.constantFrom<"on" | undefined>("on", undefined);
  return fc
    .record({
      interviews: box,
      reminders: box,
      debriefs: box,
      timeZone: fc.constantFrom("Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "UTC", "Pacific/Chatham"),
      user: fc.constantFrom(...everyone),
    })
    .map(({ user, ...form }): [unknown, SessionUser] => [Object.fromEntries(Object.entries(form).filter(([, v]) => v !== undefined)), user]);
}

/** A role its editor may change, a delay between a quarter of an hour and a week. */
function updateReminderDelay(ctx: Ctx, everyone: SessionUser[]) {
  return fc
    .tuple(editableRole(ctx, everyone), fc.constantFrom("0.25", "1", "2.5", "24", "168", 3))
    .map(([[roleId, user], hours]): [unknown, SessionUser] => [{ roleId, hours }, user]);
}

/** A new invitation for an active person, sent by an admin. */
function resendInvitation(ctx: Ctx, everyone: SessionUser[]) {
  const admins = withRole(everyone, "admin");
  const active = rows<{ id: string }>(ctx, "SELECT id FROM users WHERE active = 1 ORDER BY id");
  return fc.tuple(
    fc.constantFrom(...active).map((u): unknown => ({ userId: u.id })),
    fc.constantFrom(...admins),
  );
}

/**
 * An admin deactivating another active person, with a choice for each of their upcoming interviews: another active
 * member of the stage's pool where there is one, else cancelling it.
 */
function deactivatePerson(ctx: Ctx, everyone: SessionUser[]) {
  const admins = withRole(everyone, "admin");
  return now(everyone, () => {
    const people = rows<{ id: string }>(
      ctx,
      "SELECT u.id FROM users u WHERE u.active = 1 AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'admin') ORDER BY u.id",
    );
    if (people.length === 0) return null;
    return fc.tuple(fc.constantFrom(...people), fc.constantFrom(...admins)).map(([person, admin]): Drawn => {
      const upcoming = rows<{ id: string; other: string | null }>(
        ctx,
        `SELECT i.id, (SELECT si.user_id FROM stage_interviewers si JOIN users o ON o.id = si.user_id
                       WHERE si.stage_id = i.stage_id AND o.active = 1 AND o.id <> i.interviewer_id ORDER BY o.id LIMIT 1) AS other
         FROM interviews i WHERE i.interviewer_id = ? AND i.status = 'scheduled' AND i.scheduled_at > ? ORDER BY i.scheduled_at, i.id`,
        person.id,
        Date.now(),
      );
      const choices = upcoming.map((i) =>
        i.other ? { interviewId: i.id, action: "reassign", interviewerId: i.other } : { interviewId: i.id, action: "cancel" },
      );
      return [{ userId: person.id, choices }, admin];
    });
  });
}

/** A still-open link of the seeded ones (each works once), and a good password typed twice; anyone may send it. */
function setPasswordFrom(purpose: "invitation" | "password-reset"): ValidPayload {
  return (_ctx, everyone) =>
    fc
      .tuple(
        fc.nat().map((n) => OPEN_LINKS[purpose][n % Math.max(1, OPEN_LINKS[purpose].length)] ?? ""),
        fc.constantFrom("correct horse battery staple", "a long pass phrase 🔑 with emoji", "שלום עולם long enough"),
        fc.constantFrom(...everyone),
      )
      .map(([token, password, user]): [unknown, SessionUser] => [{ token, password, confirm: password }, user]);
}

/** A reset asked for a seeded person's email (or an unknown one), by anyone. */
function requestPasswordReset(ctx: Ctx, everyone: SessionUser[]) {
  const emails = rows<{ email: string }>(ctx, "SELECT email FROM users ORDER BY email").map((u) => u.email);
  return fc.tuple(
    fc.constantFrom(...emails, "nobody@example.com").map((email): unknown => ({ email })),
    fc.constantFrom(...everyone),
  );
}

/** Anyone's own feed: made, made again (refused as a conflict while one exists) or regenerated. */
function createCalendarFeed(_ctx: Ctx, everyone: SessionUser[]) {
  return fc.tuple(
    fc.constantFrom("create", "regenerate").map((intent): unknown => ({ intent })),
    fc.constantFrom(...everyone),
  );
}

/** Anyone turning their own feed off, whether or not they have one. */
function revokeCalendarFeed(_ctx: Ctx, everyone: SessionUser[]) {
  return fc.tuple(fc.constant<unknown>({ confirm: "revoke" }), fc.constantFrom(...everyone));
}

/** A role its editor may close or reopen, flipped from the status it has when drawn (closing with a reason). */
function changeRoleStatus(ctx: Ctx, everyone: SessionUser[]) {
  return fc.tuple(editableRole(ctx, everyone), oddLine("Position filled")).map(([[roleId, user], reason]): [unknown, SessionUser] => {
    const current = rows<{ status: string }>(ctx, "SELECT status FROM roles WHERE id = ?", roleId)[0]?.status;
    return [{ roleId, status: current === "open" ? "closed" : "open", reason }, user];
  });
}

/** A candidate not erased, edited from one of their applications at the revision they have when drawn, by a recruiter or admin. */
function editCandidate(ctx: Ctx, everyone: SessionUser[]) {
  return now(everyone, () => {
    const apps = rows<{ applicationId: string; revision: number; email: string }>(
      ctx,
      `SELECT a.id AS applicationId, c.revision, c.email FROM applications a JOIN candidates c ON c.id = a.candidate_id
       WHERE c.erased_at IS NULL ORDER BY a.id`,
    );
    if (apps.length === 0) return null;
    return fc
      .tuple(
        fc.constantFrom(...apps),
        oddLine("Grace Hopper"),
        fc.boolean(),
        oddText("Referred by Lee."),
        fc.constantFrom(...everyone.filter(isRecruiterOrAdmin)),
      )
      .map(([app, name, newEmail, notes, user]): [unknown, SessionUser] => [
        {
          applicationId: app.applicationId,
          revision: String(app.revision),
          name,
          email: newEmail ? `edited-${app.applicationId.slice(0, 8)}-${app.revision}@example.com` : app.email,
          links: "https://github.com/example\nhttps://example.com/profile",
          notes,
        },
        user,
      ]);
  });
}

/** By action name (the names in actions.ts). */
export const VALID_PAYLOADS: Record<string, ValidPayload> = {
  createRoleAction: createRole,
  updateHiringTeamAction: updateHiringTeam,
  saveInterviewPlanAction: saveInterviewPlan,
  submitScorecardAction: submitScorecard,
  amendScorecardAction: amendScorecard,
  recordDecisionAction: recordDecision,
  reviseDecisionAction: reviseDecision,
  reopenDecisionAction: reopenDecision,
  scheduleInterviewAction: scheduleInterview,
  rescheduleInterviewAction: rescheduleInterview,
  importJsonAction: importJson,
  remindNowAction: remindNow,
  retryOutboxMessageAction: retryOutboxMessage,
  saveNotificationSettingsAction: saveNotificationSettings,
  updateReminderDelayAction: updateReminderDelay,
  resendInvitationAction: resendInvitation,
  deactivatePersonAction: deactivatePerson,
  joinWithPasswordAction: setPasswordFrom("invitation"),
  resetPasswordAction: setPasswordFrom("password-reset"),
  requestPasswordResetAction: requestPasswordReset,
  createCalendarFeedAction: createCalendarFeed,
  revokeCalendarFeedAction: revokeCalendarFeed,
  changeRoleStatusAction: changeRoleStatus,
  editCandidateAction: editCandidate,
};
