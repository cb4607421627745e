import "server-only";
import { asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworkSections, frameworkVersions, frameworks, roles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditFrameworks } from "./framework-editors";

export type FrameworkSummary = {
  id: string;
  name: string;
  /** The newest version: the draft being edited, or the newest published one. */
  latest: { version: number; status: "draft" | "published"; sections: number; createdAt: Date };
  published: { version: number; publishedAt: Date | null } | null;
  versions: number;
  /** Roles pinned to any version of the framework. */
  roles: number;
};

/** Every framework with its newest and newest published version, for the list page; none for someone who may not edit frameworks. */
export function listFrameworks(db: Db, args: { user: SessionUser }): FrameworkSummary[] {
  if (!canEditFrameworks(args.user)) return [];
  const list = db.select({ id: frameworks.id, name: frameworks.name }).from(frameworks).orderBy(asc(frameworks.name)).all();
  if (list.length === 0) return [];
  const versions = db
    .select({
      id: frameworkVersions.id,
      frameworkId: frameworkVersions.frameworkId,
      version: frameworkVersions.version,
      status: frameworkVersions.status,
      name: frameworkVersions.name,
      createdAt: frameworkVersions.createdAt,
      publishedAt: frameworkVersions.publishedAt,
    })
    .from(frameworkVersions)
    .orderBy(asc(frameworkVersions.version))
    .all();
  const latestByFramework = new Map<string, (typeof versions)[number]>();
  const publishedByFramework = new Map<string, (typeof versions)[number]>();
  const versionCount = new Map<string, number>();
  for (const v of versions) {
    latestByFramework.set(v.frameworkId, v);
    if (v.status === "published") publishedByFramework.set(v.frameworkId, v);
    versionCount.set(v.frameworkId, (versionCount.get(v.frameworkId) ?? 0) + 1);
  }
  const latestIds = [...latestByFramework.values()].map((v) => v.id);
  const sectionCounts = new Map(
    db
      .select({ versionId: frameworkSections.versionId, n: count() })
      .from(frameworkSections)
      .where(inArray(frameworkSections.versionId, latestIds))
      .groupBy(frameworkSections.versionId)
      .all()
      .map((r) => [r.versionId, r.n]),
  );
  const roleCounts = new Map(
    db
      .select({ frameworkId: frameworkVersions.frameworkId, n: count() })
      .from(roles)
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, roles.frameworkVersionId))
      .groupBy(frameworkVersions.frameworkId)
      .all()
      .map((r) => [r.frameworkId, r.n]),
  );
  return list.flatMap((f) => {
    const latest = latestByFramework.get(f.id);
    if (!latest) return [];
    const published = publishedByFramework.get(f.id);
    return [
      {
        id: f.id,
        name: latest.name,
        latest: { version: latest.version, status: latest.status, sections: sectionCounts.get(latest.id) ?? 0, createdAt: latest.createdAt },
        published: published ? { version: published.version, publishedAt: published.publishedAt } : null,
        versions: versionCount.get(f.id) ?? 0,
        roles: roleCounts.get(f.id) ?? 0,
      },
    ];
  });
}
