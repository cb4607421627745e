import fc from "fast-check";
import { DEFAULT_THRESHOLDS, THRESHOLD_KEYS } from "@/lib/calibration/thresholds";
import { addCandidate } from "@/lib/candidates/add-candidate";
import { addCandidateSchema, changeApplicationStatusSchema, editCandidateSchema, SETTABLE_STATUSES } from "@/lib/candidates/candidate-schema";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { editCandidate } from "@/lib/candidates/edit-candidate";
import { changeRoleStatus } from "@/lib/roles/change-role-status";
import { changeRoleStatusSchema } from "@/lib/roles/role-status-schema";
import { eraseCandidate } from "@/lib/candidates/erase-candidate";
import { eraseCandidateSchema } from "@/lib/candidates/erase-candidate-schema";
import { retentionSettingSchema, runRetentionSchema } from "@/lib/retention/retention-schema";
import { saveRetentionSetting } from "@/lib/retention/retention-settings";
import { runRetention } from "@/lib/retention/run-retention";
import { decisionSchema, reopenDecisionSchema, reviseDecisionSchema } from "@/lib/debrief/decision-schema";
import { recordDecision } from "@/lib/debrief/record-decision";
import { reopenDecision } from "@/lib/debrief/reopen-decision";
import { reviseDecision } from "@/lib/debrief/revise-decision";
import { createFramework } from "@/lib/frameworks/create-framework";
import { createFrameworkDraft } from "@/lib/frameworks/create-framework-draft";
import { discardFrameworkDraft } from "@/lib/frameworks/discard-framework-draft";
import {
  checklistImportSchema,
  checklistPreviewSchema,
  frameworkIdSchema,
  jsonImportSchema,
  jsonPreviewSchema,
  newFrameworkSchema,
  saveDraftSchema,
  draftVersionSchema,
} from "@/lib/frameworks/framework-action-schemas";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";
import { exportFrameworkJson } from "@/lib/frameworks/framework-json";
import { importChecklistFramework, previewChecklistImport } from "@/lib/frameworks/import-checklist-framework";
import { importJsonFramework, previewJsonImport } from "@/lib/frameworks/import-json-framework";
import { notFound } from "@/lib/errors";
import { loadFrameworkVersion, readVersionContent } from "@/lib/frameworks/load-framework-version";
import { publishFrameworkVersion } from "@/lib/frameworks/publish-framework-version";
import { updateFrameworkDraft } from "@/lib/frameworks/update-framework-draft";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { cancelInterviewSchema, rescheduleInterviewSchema, scheduleInterviewSchema } from "@/lib/interviews/interview-schedule-schema";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { markNotHeldSchema } from "@/lib/interviews/not-held-schema";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { APP_ROLES, ENGINEER_LEVELS, ROLE_STATUSES } from "@/db/enums";
import { createPersonSchema, updatePersonSchema } from "@/lib/people/person-schema";
import { createPerson, updatePerson } from "@/lib/people/save-person";
import { deactivatePerson } from "@/lib/people/deactivate-person";
import { deactivatePersonSchema } from "@/lib/people/deactivation-schema";
import { interviewPlanSchema } from "@/lib/roles/plan-schema";
import { createRoleSchema, hiringTeamSchema, roleSettingsSchema } from "@/lib/roles/role-schema";
import { createRole } from "@/lib/roles/create-role";
import { saveInterviewPlan } from "@/lib/roles/save-interview-plan";
import { updateHiringTeam } from "@/lib/roles/update-hiring-team";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { amendScorecard } from "@/lib/scorecards/amend-scorecard";
import { CONFIDENCE_LEVELS, RECOMMENDATIONS, SCOPES } from "@/lib/scorecards/scorecard-content";
import { amendScorecardSchema, submitScorecardSchema } from "@/lib/scorecards/scorecard-schema";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { saveNotificationSettings } from "@/lib/mail/notification-preferences";
import { notificationSettingsSchema } from "@/lib/mail/notification-settings-schema";
import { remindNowSchema, retryOutboxSchema } from "@/lib/mail/outbox-action-schemas";
import { retryOutboxMessage } from "@/lib/mail/retry-outbox-message";
import { remindNow } from "@/lib/mail/scorecard-reminders";
import { reminderDelaySchema } from "@/lib/roles/reminder-delay-schema";
import { updateReminderDelay } from "@/lib/roles/update-reminder-delay";
import { issueAccountLink } from "@/lib/accounts/account-links";
import { forgotPasswordSchema, personIdSchema, setPasswordSchema } from "@/lib/accounts/account-schemas";
import { forgotPassword } from "@/lib/accounts/forgot-password";
import { PASSWORD_RESET_TTL_MS } from "@/lib/accounts/link-token";
import { resendInvitation } from "@/lib/accounts/resend-invitation";
import { setPasswordFromLink } from "@/lib/accounts/set-password-from-link";
import { UNKNOWN_ADDRESS } from "@/lib/auth/throttle-policy";
import { createCalendarFeedSchema, revokeCalendarFeedSchema, type CreateCalendarFeedInput } from "@/lib/calendar/calendar-feed-schema";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed-token";
import { OPEN_LINKS } from "./open-links";
import { field, hostileNumber, hostileText, idFrom, payload, SPECIAL_TEXT } from "./arbitraries";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ActionSpec, Ctx } from "./harness";
import { RECRUITER_ADMIN_APP_ROLES, ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

const id = (ctx: Ctx, table: string) => field(idFrom(ctx.ids[table] ?? [], ctx.ids.all));
const ids = (ctx: Ctx, table: string, max = 6, min = 0) =>
  field(fc.array(idFrom(ctx.ids[table] ?? [], ctx.ids.all), { minLength: min, maxLength: max }));
const text = (...plausible: string[]) =>
  field(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...plausible) }, { weight: 2, arbitrary: hostileText }));
const bool = () => field(fc.boolean());
/** The draft revision an editor names: mostly the seeded drafts' own (0), sometimes hostile. */
const draftRevision = () => field(fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: hostileNumber }));

const thresholds = () =>
  field(
    fc.record(
      Object.fromEntries(
        THRESHOLD_KEYS.map((k) => [
          k,
          fc.oneof({ weight: 30, arbitrary: fc.constant(DEFAULT_THRESHOLDS[k]) }, { weight: 1, arbitrary: hostileNumber }),
        ]),
      ),
    ),
  );

const settingsFields = (ctx: Ctx) => ({
  title: text("Backend Engineer, Payments", "Staff SRE"),
  team: text("Payments", ""),
  hiresSenior: bool(),
  hiresStaff: bool(),
  frameworkVersionId: id(ctx, "framework_versions"),
  sectionIds: ids(ctx, "framework_sections", 6, 1),
  staffCriticalSectionIds: ids(ctx, "framework_sections", 2, 1),
  thresholds: thresholds(),
});
/** Most of the time: sections of the chosen version, a Staff-critical one among them, at least one level. */
const coherentSettings = (ctx: Ctx) => (r: Record<string, unknown>) => {
  const versionId = typeof r.frameworkVersionId === "string" ? r.frameworkVersionId : "";
  const own = (ctx.sqlite.prepare("SELECT id FROM framework_sections WHERE version_id = ?").all(versionId) as { id: string }[]).map((x) => x.id);
  const n = typeof r.title === "string" ? r.title.length : 3;
  if (n % 5 === 0) return r; // a fifth stay as drawn
  const sectionIds = own.length ? own.slice(0, 1 + (n % own.length)) : r.sectionIds;
  return {
    ...r,
    sectionIds,
    staffCriticalSectionIds: Array.isArray(sectionIds) ? sectionIds.slice(0, 1) : [],
    hiresSenior: r.hiresSenior === true || n % 2 === 0,
  };
};
const teamFields = (ctx: Ctx) => ({
  hiringManagerId: id(ctx, "users"),
  recruiterIds: ids(ctx, "users", 3),
  interviewerIds: ids(ctx, "users"),
});

const isoInstant = fc.oneof(
  fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    "2030-02-30T10:00:00Z",
    "2030-01-01T25:00:00+01:00",
    "9999-12-31T23:59:59.999Z",
    "0000-01-01T00:00:00Z",
    "2030-03-29T02:30:00+14:00",
    "2030-01-01",
  ),
);

/** The caller's own interviews (so the kit loads and the scorecard rules are reached), or anyone's. */
const ownInterview = (ctx: Ctx, user: SessionUser) =>
  idFrom(
    (ctx.sqlite.prepare("SELECT id FROM interviews WHERE interviewer_id = ?").all(user.id) as { id: string }[]).map((r) => r.id),
    ctx.ids.interviews ?? [],
  );

const scorecardContent = (ctx: Ctx) =>
  field(
    fc.record({
      ratings: field(
        fc.array(
          fc.record({
            sectionId: id(ctx, "framework_sections"),
            rating: field(fc.constantFrom(0, 1, 2, null)),
            notAssessed: bool(),
            evidence: text("Designed the retry budget and explained the trade-offs clearly."),
            scope: field(fc.constantFrom(...SCOPES, null)),
            itemsObserved: ids(ctx, "section_items", 3),
          }),
          { maxLength: 4 },
        ),
      ),
      redFlags: field(fc.array(fc.record({ redFlagId: id(ctx, "red_flags"), note: text("Blamed others") }), { maxLength: 2 })),
      overallRecommendation: field(fc.constantFrom(...RECOMMENDATIONS, null)),
      confidence: field(fc.constantFrom(...CONFIDENCE_LEVELS, null)),
      summary: text("Strong on design, weaker on operations."),
    }),
  );

const CHECKLIST = `# Platform checklist\n\n## System design\n- Designs for failure\n\n## Operations\n1. Owned an incident\n`;

/** A framework version's content with hostile text dropped into its names and descriptions. */
function hostileContent(ctx: Ctx) {
  const base = readVersionContent(ctx.db, ctx.ids.framework_versions?.[0] ?? "");
  if (!base) throw new Error("No framework content in the seed");
  return fc
    .record({ name: hostileText, description: hostileText, section: hostileText, which: fc.constantFrom("name", "description", "section", "none") })
    .map(({ name, description, section, which }) => {
      const copy = structuredClone(base) as unknown as Record<string, unknown> & { sections: Record<string, unknown>[] };
      if (which === "name") copy.name = name;
      if (which === "description") copy.description = description;
      if (which === "section" && copy.sections[0]) {
        const key = fc.sample(fc.constantFrom(...Object.keys(copy.sections[0]).filter((k) => typeof copy.sections[0]![k] === "string")), 1)[0]!;
        copy.sections[0][key] = section;
      }
      return copy;
    });
}

const importText = (ctx: Ctx) =>
  field(
    fc.oneof(
      fc.constant(CHECKLIST),
      hostileText.map((t) => `# ${t}\n\n## ${t}\n- ${t}\n`),
      hostileContent(ctx).map((c) => {
        try {
          return exportFrameworkJson(c as never);
        } catch {
          return JSON.stringify(c);
        }
      }),
      hostileText,
    ),
  );

/** Opens a draft on every framework, so publish/save/discard have drafts to hit. */
const openDrafts = (ctx: Ctx, admin: SessionUser) => {
  for (const frameworkId of ctx.ids.frameworks ?? []) createFrameworkDraft(ctx.db, { user: admin, frameworkId });
};

/** A few of the seed's outbox messages failed, and one waiting, so "Retry now" has something to retry. */
const failSomeMessages = (ctx: Ctx) => {
  ctx.sqlite.exec(
    "UPDATE outbox_messages SET status = 'failed', last_error = '550 Mailbox unavailable' WHERE id IN (SELECT id FROM outbox_messages ORDER BY id LIMIT 3)",
  );
  ctx.sqlite.exec("UPDATE outbox_messages SET status = 'pending' WHERE id IN (SELECT id FROM outbox_messages ORDER BY id LIMIT 1 OFFSET 3)");
};

const openLinks = (purpose: "invitation" | "password-reset") => (ctx: Ctx) => {
  OPEN_LINKS[purpose] = (ctx.ids.users ?? [])
    .slice(0, 8)
    .map((userId) => issueAccountLink(ctx.db, { userId, purpose, now: new Date(), ttlMs: PASSWORD_RESET_TTL_MS, createdById: null }).token);
};
const linkToken = (purpose: "invitation" | "password-reset") =>
  field(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(null).map(() => OPEN_LINKS[purpose][0] ?? "") },
      { weight: 2, arbitrary: fc.constantFrom("A".repeat(43), "not-a-token", "") },
      { weight: 1, arbitrary: hostileText },
    ),
  );
const newPassword = () => text("correct horse battery staple", "short", "𝓅𝒶𝓈𝓈𝓌𝑜𝓇𝒹 with emoji 🔑", "x".repeat(201));
const setPasswordPayload = (purpose: "invitation" | "password-reset") => () =>
  payload({ token: linkToken(purpose), password: newPassword(), confirm: newPassword() });

export function actionSpecs(): ActionSpec[] {
  return [
    {
      name: "createRoleAction",
      schema: createRoleSchema,
      roles: RECRUITER_ADMIN_APP_ROLES,
      payload: (ctx) => payload({ ...settingsFields(ctx), ...teamFields(ctx) }, coherentSettings(ctx)),
      run: ({ db }, input: Parameters<typeof createRole>[1], user) => createRole(db, { ...input, user }),
    },
    {
      name: "updateHiringTeamAction",
      schema: hiringTeamSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) => payload({ roleId: id(ctx, "roles"), ...teamFields(ctx) }),
      run: ({ db }, input: Parameters<typeof updateHiringTeam>[1], user) => updateHiringTeam(db, { ...input, user }),
    },
    {
      name: "saveInterviewPlanAction",
      schema: interviewPlanSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) =>
        payload({
          roleId: id(ctx, "roles"),
          stages: field(
            fc.array(
              fc.record({
                id: field(fc.option(idFrom(ctx.ids.plan_stages ?? [], ctx.ids.all))),
                name: text("System design", "Coding"),
                durationMinutes: field(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(45, 60) }, { weight: 1, arbitrary: hostileNumber })),
                focusSectionIds: ids(ctx, "framework_sections", 3, 1),
                questionIds: ids(ctx, "probing_questions", 3),
                interviewerIds: ids(ctx, "users", 3),
              }),
              { maxLength: 4 },
            ),
          ),
        }),
      run: ({ db }, input: Parameters<typeof saveInterviewPlan>[1], user) => saveInterviewPlan(db, { ...input, user }),
    },
    {
      name: "addCandidateAction",
      schema: addCandidateSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) =>
        payload({
          roleId: id(ctx, "roles"),
          name: text("Grace Hopper"),
          email: field(
            fc.oneof(
              { weight: 4, arbitrary: fc.stringMatching(/^[a-z]{1,10}$/).map((t) => `${t}@example.com`) },
              { weight: 1, arbitrary: hostileText.map((t) => `${t}@example.com`) },
            ),
          ),
          links: text("https://github.com/grace\nhttps://example.com", ""),
          notes: text("Referred by Lee.", ""),
        }),
      run: ({ db }, input: Parameters<typeof addCandidate>[1], user) => addCandidate(db, { ...input, user }),
    },
    {
      name: "editCandidateAction",
      schema: editCandidateSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) =>
        payload({
          applicationId: id(ctx, "applications"),
          revision: field(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(0, "0", 1, "1") }, { weight: 1, arbitrary: hostileNumber })),
          name: text("Grace Hopper"),
          email: field(
            fc.oneof(
              { weight: 4, arbitrary: fc.stringMatching(/^[a-z]{1,10}$/).map((t) => `${t}@example.com`) },
              { weight: 1, arbitrary: fc.constantFrom("alice.chen@example.com", "BRUNO.DIAZ@example.com") },
              { weight: 1, arbitrary: hostileText.map((t) => `${t}@example.com`) },
            ),
          ),
          links: text("https://github.com/grace\nhttps://example.com", ""),
          notes: text("Referred by Lee.", ""),
        }),
      run: ({ db }, input: Parameters<typeof editCandidate>[1], user) => editCandidate(db, { ...input, user }),
    },
    {
      name: "changeRoleStatusAction",
      schema: changeRoleStatusSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) =>
        payload({
          roleId: id(ctx, "roles"),
          status: field(fc.constantFrom(...ROLE_STATUSES)),
          reason: text("Position filled.", "", "no"),
        }),
      run: ({ db }, input: Parameters<typeof changeRoleStatus>[1], user) => changeRoleStatus(db, { ...input, user }),
    },
    {
      name: "updateRoleSettingsAction",
      schema: roleSettingsSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) => payload({ roleId: id(ctx, "roles"), ...settingsFields(ctx) }, coherentSettings(ctx)),
      run: ({ db }, input: Parameters<typeof updateRoleSettings>[1], user) => updateRoleSettings(db, { ...input, user }),
    },
    {
      name: "submitScorecardAction",
      schema: submitScorecardSchema,
      roles: ["interviewer", "hiring-manager"],
      payload: (ctx, user) =>
        payload({
          interviewId: ownInterview(ctx, user),
          baseRevision: field(fc.oneof({ weight: 8, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: hostileNumber })),
          content: scorecardContent(ctx),
        }),
      run: ({ db }, input: Omit<Parameters<typeof submitScorecard>[1], "user">, user) => submitScorecard(db, { user, ...input }),
    },
    {
      name: "amendScorecardAction",
      schema: amendScorecardSchema,
      roles: ["interviewer", "hiring-manager"],
      payload: (ctx, user) =>
        payload({
          interviewId: ownInterview(ctx, user),
          baseRevision: field(fc.oneof({ weight: 8, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: hostileNumber })),
          reason: text("I misread my notes on the design section."),
          content: scorecardContent(ctx),
        }),
      run: ({ db }, input: Omit<Parameters<typeof amendScorecard>[1], "user">, user) => amendScorecard(db, { user, ...input }),
    },
    {
      name: "markNotHeldAction",
      schema: markNotHeldSchema,
      payload: (ctx, user) => payload({ interviewId: ownInterview(ctx, user), reason: text("The candidate did not join the call.") }),
      run: ({ db }, input: Omit<Parameters<typeof markInterviewNotHeld>[1], "user">, user) => markInterviewNotHeld(db, { user, ...input }),
    },
    {
      name: "createFrameworkAction",
      schema: newFrameworkSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      payload: (ctx) =>
        payload({
          name: text("Platform framework"),
          startFrom: field(fc.oneof(fc.constant("blank"), idFrom(ctx.ids.frameworks ?? [], ctx.ids.all))),
        }),
      run: ({ db }, { name, startFrom }: { name: string; startFrom: string }, user) =>
        startFrom === "blank"
          ? createFramework(db, { user, source: "blank", content: { name, description: "", sections: [] } })
          : (() => {
              const source = loadFrameworkVersion(db, { user, frameworkId: startFrom, version: "latest-published" });
              if (!source) throw notFound("A published version of this framework");
              return createFramework(db, {
                user,
                source: "copy",
                content: { ...source.content, name },
                origin: `${source.content.name} v${source.version}`,
              });
            })(),
    },
    {
      name: "previewChecklistAction",
      schema: checklistPreviewSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      payload: (ctx) => payload({ text: importText(ctx) }),
      run: (_ctx, { text }: { text: string }, user) => previewChecklistImport({ user, text }),
    },
    {
      name: "importChecklistAction",
      schema: checklistImportSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      payload: (ctx) =>
        payload({
          text: importText(ctx),
          name: text("Imported platform"),
          include: field(fc.array(fc.oneof(fc.constantFrom("system-design", "operations"), hostileText), { maxLength: 3 })),
          fileName: field(fc.oneof(fc.constant("checklist.md"), hostileText)),
        }),
      run: ({ db }, { text, name, include, fileName }: { text: string; name: string; include: string[]; fileName?: string }, user) =>
        importChecklistFramework(db, { user, text, name, includeKeys: include, ...(fileName ? { fileName } : {}) }),
    },
    {
      name: "previewJsonAction",
      schema: jsonPreviewSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      payload: (ctx) => payload({ text: importText(ctx) }),
      run: (_ctx, { text }: { text: string }, user) => previewJsonImport({ user, text }),
    },
    {
      name: "importJsonAction",
      schema: jsonImportSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      payload: (ctx) =>
        payload({
          text: importText(ctx),
          publish: bool(),
          name: text("Imported JSON", ""),
          fileName: field(fc.oneof(fc.constant("f.json"), hostileText)),
        }),
      run: ({ db }, { text, publish, name, fileName }: { text: string; publish: boolean; name?: string; fileName?: string }, user) =>
        importJsonFramework(db, { user, text, publish, ...(name ? { name } : {}), ...(fileName ? { fileName } : {}) }),
    },
    {
      name: "createDraftAction",
      schema: frameworkIdSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      payload: (ctx) => payload({ frameworkId: id(ctx, "frameworks") }),
      run: ({ db }, { frameworkId }: { frameworkId: string }, user) => createFrameworkDraft(db, { user, frameworkId }),
    },
    {
      name: "saveDraftAction",
      schema: saveDraftSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      setup: openDrafts,
      payload: (ctx) => payload({ versionId: id(ctx, "draft_versions"), revision: draftRevision(), content: field(hostileContent(ctx)) }),
      run: (
        { db },
        { versionId, revision, content }: { versionId: string; revision: number; content: Parameters<typeof updateFrameworkDraft>[1]["content"] },
        user,
      ) => updateFrameworkDraft(db, { user, versionId, baseRevision: revision, content }),
    },
    {
      name: "publishDraftAction",
      schema: draftVersionSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      setup: openDrafts,
      payload: (ctx) => payload({ versionId: id(ctx, "draft_versions"), revision: draftRevision() }),
      run: ({ db }, { versionId, revision }: { versionId: string; revision: number }, user) =>
        publishFrameworkVersion(db, { user, versionId, baseRevision: revision }),
    },
    {
      name: "discardDraftAction",
      schema: draftVersionSchema,
      roles: FRAMEWORK_EDITOR_ROLES,
      setup: openDrafts,
      payload: (ctx) => payload({ versionId: id(ctx, "draft_versions"), revision: draftRevision() }),
      run: ({ db }, { versionId, revision }: { versionId: string; revision: number }, user) =>
        discardFrameworkDraft(db, { user, versionId, baseRevision: revision }),
    },
    {
      name: "changeApplicationStatusAction",
      schema: changeApplicationStatusSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) =>
        payload({
          applicationId: id(ctx, "applications"),
          status: field(fc.constantFrom(...SETTABLE_STATUSES)),
          reason: field(fc.constant("Accepted another offer.")),
        }),
      run: ({ db }, input: Parameters<typeof changeApplicationStatus>[1], user) => changeApplicationStatus(db, { ...input, user }),
    },
    {
      name: "scheduleInterviewAction",
      schema: scheduleInterviewSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) =>
        payload({
          applicationId: id(ctx, "applications"),
          stageId: id(ctx, "plan_stages"),
          interviewerId: id(ctx, "users"),
          scheduledAt: field(isoInstant),
        }),
      run: ({ db }, input: Parameters<typeof scheduleInterview>[1], user) => scheduleInterview(db, { ...input, user }),
    },
    {
      name: "rescheduleInterviewAction",
      schema: rescheduleInterviewSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) => payload({ interviewId: id(ctx, "interviews"), scheduledAt: field(isoInstant) }),
      run: ({ db }, input: Parameters<typeof rescheduleInterview>[1], user) => rescheduleInterview(db, { ...input, user }),
    },
    {
      name: "cancelInterviewAction",
      schema: cancelInterviewSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      payload: (ctx) => payload({ interviewId: id(ctx, "interviews") }),
      run: ({ db }, input: { interviewId: string }, user) => cancelInterview(db, { ...input, user }),
    },
    {
      name: "recordDecisionAction",
      schema: decisionSchema,
      roles: ["hiring-manager"],
      payload: (ctx) =>
        payload({
          applicationId: id(ctx, "applications"),
          level: field(fc.constantFrom("staff", "senior", "none")),
          hire: field(fc.constantFrom(true, false, "true", "false", "hire", "no-hire")),
          rationale: text("The panel evidence on design and operations supports Senior, not Staff."),
          overrideReason: text("", "The panel under-weighted the incident review evidence."),
        }),
      run: ({ db }, input: Omit<Parameters<typeof recordDecision>[1], "user" | "now">, user) =>
        recordDecision(db, { ...input, user, now: new Date() }),
    },
    {
      name: "reviseDecisionAction",
      schema: reviseDecisionSchema,
      roles: ["hiring-manager"],
      payload: (ctx) =>
        payload({
          applicationId: id(ctx, "applications"),
          level: field(fc.constantFrom("staff", "senior", "none")),
          hire: field(fc.constantFrom(true, false, "true", "false", "hold")),
          rationale: text("References confirmed the cross-team migration he described."),
          overrideReason: text("", "The panel under-weighted the incident review evidence."),
          probeSectionIds: ids(ctx, "framework_sections", 3),
          decideWithoutMissing: field(fc.constantFrom(true, false, "on")),
          missingReason: text("", "The last interviewer is away for a month."),
          revisionReason: text("Two reference calls after the debrief changed the picture."),
        }),
      run: ({ db }, input: Omit<Parameters<typeof reviseDecision>[1], "user" | "now">, user) =>
        reviseDecision(db, { ...input, user, now: new Date() }),
    },
    {
      name: "reopenDecisionAction",
      schema: reopenDecisionSchema,
      roles: ["hiring-manager"],
      payload: (ctx) => payload({ applicationId: id(ctx, "applications"), reason: text("The offer fell through; the team wants a fresh look.") }),
      run: ({ db }, input: Omit<Parameters<typeof reopenDecision>[1], "user" | "now">, user) =>
        reopenDecision(db, { ...input, user, now: new Date() }),
    },
    {
      name: "createPersonAction",
      schema: createPersonSchema,
      roles: ["admin"],
      numRuns: 40,
      payload: () =>
        payload({
          name: text("Katherine Johnson"),
          email: field(
            fc.oneof(
              { weight: 4, arbitrary: fc.stringMatching(/^[a-z]{1,10}$/).map((t) => `${t}@example.com`) },
              { weight: 1, arbitrary: fc.constantFrom("admin@levelset.test", "ADMIN@levelset.test ") },
            ),
          ),
          level: field(fc.constantFrom(...ENGINEER_LEVELS)),
          roles: field(fc.array(fc.constantFrom(...APP_ROLES), { maxLength: 3 })),
          password: field(fc.constantFrom("", "correct horse battery", "short", `p${SPECIAL_TEXT.join("")}`)),
        }),
      run: ({ db }, input: Parameters<typeof createPerson>[1]["input"], user) => createPerson(db, { actor: user, input }),
    },
    {
      name: "updatePersonAction",
      schema: updatePersonSchema,
      roles: ["admin"],
      numRuns: 40,
      payload: (ctx) =>
        payload({
          userId: id(ctx, "users"),
          name: text("Katherine Johnson"),
          level: field(fc.constantFrom(...ENGINEER_LEVELS)),
          roles: field(fc.array(fc.constantFrom(...APP_ROLES), { maxLength: 3 })),
          active: field(fc.constantFrom("on", "true", true, false, "off")),
          password: field(fc.constantFrom("", "correct horse battery", "short")),
        }),
      run: ({ db }, input: Parameters<typeof updatePerson>[1]["input"], user) => updatePerson(db, { actor: user, input }),
    },
    {
      name: "deactivatePersonAction",
      schema: deactivatePersonSchema,
      roles: ["admin"],
      numRuns: 40,
      payload: (ctx) =>
        payload({
          userId: id(ctx, "users"),
          choices: field(
            fc.array(
              fc.record({
                interviewId: idFrom(ctx.ids.interviews ?? [], ctx.ids.all),
                action: fc.constantFrom("reassign", "cancel", "", "delete", "REASSIGN"),
                interviewerId: fc.oneof(idFrom(ctx.ids.users ?? [], ctx.ids.all), fc.constant(""), hostileText),
              }),
              { maxLength: 4 },
            ),
          ),
        }),
      run: ({ db }, input: Parameters<typeof deactivatePerson>[1]["input"], user) => deactivatePerson(db, { actor: user, input }),
    },
    {
      name: "eraseCandidateAction",
      schema: eraseCandidateSchema,
      roles: ["recruiter", "admin"],
      numRuns: 40,
      payload: (ctx) =>
        payload(
          { candidateId: id(ctx, "candidates"), applicationId: id(ctx, "applications"), confirmName: text("Alice Chen", "Erased candidate") },
          (r) => {
            // Half the time the typed name is the chosen candidate's own, so erasures go through too.
            const row = ctx.sqlite.prepare("SELECT name FROM candidates WHERE id = ?").get(r.candidateId) as { name: string } | undefined;
            return row && typeof r.confirmName === "string" && r.confirmName.length % 2 === 0 ? { ...r, confirmName: row.name } : r;
          },
        ),
      run: ({ db }, input: { candidateId: string; confirmName: string }, user) =>
        eraseCandidate(db, { user, candidateId: input.candidateId, confirmName: input.confirmName }),
    },
    {
      name: "saveRetentionSettingAction",
      schema: retentionSettingSchema,
      roles: ["admin"],
      numRuns: 30,
      payload: () => payload({ enabled: field(fc.constantFrom("on", true, false, "off", "")), months: text("6", "12", "0", "121", "1.5", "") }),
      run: ({ db }, input: { months: number | null }, user) => saveRetentionSetting(db, { user, months: input.months }),
    },
    {
      name: "runRetentionAction",
      schema: runRetentionSchema,
      roles: ["admin"],
      numRuns: 20,
      // One month: the seed's decided candidates (decided at the seed's clock, months before today) fall due.
      setup: ({ db }, admin) => {
        saveRetentionSetting(db, { user: admin, months: 1 });
      },
      payload: () => payload({ confirm: field(fc.constantFrom("yes", "no", "")) }),
      run: ({ db }, _input: unknown, user) => runRetention(db, new Date(), { actor: user }),
    },
    {
      name: "remindNowAction",
      schema: remindNowSchema,
      roles: ROLE_EDITOR_APP_ROLES,
      numRuns: 40,
      payload: (ctx) => payload({ interviewId: id(ctx, "interviews") }),
      run: ({ db }, input: { interviewId: string }, user) => remindNow(db, { user, interviewId: input.interviewId }),
    },
    {
      name: "retryOutboxMessageAction",
      schema: retryOutboxSchema,
      roles: ["admin"],
      numRuns: 40,
      setup: failSomeMessages,
      payload: (ctx) => payload({ messageId: id(ctx, "outbox_messages") }),
      run: ({ db }, input: { messageId: string }, user) => retryOutboxMessage(db, { user, messageId: input.messageId }),
    },
    {
      name: "saveNotificationSettingsAction",
      schema: notificationSettingsSchema,
      numRuns: 40,
      payload: () =>
        payload({
          interviews: field(fc.constantFrom("on", true, false, "off", "")),
          reminders: field(fc.constantFrom("on", true, false, "off", "")),
          debriefs: field(fc.constantFrom("on", true, false, "off", "")),
          timeZone: text("Europe/Berlin", "America/Los_Angeles", "UTC", "Mars/Olympus_Mons", "Etc/GMT+13"),
        }),
      run: ({ db }, input: Parameters<typeof saveNotificationSettings>[1]["input"], user) => saveNotificationSettings(db, { userId: user.id, input }),
    },
    {
      // Everyone signed in, on their own feed only: a userId in the payload is someone else's, and must change nothing of theirs.
      name: "createCalendarFeedAction",
      schema: createCalendarFeedSchema,
      numRuns: 40,
      payload: (ctx) => payload({ intent: field(fc.constantFrom("create", "regenerate", "revoke", "", "CREATE")), userId: id(ctx, "users") }),
      run: ({ db }, input: CreateCalendarFeedInput, user) => createCalendarFeed(db, { userId: user.id, intent: input.intent }),
    },
    {
      name: "revokeCalendarFeedAction",
      schema: revokeCalendarFeedSchema,
      numRuns: 30,
      payload: (ctx) => payload({ confirm: field(fc.constantFrom("revoke", "yes", "")), userId: id(ctx, "users") }),
      run: ({ db }, _input: unknown, user) => revokeCalendarFeed(db, { userId: user.id }),
    },
    {
      name: "resendInvitationAction",
      schema: personIdSchema,
      roles: ["admin"],
      numRuns: 40,
      payload: (ctx) => payload({ userId: id(ctx, "users") }),
      run: ({ db }, input: { userId: string }, user) => resendInvitation(db, { actor: user, userId: input.userId }),
    },
    {
      // Public: the link's token is the permission, so who sends it does not matter.
      name: "joinWithPasswordAction",
      schema: setPasswordSchema,
      numRuns: 30,
      setup: openLinks("invitation"),
      payload: setPasswordPayload("invitation"),
      run: ({ db }, input: Parameters<typeof setPasswordFromLink>[1]["input"]) => setPasswordFromLink(db, { purpose: "invitation", input }),
    },
    {
      name: "resetPasswordAction",
      schema: setPasswordSchema,
      numRuns: 30,
      setup: openLinks("password-reset"),
      payload: setPasswordPayload("password-reset"),
      run: ({ db }, input: Parameters<typeof setPasswordFromLink>[1]["input"]) => setPasswordFromLink(db, { purpose: "password-reset", input }),
    },
    {
      // Public: anyone may ask for any email; the throttle refuses after a few, writing nothing.
      name: "requestPasswordResetAction",
      schema: forgotPasswordSchema,
      numRuns: 40,
      payload: () => payload({ email: text("ada@levelset.test", "nobody@example.com", "ADA@LEVELSET.TEST ", "not an email") }),
      run: ({ db }, input: { email: string }) => forgotPassword(db, { email: input.email, address: UNKNOWN_ADDRESS, minAnswerMs: 0 }),
    },
    {
      name: "updateReminderDelayAction",
      schema: reminderDelaySchema,
      roles: ROLE_EDITOR_APP_ROLES,
      numRuns: 40,
      payload: (ctx) =>
        payload({
          roleId: id(ctx, "roles"),
          hours: field(
            fc.oneof({ weight: 3, arbitrary: fc.constantFrom(1, "2.5", "0.25", 168, "0", "169", "1e3") }, { weight: 2, arbitrary: hostileNumber }),
          ),
        }),
      run: ({ db }, input: { roleId: string; hours: number }, user) => updateReminderDelay(db, { user, roleId: input.roleId, hours: input.hours }),
    },
  ];
}
