import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  candidates,
  frameworkSections,
  interviews,
  planStages,
  probingQuestions,
  roleSections,
  roles,
  scorecards,
  stageFocusSections,
  stageQuestions,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import type { BarGuidanceContent, LevelReferenceContent } from "@/lib/frameworks/types";
import { itemsOfSections, redFlagsOfSections } from "@/lib/frameworks/section-parts";
import { readLevelReferences, readVersionGuidance } from "@/lib/frameworks/version-guidance";
import { joinInterviewContext } from "@/lib/interviews/interview-context";
import { interviewState, type InterviewState } from "@/lib/interviews/interview-state";
import { LIVE_INTERVIEW_STATUS } from "@/lib/permissions/scopes";
import type { KitRules } from "./validate-scorecard";

export type KitQuestion = { id: string; sectionId: string; prompt: string; seniorSignal: string; staffSignal: string };
export type KitRedFlag = {
  id: string;
  sectionId: string;
  sectionName: string;
  title: string;
  description: string;
  severity: "note" | "caps-at-senior" | "blocks-hire";
};
export type KitSection = {
  id: string;
  name: string;
  description: string;
  seniorSignal: string;
  staffSignal: string;
  staffCritical: boolean;
  items: { id: string; text: string }[];
  questions: KitQuestion[];
  redFlags: KitRedFlag[];
  /** The source ladder's text for this section at its other levels (issue 10); empty when it has none. */
  levelReferences: LevelReferenceContent[];
};

export type InterviewKit = {
  interview: {
    id: string;
    applicationId: string;
    scheduledAt: Date;
    durationMinutes: number;
    status: "scheduled" | "cancelled" | "not-held";
    stageName: string;
    state: InterviewState;
  };
  candidate: { name: string; links: string[] };
  role: { title: string; team: string; hiresSenior: boolean; hiresStaff: boolean };
  sections: KitSection[];
  /** Chosen questions whose section is not a focus of this stage. */
  otherQuestions: (KitQuestion & { sectionName: string })[];
  redFlags: KitRedFlag[];
  /** The bar guidance of the role's framework version, or null when it has none. */
  guidance: BarGuidanceContent | null;
};

/**
 * The caller's own live interview with its stage, role and candidate: the interviewer id and the status are part of
 * the WHERE clause, so anyone else's interview id, or a cancelled one, finds nothing.
 */
function liveInterviewRow(db: Db, userId: string, interviewId: string) {
  return joinInterviewContext(
    db
      .select({
        id: interviews.id,
        applicationId: interviews.applicationId,
        stageId: interviews.stageId,
        scheduledAt: interviews.scheduledAt,
        durationMinutes: interviews.durationMinutes,
        status: interviews.status,
        stageName: planStages.name,
        roleId: roles.id,
        frameworkVersionId: roles.frameworkVersionId,
        roleTitle: roles.title,
        roleTeam: roles.team,
        hiresSenior: roles.hiresSenior,
        hiresStaff: roles.hiresStaff,
        candidateName: candidates.name,
        candidateLinks: candidates.links,
        candidateErasedAt: candidates.erasedAt,
        scorecardStatus: scorecards.status,
      })
      .from(interviews)
      .$dynamic(),
  )
    .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
    .where(and(eq(interviews.id, interviewId), eq(interviews.interviewerId, userId), eq(interviews.status, LIVE_INTERVIEW_STATUS)))
    .get();
}

/** The stage's focus sections, in the framework's order, with whether the role marks each Staff-critical. */
function focusSectionsOf(db: Db, row: { stageId: string; roleId: string }) {
  return db
    .select({
      id: frameworkSections.id,
      name: frameworkSections.name,
      description: frameworkSections.description,
      seniorSignal: frameworkSections.seniorSignal,
      staffSignal: frameworkSections.staffSignal,
      staffCritical: roleSections.staffCritical,
    })
    .from(stageFocusSections)
    .innerJoin(frameworkSections, eq(frameworkSections.id, stageFocusSections.sectionId))
    .leftJoin(roleSections, and(eq(roleSections.sectionId, frameworkSections.id), eq(roleSections.roleId, row.roleId)))
    .where(eq(stageFocusSections.stageId, row.stageId))
    .orderBy(asc(frameworkSections.position))
    .all();
}

/** What a scorecard write needs of the kit: whose interview it is, and the rules its content is checked against. */
export type KitToWrite = {
  interview: { id: string; applicationId: string; scheduledAt: Date; stageName: string };
  candidate: { name: string; erased: boolean };
  rules: KitRules;
};

/**
 * The kit of one interview as a scorecard write needs it, under the same rule as loadInterviewKit (the caller's own
 * live interview, or null): its sections, checklist items and red flags, without the questions, level references and
 * guidance only the page shows. An autosave reads four statements instead of nine.
 */
export function loadKitToWrite(db: Db, opts: { user: SessionUser; interviewId: string }): KitToWrite | null {
  const row = liveInterviewRow(db, opts.user.id, opts.interviewId);
  if (!row) return null;
  const focus = focusSectionsOf(db, row);
  const focusIds = focus.map((s) => s.id);
  const items = itemsOfSections(db, focusIds);
  return {
    interview: { id: row.id, applicationId: row.applicationId, scheduledAt: row.scheduledAt, stageName: row.stageName },
    candidate: { name: row.candidateName, erased: row.candidateErasedAt !== null },
    rules: kitRules({
      sections: focus.map((s) => ({ ...s, items: items.filter((i) => i.sectionId === s.id) })),
      redFlags: redFlagsOfSections(db, focusIds),
    }),
  };
}

/**
 * The kit of one interview, for its own interviewer only and only while it is live: the interviewer id and
 * the status are part of the WHERE clause, so anyone else's interview id, or a cancelled one, answers null
 * (a 404), never the content.
 */
export function loadInterviewKit(db: Db, opts: { user: SessionUser; interviewId: string; now?: Date }): InterviewKit | null {
  const row = liveInterviewRow(db, opts.user.id, opts.interviewId);
  if (!row) return null;

  const focus = focusSectionsOf(db, row);
  const focusIds = focus.map((s) => s.id);

  const items = itemsOfSections(db, focusIds);
  const flags = redFlagsOfSections(db, focusIds);
  const questions = db
    .select({
      id: probingQuestions.id,
      sectionId: probingQuestions.sectionId,
      sectionName: frameworkSections.name,
      prompt: probingQuestions.prompt,
      seniorSignal: probingQuestions.seniorSignal,
      staffSignal: probingQuestions.staffSignal,
    })
    .from(stageQuestions)
    .innerJoin(probingQuestions, eq(probingQuestions.id, stageQuestions.questionId))
    .innerJoin(frameworkSections, eq(frameworkSections.id, probingQuestions.sectionId))
    .where(eq(stageQuestions.stageId, row.stageId))
    .orderBy(asc(frameworkSections.position), asc(probingQuestions.position))
    .all();

  const references = readLevelReferences(db, focusIds);
  const sectionName = new Map(focus.map((s) => [s.id, s.name]));
  const kitFlags: KitRedFlag[] = flags.map((f) => ({ ...f, sectionName: sectionName.get(f.sectionId) ?? "" }));
  const sections: KitSection[] = focus.map((s) => ({
    ...s,
    staffCritical: s.staffCritical ?? false,
    items: items.filter((i) => i.sectionId === s.id).map(({ id, text }) => ({ id, text })),
    questions: questions.filter((q) => q.sectionId === s.id).map(({ sectionName: _n, ...q }) => q),
    redFlags: kitFlags.filter((f) => f.sectionId === s.id),
    levelReferences: references.get(s.id) ?? [],
  }));

  return {
    interview: {
      id: row.id,
      applicationId: row.applicationId,
      scheduledAt: row.scheduledAt,
      durationMinutes: row.durationMinutes,
      status: row.status,
      stageName: row.stageName,
      state: interviewState({
        scheduledAt: row.scheduledAt,
        durationMinutes: row.durationMinutes,
        status: row.status,
        scorecardStatus: row.scorecardStatus,
        now: opts.now ?? new Date(),
      }),
    },
    candidate: { name: row.candidateName, links: row.candidateLinks },
    role: { title: row.roleTitle, team: row.roleTeam, hiresSenior: row.hiresSenior, hiresStaff: row.hiresStaff },
    sections,
    otherQuestions: questions.filter((q) => !sectionName.has(q.sectionId)),
    redFlags: kitFlags,
    guidance: readVersionGuidance(db, row.frameworkVersionId).guidance ?? null,
  };
}

/** What validateScorecard needs to know about a kit (the page's, or the sections and flags a write reads). */
export function kitRules(kit: {
  sections: (Pick<KitSection, "id" | "name"> & { items: { id: string }[] })[];
  redFlags: Pick<KitRedFlag, "id" | "title" | "severity">[];
}): KitRules {
  return {
    sections: kit.sections.map((s) => ({ id: s.id, name: s.name, itemIds: s.items.map((i) => i.id) })),
    redFlags: kit.redFlags.map((f) => ({ id: f.id, title: f.title, severity: f.severity })),
  };
}
