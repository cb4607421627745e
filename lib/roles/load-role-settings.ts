import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roleSections } from "@/db/schema";
import { countRoleScorecards } from "./count-role-scorecards";
import type { RoleHeader } from "./load-role-header";
import { thresholdsWithDefaults } from "./role-schema";

/** The values of the settings form for a role the person may edit (see loadRoleHeader). */
export function loadRoleSettings(db: Db, role: RoleHeader) {
  const sections = db
    .select({ sectionId: roleSections.sectionId, staffCritical: roleSections.staffCritical })
    .from(roleSections)
    .where(eq(roleSections.roleId, role.id))
    .all();
  return {
    values: {
      roleId: role.id,
      title: role.title,
      team: role.team,
      hiresSenior: role.hiresSenior,
      hiresStaff: role.hiresStaff,
      frameworkVersionId: role.frameworkVersionId,
      sectionIds: sections.map((s) => s.sectionId),
      staffCriticalSectionIds: sections.filter((s) => s.staffCritical).map((s) => s.sectionId),
      thresholds: thresholdsWithDefaults(role.thresholds),
    },
    scorecards: countRoleScorecards(db, role.id),
  };
}
