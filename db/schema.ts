import { sql } from "drizzle-orm";
import {
  APP_ROLES,
  ENGINEER_LEVELS,
  FRAMEWORK_VERSION_STATUSES,
  RED_FLAG_SEVERITIES,
  ROLE_STATUSES,
  ROLE_MEMBERSHIPS,
  APPLICATION_STATUSES,
  INTERVIEW_STATUSES,
  SCORECARD_STATUSES,
  OVERALL_RECOMMENDATIONS,
  CONFIDENCES,
  EVIDENCE_SCOPES,
  DECISION_LEVELS,
  DECISION_CHANGES,
  OUTBOX_KINDS,
  OUTBOX_STATUSES,
  ACCOUNT_LINK_PURPOSES,
} from "./enums";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// The enums live in db/enums.ts (no drizzle) so client code can use them without pulling in the tables.
export * from "./enums";

/** Random, unguessable ids: URLs must not reveal or invite enumeration. */
const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());

// ─── People ────────────────────────────────────────────────────────────────

export const users = sqliteTable("users", {
  id: id(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  /** argon2id hash; null for people who only sign in through the company's identity provider. */
  passwordHash: text("password_hash"),
  level: text("level", { enum: ENGINEER_LEVELS }).notNull().default("none"),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  /** Raised on sign-out, password reset and deactivation: every session issued before is refused. */
  sessionVersion: integer("session_version").notNull().default(0),
  createdAt: createdAt(),
});

export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: APP_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Failed sign-ins per email, for throttling. */
export const signInThrottle = sqliteTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: integer("window_started_at", { mode: "timestamp_ms" }).notNull(),
  lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
});

// ─── Frameworks ────────────────────────────────────────────────────────────

export const frameworks = sqliteTable("frameworks", {
  id: id(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  createdAt: createdAt(),
  createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
});

export const frameworkVersions = sqliteTable(
  "framework_versions",
  {
    id: id(),
    frameworkId: text("framework_id")
      .notNull()
      .references(() => frameworks.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: text("status", { enum: FRAMEWORK_VERSION_STATUSES }).notNull().default("draft"),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    publishedById: text("published_by_id").references(() => users.id, { onDelete: "set null" }),
    /** False: the built-in panel evidence checklist applies (every version stored before issue 10); true: framework_evidence_items holds it. */
    hasEvidenceChecklist: integer("has_evidence_checklist", { mode: "boolean" }).notNull().default(false),
    /** Bumped by every save of a draft; a save names the revision it started from, so two editors cannot overwrite each other silently. */
    revision: integer("revision").notNull().default(0),
  },
  (t) => [uniqueIndex("framework_versions_framework_version_uq").on(t.frameworkId, t.version)],
);

export const BAR_GUIDANCE_LEVELS = ["senior", "staff"] as const;

/** A version's bar guidance: what Senior and what Staff look like overall, one line a row, in order per level. */
export const frameworkGuidanceLines = sqliteTable(
  "framework_guidance_lines",
  {
    id: id(),
    versionId: text("version_id")
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: "cascade" }),
    level: text("level", { enum: BAR_GUIDANCE_LEVELS }).notNull(),
    text: text("text").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("framework_guidance_lines_version_idx").on(t.versionId, t.level, t.position)],
);

/** A version's panel evidence checklist, in order; read only when the version's has_evidence_checklist is true. */
export const frameworkEvidenceItems = sqliteTable(
  "framework_evidence_items",
  {
    id: id(),
    versionId: text("version_id")
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: "cascade" }),
    /** Stable key (test ids, the built-in items' keys); null for items written without one. */
    key: text("key"),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    sectionKeys: text("section_keys", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** Distinct interviewers whose evidence is needed; null means one. */
    required: integer("required"),
    /** Only evidence scoped multi-team or org counts. */
    broadScopeOnly: integer("broad_scope_only", { mode: "boolean" }).notNull().default(false),
    position: integer("position").notNull(),
  },
  (t) => [index("framework_evidence_items_version_idx").on(t.versionId, t.position)],
);

export const frameworkSections = sqliteTable(
  "framework_sections",
  {
    id: id(),
    versionId: text("version_id")
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull(),
    seniorSignal: text("senior_signal").notNull().default(""),
    staffSignal: text("staff_signal").notNull().default(""),
    staffCriticalByDefault: integer("staff_critical_by_default", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("framework_sections_version_key_uq").on(t.versionId, t.key),
    index("framework_sections_version_position_idx").on(t.versionId, t.position),
  ],
);

export const sectionItems = sqliteTable(
  "section_items",
  {
    id: id(),
    sectionId: text("section_id")
      .notNull()
      .references(() => frameworkSections.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("section_items_section_idx").on(t.sectionId, t.position)],
);

export const probingQuestions = sqliteTable(
  "probing_questions",
  {
    id: id(),
    sectionId: text("section_id")
      .notNull()
      .references(() => frameworkSections.id, { onDelete: "cascade" }),
    prompt: text("prompt").notNull(),
    seniorSignal: text("senior_signal").notNull(),
    staffSignal: text("staff_signal").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("probing_questions_section_idx").on(t.sectionId, t.position)],
);

export const redFlags = sqliteTable(
  "red_flags",
  {
    id: id(),
    sectionId: text("section_id")
      .notNull()
      .references(() => frameworkSections.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    severity: text("severity", { enum: RED_FLAG_SEVERITIES }).notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("red_flags_section_idx").on(t.sectionId, t.position)],
);

/** What an imported ladder says about a section at its other levels, kept as reference text, in order. */
export const sectionLevelReferences = sqliteTable(
  "section_level_references",
  {
    id: id(),
    sectionId: text("section_id")
      .notNull()
      .references(() => frameworkSections.id, { onDelete: "cascade" }),
    level: text("level").notNull(),
    text: text("text").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("section_level_references_section_idx").on(t.sectionId, t.position)],
);

// ─── Roles (open positions) ────────────────────────────────────────────────

export const roles = sqliteTable(
  "roles",
  {
    id: id(),
    title: text("title").notNull(),
    team: text("team").notNull().default(""),
    hiresSenior: integer("hires_senior", { mode: "boolean" }).notNull(),
    hiresStaff: integer("hires_staff", { mode: "boolean" }).notNull(),
    frameworkVersionId: text("framework_version_id")
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: "restrict" }),
    /** Partial<Thresholds> of lib/calibration; missing keys take design.md's defaults. */
    thresholds: text("thresholds", { mode: "json" }).$type<Record<string, number>>().notNull().default({}),
    status: text("status", { enum: ROLE_STATUSES }).notNull().default("open"),
    /** Minutes after an interview ends before its interviewer is reminded of a missing scorecard (lib/mail/reminders). */
    reminderDelayMinutes: integer("reminder_delay_minutes").notNull().default(60),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [check("roles_hires_some_level", sql`${t.hiresSenior} = 1 OR ${t.hiresStaff} = 1`)],
);

/** The sections of the pinned framework version that this role assesses. */
export const roleSections = sqliteTable(
  "role_sections",
  {
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    sectionId: text("section_id")
      .notNull()
      .references(() => frameworkSections.id, { onDelete: "restrict" }),
    staffCritical: integer("staff_critical", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.sectionId] })],
);

/** The hiring team. Permissions on a role are checked against this table. */
export const roleMembers = sqliteTable(
  "role_members",
  {
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    membership: text("membership", { enum: ROLE_MEMBERSHIPS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.userId, t.membership] }), index("role_members_user_idx").on(t.userId, t.membership)],
);

export const planStages = sqliteTable(
  "plan_stages",
  {
    id: id(),
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    position: integer("position").notNull(),
  },
  (t) => [index("plan_stages_role_idx").on(t.roleId, t.position), check("plan_stages_duration", sql`${t.durationMinutes} BETWEEN 15 AND 480`)],
);

export const stageFocusSections = sqliteTable(
  "stage_focus_sections",
  {
    stageId: text("stage_id")
      .notNull()
      .references(() => planStages.id, { onDelete: "cascade" }),
    sectionId: text("section_id")
      .notNull()
      .references(() => frameworkSections.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.stageId, t.sectionId] })],
);

export const stageQuestions = sqliteTable(
  "stage_questions",
  {
    stageId: text("stage_id")
      .notNull()
      .references(() => planStages.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => probingQuestions.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.stageId, t.questionId] })],
);

/** The interviewer pool of a stage. */
export const stageInterviewers = sqliteTable(
  "stage_interviewers",
  {
    stageId: text("stage_id")
      .notNull()
      .references(() => planStages.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.stageId, t.userId] }), index("stage_interviewers_user_idx").on(t.userId)],
);

// ─── Candidates and applications ───────────────────────────────────────────

export const candidates = sqliteTable(
  "candidates",
  {
    id: id(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    links: text("links", { mode: "json" }).$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    /** When the candidate was erased (lib/candidates/erase-candidate.ts): name, email and links are placeholders since. */
    erasedAt: integer("erased_at", { mode: "timestamp_ms" }),
    /** Raised by every edit (lib/candidates/edit-candidate.ts): a form opened at an older revision is refused, not saved over. */
    revision: integer("revision").notNull().default(0),
  },
  (t) => [index("candidates_email_idx").on(t.email)],
);

export const applications = sqliteTable(
  "applications",
  {
    id: id(),
    candidateId: text("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    status: text("status", { enum: APPLICATION_STATUSES }).notNull().default("active"),
    /** The role team's notes on this application; never shown in another role (design.md, Domain). */
    notes: text("notes").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    /**
     * The panel's progress, kept by triggers on interviews, plan stages and applications (migration 0012) whatever
     * writes them; never written by the app. Its live (not cancelled) interviews, how many of those still wait for a
     * submitted scorecard, and how many of the role's plan stages have no live interview.
     * lib/candidates/panel-progress.ts reads them.
     */
    scheduledInterviews: integer("scheduled_interviews").notNull().default(0),
    awaitingScorecards: integer("awaiting_scorecards").notNull().default(0),
    unscheduledStages: integer("unscheduled_stages").notNull().default(0),
    /**
     * Raised by triggers (migration 0013) on every write to the application's interviews or scorecards, and on a
     * change of level of one of its interviewers: the engine's input of this application has changed since it was
     * last this number. lib/analytics/role-recommendations.ts keys the kept recommendation by it.
     */
    panelRevision: integer("panel_revision").notNull().default(0),
  },
  (t) => [
    uniqueIndex("applications_candidate_role_uq").on(t.candidateId, t.roleId),
    index("applications_role_status_idx").on(t.roleId, t.status),
    // Partial indexes, used only by queries that spell the same terms with the same literals (panel-progress.ts).
    index("applications_ready_idx")
      .on(t.updatedAt)
      .where(sql`status in ('active', 'debrief') and scheduled_interviews > 0 and awaiting_scorecards = 0`),
    index("applications_unscheduled_idx")
      .on(t.createdAt)
      .where(sql`status = 'active' and unscheduled_stages > 0`),
    // The hiring manager's debriefs (lib/home/list-my-debriefs.ts): in debrief, or open with every scorecard in, oldest
    // update first; the role is in the index, so the walk checks a manager's roles without reading the rows.
    index("applications_debriefs_idx")
      .on(t.updatedAt, t.roleId)
      .where(sql`status in ('active', 'debrief') and (status = 'debrief' or (scheduled_interviews > 0 and awaiting_scorecards = 0))`),
  ],
);

export const interviews = sqliteTable(
  "interviews",
  {
    id: id(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    stageId: text("stage_id")
      .notNull()
      .references(() => planStages.id, { onDelete: "restrict" }),
    interviewerId: text("interviewer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    scheduledAt: integer("scheduled_at", { mode: "timestamp_ms" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    status: text("status", { enum: INTERVIEW_STATUSES }).notNull().default("scheduled"),
    /** Why the interview did not take place, when it is marked "not-held". */
    notHeldReason: text("not_held_reason"),
    /**
     * Whether this interview's scorecard is submitted. Kept by triggers on scorecards (migration 0011), whatever
     * writes them, never by the app: it lets the to-do and the reminder tick find the interviews still waiting for
     * a scorecard on an index (status, scorecard_submitted, scheduled_at) instead of probing the scorecards of every
     * past interview.
     */
    scorecardSubmitted: integer("scorecard_submitted", { mode: "boolean" }).notNull().default(false),
    /**
     * The scheduled scorecard reminders written for this interview (outbox rows with a reminder number), and when the
     * latest reminder of any kind ("Remind now" too) was written. Kept by triggers on outbox_messages (migration
     * 0015), never by the app: the reminder tick and the to-do read them on the row instead of probing the outbox
     * twice for every waiting interview.
     */
    remindersSent: integer("reminders_sent").notNull().default(0),
    lastReminderAt: integer("last_reminder_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("interviews_interviewer_idx").on(t.interviewerId, t.scheduledAt),
    index("interviews_application_idx").on(t.applicationId),
    // The plan's "interviews use this stage" counts, and the foreign key's check when a stage is removed.
    index("interviews_stage_idx").on(t.stageId),
    // The reminder tick (lib/mail/reminders): live interviews that ended in the last days.
    index("interviews_status_scheduled_idx").on(t.status, t.scheduledAt),
    // Live interviews whose scorecard is not in (lib/interviews/awaiting-scorecard.ts): the overdue list and the tick.
    index("interviews_awaiting_scorecard_idx").on(t.status, t.scorecardSubmitted, t.scheduledAt),
    // The blind rule (lib/permissions/scopes.ts, blindedOnApplication): does this person have a live interview on the
    // application without their scorecard in? One probe into the few interviews still waiting on a scorecard, for each
    // application of a role-wide read. Its WHERE is written the same in the query, so SQLite can use it.
    index("interviews_blind_idx")
      .on(t.applicationId, t.interviewerId)
      .where(sql`${t.status} = 'scheduled' AND ${t.scorecardSubmitted} = 0`),
  ],
);

// ─── Scorecards ────────────────────────────────────────────────────────────

export const scorecards = sqliteTable(
  "scorecards",
  {
    id: id(),
    interviewId: text("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    /** Copied from the interview so permission checks stay inside one WHERE clause. */
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    interviewerId: text("interviewer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: text("status", { enum: SCORECARD_STATUSES }).notNull().default("draft"),
    overallRecommendation: text("overall_recommendation", { enum: OVERALL_RECOMMENDATIONS }),
    confidence: text("confidence", { enum: CONFIDENCES }),
    summary: text("summary").notNull().default(""),
    /** Why the recommendation stands although a raised red flag rules it out (lib/scorecards/contradictions.ts); null when nothing contradicts. */
    contradictionNote: text("contradiction_note"),
    /** Optimistic concurrency: every save must name the revision it started from. */
    revision: integer("revision").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("scorecards_interview_uq").on(t.interviewId),
    // Wide enough to cover the calibration summary's fingerprint (lib/analytics/role-calibration-summary.ts).
    index("scorecards_application_idx").on(t.applicationId, t.status, t.revision, t.updatedAt),
    index("scorecards_interviewer_idx").on(t.interviewerId, t.status),
  ],
);

export const scorecardRatings = sqliteTable(
  "scorecard_ratings",
  {
    scorecardId: text("scorecard_id")
      .notNull()
      .references(() => scorecards.id, { onDelete: "cascade" }),
    sectionId: text("section_id")
      .notNull()
      .references(() => frameworkSections.id, { onDelete: "restrict" }),
    /** 0, 1 or 2; null with notAssessed=false means not rated yet. */
    rating: integer("rating"),
    notAssessed: integer("not_assessed", { mode: "boolean" }).notNull().default(false),
    evidence: text("evidence").notNull().default(""),
    scope: text("scope", { enum: EVIDENCE_SCOPES }),
    /** Ids of section items the interviewer observed. */
    itemsObserved: text("items_observed", { mode: "json" }).$type<string[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.scorecardId, t.sectionId] }),
    check("scorecard_ratings_rating_range", sql`${t.rating} IS NULL OR ${t.rating} BETWEEN 0 AND 2`),
    check("scorecard_ratings_not_assessed_has_no_rating", sql`${t.notAssessed} = 0 OR ${t.rating} IS NULL`),
  ],
);

export const scorecardRedFlags = sqliteTable(
  "scorecard_red_flags",
  {
    scorecardId: text("scorecard_id")
      .notNull()
      .references(() => scorecards.id, { onDelete: "cascade" }),
    redFlagId: text("red_flag_id")
      .notNull()
      .references(() => redFlags.id, { onDelete: "restrict" }),
    note: text("note").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.scorecardId, t.redFlagId] })],
);

/** A change after submission. `before` and `after` are full scorecard snapshots. */
export const scorecardAmendments = sqliteTable(
  "scorecard_amendments",
  {
    id: id(),
    scorecardId: text("scorecard_id")
      .notNull()
      .references(() => scorecards.id, { onDelete: "cascade" }),
    amendedById: text("amended_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    reason: text("reason").notNull(),
    before: text("before", { mode: "json" }).$type<unknown>().notNull(),
    after: text("after", { mode: "json" }).$type<unknown>().notNull(),
    /** The author could read the panel when amending: other submitted scorecards existed for the application. */
    afterPanelVisible: integer("after_panel_visible", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("scorecard_amendments_scorecard_idx").on(t.scorecardId, t.createdAt)],
);

// ─── Decisions and audit ───────────────────────────────────────────────────

export const decisions = sqliteTable(
  "decisions",
  {
    id: id(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    decidedById: text("decided_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    level: text("level", { enum: DECISION_LEVELS }).notNull(),
    hire: integer("hire", { mode: "boolean" }).notNull(),
    rationale: text("rationale").notNull(),
    overrideReason: text("override_reason"),
    /** The engine's full output at the moment of the decision. */
    engineSnapshot: text("engine_snapshot", { mode: "json" }).$type<unknown>().notNull(),
    /** "Hold — more signal needed": neither hire nor no hire yet; level is "none" and hire false. */
    held: integer("held", { mode: "boolean" }).notNull().default(false),
    /** With a hold: the sections the extra interview should probe. */
    probeSectionIds: text("probe_section_ids", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** Why the manager decided while scheduled scorecards were still missing; null when none were. */
    partialPanelReason: text("partial_panel_reason"),
    /** When this decision (or its latest revision) was made; earlier versions live in decision_history. */
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("decisions_application_uq").on(t.applicationId)],
);

/**
 * Every earlier decision of an application, kept when the hiring manager revises it or reopens the
 * application to the debrief: the decision as it stood (with its engine snapshot) and why it changed.
 */
export const decisionHistory = sqliteTable(
  "decision_history",
  {
    id: id(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** The decision row this version belonged to (gone after a reopen; kept as a plain id). */
    decisionId: text("decision_id").notNull(),
    change: text("change", { enum: DECISION_CHANGES }).notNull(),
    /** The required reason for the revision or the reopening. */
    reason: text("reason").notNull(),
    changedById: text("changed_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    changedAt: integer("changed_at", { mode: "timestamp_ms" }).notNull(),
    // The earlier decision, as it was recorded.
    decidedById: text("decided_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }).notNull(),
    level: text("level", { enum: DECISION_LEVELS }).notNull(),
    hire: integer("hire", { mode: "boolean" }).notNull(),
    held: integer("held", { mode: "boolean" }).notNull().default(false),
    probeSectionIds: text("probe_section_ids", { mode: "json" }).$type<string[]>().notNull().default([]),
    rationale: text("rationale").notNull(),
    overrideReason: text("override_reason"),
    partialPanelReason: text("partial_panel_reason"),
    engineSnapshot: text("engine_snapshot", { mode: "json" }).$type<unknown>().notNull(),
  },
  (t) => [index("decision_history_application_idx").on(t.applicationId, t.changedAt)],
);

/**
 * The recommendation engine's level and confidence per application, kept so the calibration analytics does not run
 * the engine for every application on every view. `fingerprint` is the engine's inputs as lib/analytics/
 * role-recommendations.ts reads them in SQL (the role's sections, thresholds and plan; the panel's interviews,
 * scorecard revisions and interviewer levels); a row whose fingerprint no longer matches is recomputed.
 */
export const applicationRecommendations = sqliteTable("application_recommendations", {
  applicationId: text("application_id")
    .primaryKey()
    .references(() => applications.id, { onDelete: "cascade" }),
  fingerprint: text("fingerprint").notNull(),
  /** lib/calibration Level; null when there is nothing to judge (no submitted scorecard) or the input is invalid. */
  level: text("level"),
  confidence: text("confidence", { enum: CONFIDENCES }),
  computedAt: integer("computed_at", { mode: "timestamp_ms" }).notNull(),
});

/** What role_calibration_summaries keeps: per section its alpha, per interviewer their offset and submitted scorecards. */
export type KeptRoleCalibration = {
  sections: { sectionId: string; alpha: number | null; applications: number; ratings: number }[];
  interviewers: { interviewerId: string; meanOffset: number | null; ratings: number; scorecards: number; submittedScorecards: number }[];
};

/**
 * The calibration analytics' agreement (alpha per section) and interviewer offsets over every application of a role,
 * kept so a view does not read and reduce all of the role's ratings. `fingerprint` is what lib/analytics/
 * role-calibration-summary.ts reads cheaply from the scorecards index (count, revisions, times of the role's submitted
 * scorecards) with the sections in play; a row whose fingerprint no longer matches is recomputed.
 */
export const roleCalibrationSummaries = sqliteTable("role_calibration_summaries", {
  roleId: text("role_id")
    .primaryKey()
    .references(() => roles.id, { onDelete: "cascade" }),
  fingerprint: text("fingerprint").notNull(),
  summary: text("summary", { mode: "json" }).$type<KeptRoleCalibration>().notNull(),
  computedAt: integer("computed_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * A change of the role's settings (thresholds, sections in play, Staff-critical sections) that moved an open
 * debrief's recommendation from one level to another: the debrief says so ("settings changed on 3 Dec: was Staff"),
 * so nobody reads a flipped recommendation as if the panel had changed (lib/roles/settings-impact.ts).
 */
export const settingsLevelChanges = sqliteTable(
  "settings_level_changes",
  {
    id: id(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    changedAt: integer("changed_at", { mode: "timestamp_ms" }).notNull(),
    changedById: text("changed_by_id").references(() => users.id, { onDelete: "set null" }),
    /** lib/calibration Level before and after the change. */
    fromLevel: text("from_level").notNull(),
    toLevel: text("to_level").notNull(),
    /** What changed, in words: "thresholds", "sections in play", "Staff-critical sections". */
    what: text("what").notNull(),
  },
  (t) => [index("settings_level_changes_application_idx").on(t.applicationId, t.changedAt)],
);

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: id(),
    at: integer("at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    summary: text("summary").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    // The log filtered by action, newest first; and the filter's list of actions, read by skipping along it.
    index("audit_events_action_idx").on(t.action, t.at),
  ],
);

/** Workspace settings an admin changes in the app, one row per key (e.g. "retention", lib/retention). */
export const appSettings = sqliteTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date()),
  updatedById: text("updated_by_id").references(() => users.id, { onDelete: "set null" }),
});

// ─── Outbox (lib/mail) ─────────────────────────────────────────────────────

/**
 * One email, written in the same transaction as the change that causes it; the sender (lib/mail/outbox-sender.ts)
 * delivers it later. Rows of an interview go with it when its candidate is erased (the text names the candidate).
 */
export const outboxMessages = sqliteTable(
  "outbox_messages",
  {
    id: id(),
    kind: text("kind", { enum: OUTBOX_KINDS }).notNull(),
    interviewId: text("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    to: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text_body").notNull(),
    html: text("html_body").notNull(),
    /** Extra headers, e.g. List-Unsubscribe. */
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>().notNull().default({}),
    /** The iCalendar invitation, sent as the message's text/calendar part; its METHOD is in icsMethod. */
    ics: text("ics"),
    icsMethod: text("ics_method", { enum: ["REQUEST", "CANCEL"] }),
    /** The invitation's SEQUENCE: 0 when scheduled, one higher for each update of the same interview (same UID). */
    icsSequence: integer("ics_sequence"),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    /** While "sending": the claim expires then, and another sender may try again (same Message-ID). */
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    /** The SMTP server's answer to the last failed attempt, or why it could not be sent. */
    lastError: text("last_error"),
    /** The SMTP server's answer when it accepted the message. */
    smtpResponse: text("smtp_response"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    // Plain ids, no foreign keys: SQLite's ALTER TABLE cannot add ON DELETE rules, and erasure deletes these rows itself.
    /** A notice about an application (debrief ready or waiting): deleted with its candidate (lib/candidates/erase-candidate.ts). */
    applicationId: text("application_id"),
    /** The person it is for, when it is one of Levelset's people (their notification preferences apply). */
    recipientId: text("recipient_id"),
    /** Names a message that must exist at most once (e.g. "scorecard-reminder:<interview>:2"): two ticks never double it. */
    dedupeKey: text("dedupe_key"),
    /** A scheduled scorecard reminder's number, 1 to 5; null for one a recruiter sent with "Remind now". */
    reminderNumber: integer("reminder_number"),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbox_messages_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_messages_created_idx").on(t.createdAt),
    index("outbox_messages_interview_idx").on(t.interviewId, t.kind),
    index("outbox_messages_kind_created_idx").on(t.kind, t.createdAt),
    index("outbox_messages_application_idx").on(t.applicationId),
    uniqueIndex("outbox_messages_dedupe_uq").on(t.dedupeKey),
  ],
);

/**
 * Which notifications a person gets (lib/mail/notification-preferences.ts); no row means every kind is on.
 * The time zone places the daily scorecard reminder at a sensible local hour.
 */
export const notificationPreferences = sqliteTable("notification_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Interview invitations, updates and cancellations (with their calendar invitations). */
  interviews: integer("interviews", { mode: "boolean" }).notNull().default(true),
  /** Scorecard-due reminders. */
  reminders: integer("reminders", { mode: "boolean" }).notNull().default(true),
  /** Debrief ready and debrief waiting notices (hiring managers). */
  debriefs: integer("debriefs", { mode: "boolean" }).notNull().default(true),
  timeZone: text("time_zone").notNull().default("UTC"),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date()),
});

/** Which process may send: one row per job, held until expiresAt and renewed by its holder while it runs. */
export const senderLeases = sqliteTable("sender_leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

// ─── Account links and calendar feeds (lib/people/account-links, lib/calendar) ─

/**
 * A single-use, expiring link sent by email: an invitation to join or a password reset. Only the SHA-256 of the
 * token is kept; the token itself exists in the message alone. A newer link of the same purpose replaces older ones.
 */
export const accountLinks = sqliteTable(
  "account_links",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ACCOUNT_LINK_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    /** A newer link of the same purpose was sent (a resend, a second reset request). */
    replacedAt: integer("replaced_at", { mode: "timestamp_ms" }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("account_links_user_idx").on(t.userId, t.purpose)],
);

/** A person's private calendar feed (/calendar/<token>.ics): at most one per person; only the token's SHA-256 is kept. */
export const calendarFeeds = sqliteTable("calendar_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Framework = typeof frameworks.$inferSelect;
export type FrameworkVersion = typeof frameworkVersions.$inferSelect;
export type FrameworkSection = typeof frameworkSections.$inferSelect;
export type SectionItem = typeof sectionItems.$inferSelect;
export type ProbingQuestion = typeof probingQuestions.$inferSelect;
export type RedFlag = typeof redFlags.$inferSelect;
export type Role = typeof roles.$inferSelect;
export type NewRole = typeof roles.$inferInsert;
export type PlanStage = typeof planStages.$inferSelect;
export type Candidate = typeof candidates.$inferSelect;
export type Application = typeof applications.$inferSelect;
export type Interview = typeof interviews.$inferSelect;
export type Scorecard = typeof scorecards.$inferSelect;
export type ScorecardRating = typeof scorecardRatings.$inferSelect;
export type ScorecardRedFlag = typeof scorecardRedFlags.$inferSelect;
export type ScorecardAmendment = typeof scorecardAmendments.$inferSelect;
export type Decision = typeof decisions.$inferSelect;
export type DecisionHistoryEntry = typeof decisionHistory.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type NotificationPreferences = typeof notificationPreferences.$inferSelect;
