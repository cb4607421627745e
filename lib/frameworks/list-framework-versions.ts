import "server-only";
import { asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworkSections, frameworkVersions, frameworks, roles, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "@/lib/errors";
import { assertCanEditFrameworks } from "./framework-editors";

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

/** A framework's versions, newest first, with who published each and the roles pinned to it. */
export function listFrameworkVersions(
  db: Db,
  args: { user: SessionUser; frameworkId: string },
): { frameworkId: string; name: string; versions: FrameworkVersionSummary[] } {
  assertCanEditFrameworks(args.user);
  const framework = db.select({ id: frameworks.id, name: frameworks.name }).from(frameworks).where(eq(frameworks.id, args.frameworkId)).get();
  if (!framework) throw notFound("The framework");
  const versions = db
    .select({
      id: frameworkVersions.id,
      version: frameworkVersions.version,
      status: frameworkVersions.status,
      name: frameworkVersions.name,
      createdAt: frameworkVersions.createdAt,
      publishedAt: frameworkVersions.publishedAt,
      publishedByName: users.name,
    })
    .from(frameworkVersions)
    .leftJoin(users, eq(users.id, frameworkVersions.publishedById))
    .where(eq(frameworkVersions.frameworkId, framework.id))
    .orderBy(asc(frameworkVersions.version))
    .all();
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
