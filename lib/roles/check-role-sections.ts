import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { frameworkSections, frameworkVersions, frameworks } from "@/db/schema";
import { invalid } from "@/lib/errors";

/**
 * A role pins a published framework version and picks sections from it. Checks both against the
 * database and returns the version's sections (id, key) in framework order.
 */
export function checkRoleSections(reader: DbOrTx, input: { frameworkVersionId: string; sectionIds: string[]; staffCriticalSectionIds: string[] }) {
  const version = reader
    .select({ id: frameworkVersions.id, version: frameworkVersions.version, frameworkName: frameworks.name })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(and(eq(frameworkVersions.id, input.frameworkVersionId), eq(frameworkVersions.status, "published")))
    .get();
  if (!version) {
    throw invalid("Some fields need attention; nothing was saved.", {
      frameworkVersionId: ["Choose a published framework version; drafts can't be pinned to a role."],
    });
  }
  const sections = reader
    .select({ id: frameworkSections.id, key: frameworkSections.key, name: frameworkSections.name })
    .from(frameworkSections)
    .where(eq(frameworkSections.versionId, version.id))
    .orderBy(asc(frameworkSections.position))
    .all();
  const known = new Set(sections.map((s) => s.id));
  if (input.sectionIds.some((s) => !known.has(s)) || input.staffCriticalSectionIds.some((s) => !known.has(s))) {
    throw invalid("Some fields need attention; nothing was saved.", {
      sectionIds: ["Those sections are not part of the chosen framework version. Reload the page and choose again."],
    });
  }
  return { version, sections };
}
