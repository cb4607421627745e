import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { applications, candidates } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, invalid, notFound } from "@/lib/errors";
import { isRecruiterOrAdmin } from "@/lib/permissions/app-roles";
import type { editCandidateSchema } from "./candidate-schema";
import { loadEditableApplication } from "./load-editable-application";

export const CANDIDATE_FIELDS = ["name", "email", "links", "notes"] as const;
export type CandidateField = (typeof CANDIDATE_FIELDS)[number];

export type EditCandidateResult = { applicationId: string; candidateId: string; changed: CandidateField[]; revision: number };

export const STALE_CANDIDATE_MESSAGE =
  "Someone changed this candidate's details after you opened the form, so nothing was saved. Your edits are still in the form: copy what you want to keep, reload the page to see the latest details, and make your changes again.";

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Edits a candidate from one of their applications: name, email and links are the person's own (they show in every
 * role they are in), the notes belong to this application only. Recruiters, admins and the hiring manager of this
 * application's role (the permission is loadEditableApplication's WHERE clause). Refused for an erased candidate, for
 * an email another candidate has (add-candidate's rule: one candidate per email), and when the candidate changed
 * since the form loaded (`revision`, checked again in the UPDATE's WHERE clause). One transaction with its audit event,
 * which records old → new for the name, email and links, and only that the notes changed (never their text).
 */
export function editCandidate(
  db: Db,
  { user, applicationId, revision, ...input }: z.output<typeof editCandidateSchema> & { user: SessionUser },
): EditCandidateResult {
  return db.transaction((tx) => {
    const application = loadEditableApplication(tx, user, applicationId);
    const current = tx
      .select({
        name: candidates.name,
        email: candidates.email,
        links: candidates.links,
        revision: candidates.revision,
        erasedAt: candidates.erasedAt,
        notes: applications.notes,
      })
      .from(candidates)
      .innerJoin(applications, eq(applications.candidateId, candidates.id))
      .where(and(eq(candidates.id, application.candidateId), eq(applications.id, application.id)))
      .get();
    if (!current) throw notFound("That candidate");
    if (current.erasedAt) throw conflict("This candidate was erased, so there is nothing left to edit.");
    if (current.revision !== revision) throw conflict(STALE_CANDIDATE_MESSAGE);

    const email = input.email.trim().toLowerCase();
    const changed = CANDIDATE_FIELDS.filter((field) => {
      if (field === "name") return input.name !== current.name;
      if (field === "email") return email !== current.email;
      if (field === "links") return !sameList(input.links, current.links);
      return input.notes !== current.notes;
    });
    if (changed.length === 0) return { applicationId: application.id, candidateId: application.candidateId, changed, revision };

    if (changed.includes("email")) {
      const other = tx
        .select({ id: candidates.id, name: candidates.name })
        .from(candidates)
        .where(and(eq(sql`lower(${candidates.email})`, email), ne(candidates.id, application.candidateId)))
        .get();
      if (other) {
        // Recruiters and admins see every candidate, so they are told whose; anyone else only that the email is taken.
        const whose = isRecruiterOrAdmin(user)
          ? `${other.name} already has ${email} in Levelset`
          : `Another candidate in Levelset already has ${email}`;
        throw invalid("That email belongs to another candidate; nothing was saved.", {
          email: [`${whose}. Each candidate has an email of their own: check the address, or ask a recruiter if they are the same person.`],
        });
      }
    }

    const next = revision + 1;
    const updated = tx
      .update(candidates)
      .set({ name: input.name, email, links: input.links, revision: next })
      .where(and(eq(candidates.id, application.candidateId), eq(candidates.revision, revision)))
      .run();
    if (updated.changes !== 1) throw conflict(STALE_CANDIDATE_MESSAGE);
    // The notes are the application's; its updatedAt is left alone, since the home lists read it as "waiting since".
    if (changed.includes("notes")) tx.update(applications).set({ notes: input.notes }).where(eq(applications.id, application.id)).run();

    const linkSet = new Set(current.links);
    const newLinks = new Set(input.links);
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "candidate.updated",
      entityType: "candidate",
      entityId: application.candidateId,
      summary: `Edited ${input.name}${changed.includes("name") ? ` (was ${current.name})` : ""} from ${application.roleTitle}: ${changed.join(", ")} changed`,
      data: {
        candidateId: application.candidateId,
        applicationId: application.id,
        roleId: application.roleId,
        revision: next,
        changed,
        ...(changed.includes("name") ? { name: { from: current.name, to: input.name } } : {}),
        ...(changed.includes("email") ? { email: { from: current.email, to: email } } : {}),
        ...(changed.includes("links")
          ? { links: { added: input.links.filter((l) => !linkSet.has(l)), removed: current.links.filter((l) => !newLinks.has(l)) } }
          : {}),
      },
    });
    return { applicationId: application.id, candidateId: application.candidateId, changed, revision: next };
  });
}
