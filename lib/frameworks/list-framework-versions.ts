import "server-only";
import { asc, count, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworkSections, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditFrameworks } from "./framework-editors";
import { loadFrameworkWithVersions } from "./load-framework-version";

export type PinnedRole = { id: string; title: string; status: "open" | "closed" };

export type FrameworkVersionSummary = {
  id: string;
  version: number;
  status: "draft" | "published";
  name: string;
  sections: number;
  createdAt: Date;
  publishedAt: Date | null;
  publishedByName: string | null;
  /** Roles pinned to this version: their scorecards render against it. */
  roles: PinnedRole[];
};

/**
 * A framework's versions, newest first, with who published each and the roles pinned to it; null when there is no
 * such framework or the user may not edit frameworks.
 */
export function listFrameworkVersions(
  db: Db,
  args: { user: SessionUser; frameworkId: string },
): { frameworkId: string; name: string; versions: FrameworkVersionSummary[] } | null {
  if (!canEditFrameworks(args.user)) return null;
  const loaded = loadFrameworkWithVersions(db, args.frameworkId);
  if (!loaded) return null;
  const { framework, versions } = loaded;
  const ids = versions.map((v) => v.id);
  const sectionCounts = new Map(
    db
      .select({ versionId: frameworkSections.versionId, n: count() })
      .from(frameworkSections)
      .where(inArray(frameworkSections.versionId, ids))
      .groupBy(frameworkSections.versionId)
      .all()
      .map((r) => [r.versionId, r.n]),
  );
  const pinned = db
    .select({ id: roles.id, title: roles.title, status: roles.status, versionId: roles.frameworkVersionId })
    .from(roles)
    .where(inArray(roles.frameworkVersionId, ids))
    .orderBy(asc(roles.title))
    .all();
  return {
    frameworkId: framework.id,
    name: framework.name,
    versions: versions
      .map((v) => ({
        ...v,
        sections: sectionCounts.get(v.id) ?? 0,
        roles: pinned.filter((r) => r.versionId === v.id).map(({ id, title, status }) => ({ id, title, status })),
      }))
      .reverse(),
  };
}
