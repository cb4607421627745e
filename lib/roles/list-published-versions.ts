import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { frameworkSections, frameworkVersions, frameworks } from "@/db/schema";

export type PublishedVersionOption = {
  id: string;
  frameworkId: string;
  publishedAt: number;
  label: string;
  frameworkName: string;
  version: number;
  sections: { id: string; key: string; name: string; staffCriticalByDefault: boolean }[];
};

/** Every published framework version with its sections, for the role form's version picker. Drafts are never offered. */
export function listPublishedVersions(db: Db): PublishedVersionOption[] {
  const versions = db
    .select({
      id: frameworkVersions.id,
      frameworkId: frameworkVersions.frameworkId,
      publishedAt: frameworkVersions.publishedAt,
      version: frameworkVersions.version,
      frameworkName: frameworks.name,
    })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(frameworkVersions.status, "published"))
    .orderBy(asc(frameworks.name), desc(frameworkVersions.version))
    .all();
  const sections = db
    .select({
      id: frameworkSections.id,
      versionId: frameworkSections.versionId,
      key: frameworkSections.key,
      name: frameworkSections.name,
      staffCriticalByDefault: frameworkSections.staffCriticalByDefault,
    })
    .from(frameworkSections)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkSections.versionId))
    .where(eq(frameworkVersions.status, "published"))
    .orderBy(asc(frameworkSections.position))
    .all();
  return versions.map((v) => ({
    ...v,
    publishedAt: v.publishedAt?.getTime() ?? 0,
    label: `${v.frameworkName} — v${v.version}`,
    sections: sections.filter((s) => s.versionId === v.id).map(({ versionId: _v, ...s }) => s),
  }));
}

/** The version a new role starts on: the most recently published one. */
export function newestPublishedVersion(versions: PublishedVersionOption[]): PublishedVersionOption | undefined {
  return versions.reduce<PublishedVersionOption | undefined>((best, v) => (!best || v.publishedAt > best.publishedAt ? v : best), undefined);
}
