import "server-only";
import type { DbOrTx } from "@/db/client";
import { frameworkSections, frameworkVersions, probingQuestions, redFlags, sectionItems } from "@/db/schema";
import type { FrameworkContent, SectionContent } from "./types";
import { writeLevelReferences, writeVersionGuidance } from "./version-guidance";

/** The columns of a section's row that its content gives, at its place in the version: written alike for a new version and a saved draft. */
export function sectionRowFields(section: SectionContent, position: number) {
  return {
    name: section.name,
    description: section.description,
    position,
    seniorSignal: section.seniorSignal,
    staffSignal: section.staffSignal,
    staffCriticalByDefault: section.staffCriticalByDefault,
  };
}

/** Writes one framework version with all its sections, guidance and checklist; call inside a transaction. Returns the version id. */
export function writeFrameworkVersion(
  tx: DbOrTx,
  args: { frameworkId: string; version: number; content: FrameworkContent; publishedById?: string | null; published: boolean },
): string {
  const { content } = args;
  const versionId = crypto.randomUUID();
  tx.insert(frameworkVersions)
    .values({
      id: versionId,
      frameworkId: args.frameworkId,
      version: args.version,
      name: content.name,
      description: content.description,
      status: args.published ? "published" : "draft",
      publishedAt: args.published ? new Date() : null,
      publishedById: args.published ? (args.publishedById ?? null) : null,
    })
    .run();
  content.sections.forEach((section, position) => {
    const sectionId = crypto.randomUUID();
    tx.insert(frameworkSections)
      .values({ id: sectionId, versionId, key: section.key, ...sectionRowFields(section, position) })
      .run();
    if (section.items.length > 0) {
      tx.insert(sectionItems)
        .values(section.items.map((text, i) => ({ sectionId, text, position: i })))
        .run();
    }
    if (section.questions.length > 0) {
      tx.insert(probingQuestions)
        .values(section.questions.map((q, i) => ({ sectionId, ...q, position: i })))
        .run();
    }
    if (section.redFlags.length > 0) {
      tx.insert(redFlags)
        .values(section.redFlags.map((f, i) => ({ sectionId, ...f, position: i })))
        .run();
    }
    writeLevelReferences(tx, sectionId, section.levelReferences);
  });
  writeVersionGuidance(tx, versionId, content);
  return versionId;
}
