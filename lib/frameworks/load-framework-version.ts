import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { frameworkSections, frameworkVersions, frameworks, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditFrameworks } from "./framework-editors";
import type { FrameworkContent, SectionContent } from "./types";
import { itemsOfSections, questionsOfSections, redFlagsOfSections } from "./section-parts";
import { readLevelReferences, readVersionGuidance } from "./version-guidance";

export type FrameworkVersionStatus = "draft" | "published";

export type LoadedFrameworkVersion = {
  frameworkId: string;
  frameworkName: string;
  versionId: string;
  version: number;
  status: FrameworkVersionStatus;
  /** The draft's save counter, read before the content: the editor names it when it saves (update-framework-draft.ts). */
  revision: number;
  createdAt: Date;
  publishedAt: Date | null;
  publishedByName: string | null;
  /** The newest version number of the framework, to tell an old version from the current one. */
  latestVersion: number;
  content: FrameworkContent;
};

/** The content of one version as the editor, the exports and the viewer speak it; sections and their parts in order. */
export function readVersionContent(db: DbOrTx, versionId: string): FrameworkContent | null {
  const version = db
    .select({ name: frameworkVersions.name, description: frameworkVersions.description })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.id, versionId))
    .get();
  if (!version) return null;
  const sections = db
    .select({
      id: frameworkSections.id,
      key: frameworkSections.key,
      name: frameworkSections.name,
      description: frameworkSections.description,
      seniorSignal: frameworkSections.seniorSignal,
      staffSignal: frameworkSections.staffSignal,
      staffCriticalByDefault: frameworkSections.staffCriticalByDefault,
    })
    .from(frameworkSections)
    .where(eq(frameworkSections.versionId, versionId))
    .orderBy(asc(frameworkSections.position))
    .all();
  const ids = sections.map((s) => s.id);
  const items = itemsOfSections(db, ids);
  const questions = questionsOfSections(db, ids);
  const flags = redFlagsOfSections(db, ids);
  const references = readLevelReferences(db, ids);
  return {
    name: version.name,
    description: version.description,
    sections: sections.map((s): SectionContent => ({
      key: s.key,
      name: s.name,
      description: s.description,
      items: items.filter((i) => i.sectionId === s.id).map((i) => i.text),
      seniorSignal: s.seniorSignal,
      staffSignal: s.staffSignal,
      questions: questions
        .filter((q) => q.sectionId === s.id)
        .map((q) => ({ prompt: q.prompt, seniorSignal: q.seniorSignal, staffSignal: q.staffSignal })),
      redFlags: flags.filter((f) => f.sectionId === s.id).map((f) => ({ title: f.title, description: f.description, severity: f.severity })),
      staffCriticalByDefault: s.staffCriticalByDefault,
      // Absent rather than empty, the shape the editor and the JSON export give back.
      ...(references.has(s.id) ? { levelReferences: references.get(s.id) } : {}),
    })),
    ...readVersionGuidance(db, versionId),
  };
}

/**
 * One version of a framework with its content: a given version number, or the newest one
 * (the draft when there is one), or the newest published one. Null when there is no such framework or
 * version, or when the user may not edit frameworks (all three look the same on purpose).
 */
export function loadFrameworkVersion(
  db: Db,
  args: { user: SessionUser; frameworkId: string; version?: number | "latest" | "latest-published" },
): LoadedFrameworkVersion | null {
  if (!canEditFrameworks(args.user)) return null;
  const loaded = loadFrameworkWithVersions(db, args.frameworkId);
  if (!loaded) return null;
  const { framework, versions } = loaded;
  const wanted = args.version ?? "latest";
  const latest = versions[versions.length - 1];
  const chosen =
    wanted === "latest"
      ? latest
      : wanted === "latest-published"
        ? versions.filter((v) => v.status === "published").pop()
        : versions.find((v) => v.version === wanted);
  if (!chosen || !latest) return null;
  const content = readVersionContent(db, chosen.id);
  if (!content) return null;
  return {
    frameworkId: framework.id,
    frameworkName: framework.name,
    versionId: chosen.id,
    version: chosen.version,
    status: chosen.status,
    revision: chosen.revision,
    createdAt: chosen.createdAt,
    publishedAt: chosen.publishedAt,
    publishedByName: chosen.publishedByName,
    latestVersion: latest.version,
    content,
  };
}

/** A framework and its versions, oldest first, with who published each; null when there is no such framework. */
export function loadFrameworkWithVersions(db: Db, frameworkId: string) {
  const framework = db.select({ id: frameworks.id, name: frameworks.name }).from(frameworks).where(eq(frameworks.id, frameworkId)).get();
  if (!framework) return null;
  const versions = db
    .select({
      id: frameworkVersions.id,
      version: frameworkVersions.version,
      status: frameworkVersions.status,
      revision: frameworkVersions.revision,
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
  return { framework, versions };
}
