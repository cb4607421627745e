import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { applications, candidates } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { invalid } from "@/lib/errors";
import { loadEditableRole } from "@/lib/roles/load-editable-role";
import { refuseIfClosed } from "@/lib/roles/closed-role";
import type { addCandidateSchema } from "./candidate-schema";
import { isRecruiterOrAdmin } from "@/lib/permissions/app-roles";

export type AddCandidateResult = {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  /**
   * True when the email belonged to a candidate already in Levelset, whose record was attached as it is.
   * Only recruiters and admins (who see every candidate) are told; for anyone else it is always false, so
   * the answer does not say whether another role knows the person.
   */
  existing: boolean;
};

/**
 * Puts a candidate into a role's pipeline. A candidate is one person across roles: when the email is
 * already known, the existing person (name, email, links) is attached as it is. The notes typed here
 * belong to the new application, and nothing from another role's applications is read or copied.
 */
export function addCandidate(db: Db, { user, roleId, ...input }: z.output<typeof addCandidateSchema> & { user: SessionUser }): AddCandidateResult {
  return db.transaction((tx) => {
    const role = loadEditableRole(tx, user, roleId);
    refuseIfClosed(role, "takes no new candidates");
    const email = input.email.trim().toLowerCase();
    const found = tx
      .select({ id: candidates.id, name: candidates.name })
      .from(candidates)
      .where(eq(sql`lower(${candidates.email})`, email))
      .get();
    if (found) {
      const already = tx
        .select({ id: applications.id })
        .from(applications)
        .where(and(eq(applications.candidateId, found.id), eq(applications.roleId, role.id)))
        .get();
      if (already) {
        throw invalid("This candidate is already in the pipeline; nothing was saved.", {
          email: [`${found.name} (${email}) is already in the ${role.title} pipeline. Open their application from the pipeline instead.`],
        });
      }
    }
    const candidateId = found?.id ?? crypto.randomUUID();
    if (!found) {
      tx.insert(candidates).values({ id: candidateId, name: input.name, email, links: input.links, createdById: user.id }).run();
    }
    const applicationId = crypto.randomUUID();
    tx.insert(applications).values({ id: applicationId, candidateId, roleId: role.id, status: "active", notes: input.notes }).run();
    const candidateName = found?.name ?? input.name;
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "candidate.added",
      entityType: "application",
      entityId: applicationId,
      summary: `Added ${candidateName} to ${role.title}${found ? " (existing candidate)" : ""}`,
      data: { roleId: role.id, candidateId, existingCandidate: Boolean(found) },
    });
    const seesEveryCandidate = isRecruiterOrAdmin(user);
    return { applicationId, candidateId, candidateName, existing: Boolean(found) && seesEveryCandidate };
  });
}
