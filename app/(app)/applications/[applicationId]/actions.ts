"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { changeApplicationStatusSchema, editCandidateSchema } from "@/lib/candidates/candidate-schema";
import { editCandidate } from "@/lib/candidates/edit-candidate";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { eraseCandidate } from "@/lib/candidates/erase-candidate";
import { eraseCandidateSchema } from "@/lib/candidates/erase-candidate-schema";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { markInterviewNotHeld } from "@/lib/interviews/mark-not-held";
import { markNotHeldSchema } from "@/lib/interviews/not-held-schema";
import { cancelInterviewSchema, rescheduleInterviewSchema, scheduleInterviewSchema } from "@/lib/interviews/interview-schedule-schema";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

/** Pages that show an application's status or its interviews. */
function refresh() {
  revalidatePath("/roles", "layout");
  revalidatePath("/applications", "layout");
  revalidatePath("/");
}

export const changeApplicationStatusAction = validatedAction({
  schema: changeApplicationStatusSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = changeApplicationStatus(db(), { ...input, user });
    refresh();
    return result;
  },
});

export const scheduleInterviewAction = validatedAction({
  schema: scheduleInterviewSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = scheduleInterview(db(), { ...input, user });
    refresh();
    return result;
  },
});

export const rescheduleInterviewAction = validatedAction({
  schema: rescheduleInterviewSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = rescheduleInterview(db(), { ...input, user });
    refresh();
    return result;
  },
});

export const cancelInterviewAction = validatedAction({
  schema: cancelInterviewSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = cancelInterview(db(), { ...input, user });
    refresh();
    return result;
  },
});

/** A recruiter, admin or the role's hiring manager marks an interview on this application as not held. */
export const markNotHeldFromApplicationAction = validatedAction({
  schema: markNotHeldSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    markInterviewNotHeld(db(), { user, ...input });
    refresh();
    revalidatePath("/interviews");
    return { interviewId: input.interviewId };
  },
});

/** A recruiter or admin erases the candidate (every application of theirs), after typing their full name; the domain checks both again. */
export const eraseCandidateAction = validatedAction({
  schema: eraseCandidateSchema,
  roles: ["recruiter", "admin"],
  run: (input, user) => {
    const result = eraseCandidate(db(), { user, candidateId: input.candidateId, confirmName: input.confirmName });
    refresh();
    revalidatePath("/interviews");
    revalidatePath("/audit");
    return result;
  },
});

/** A recruiter, admin or the role's hiring manager edits the candidate from this application; the domain checks which. */
export const editCandidateAction = validatedAction({
  schema: editCandidateSchema,
  roles: ROLE_EDITOR_APP_ROLES,
  run: (input, user) => {
    const result = editCandidate(db(), { ...input, user });
    refresh();
    revalidatePath("/interviews");
    redirect(`/applications/${result.applicationId}?edited=${result.changed.length > 0 ? "saved" : "unchanged"}`);
  },
});
