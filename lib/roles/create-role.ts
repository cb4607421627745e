import "server-only";
import type { Db } from "@/db/client";
import { roleMembers, roleSections, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { forbiddenError } from "@/lib/errors";
import { checkHiringTeam } from "./check-hiring-team";
import { checkRoleSections } from "./check-role-sections";
import { roleSettingsRow, type CreateRoleInput } from "./role-schema";
import { isRecruiterOrAdmin } from "@/lib/permissions/app-roles";

/** A new open role on a published framework version, with its sections and hiring team. Recruiters and admins only. */
export function createRole(db: Db, { user, ...input }: CreateRoleInput & { user: SessionUser }): { roleId: string } {
  if (!isRecruiterOrAdmin(user)) {
    throw forbiddenError("Only recruiters and admins can create roles. Ask a recruiter to open this role.");
  }
  return db.transaction((tx) => {
    const { version } = checkRoleSections(tx, input);
    const team = checkHiringTeam(tx, input);
    const roleId = crypto.randomUUID();
    const settings = roleSettingsRow(input, version.id);
    tx.insert(roles)
      .values({ id: roleId, ...settings })
      .run();
    const critical = new Set(input.staffCriticalSectionIds);
    tx.insert(roleSections)
      .values([...new Set(input.sectionIds)].map((sectionId) => ({ roleId, sectionId, staffCritical: critical.has(sectionId) })))
      .run();
    tx.insert(roleMembers)
      .values(team.map((m) => ({ roleId, ...m })))
      .run();
    recordAuditEvent(tx, {
      actorId: user.id,
      action: "role.created",
      entityType: "role",
      entityId: roleId,
      summary: `Created role ${input.title}`,
      data: {
        frameworkVersionId: version.id,
        framework: `${version.frameworkName} v${version.version}`,
        hiresSenior: input.hiresSenior,
        hiresStaff: input.hiresStaff,
        sectionIds: input.sectionIds,
        staffCriticalSectionIds: input.staffCriticalSectionIds,
        thresholds: settings.thresholds,
        team,
      },
    });
    return { roleId };
  });
}
