import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { frameworkEvidenceItems, frameworkGuidanceLines, frameworkVersions, sectionLevelReferences } from "@/db/schema";
import type { BarGuidanceContent, LevelReferenceContent, PanelEvidenceContent } from "./types";

/**
 * The parts of a version added by issue 10: bar guidance and the panel evidence checklist per version,
 * reference text per section. Drafts replace them wholesale on save (no other row points at them).
 */

/** Writes the guidance and checklist of a version that has none yet; call inside the version's transaction. */
export function writeVersionGuidance(
  tx: DbOrTx,
  versionId: string,
  content: { guidance?: BarGuidanceContent | undefined; evidenceChecklist?: PanelEvidenceContent[] | undefined },
) {
  const lines = [
    ...(content.guidance?.senior ?? []).map((text, position) => ({ versionId, level: "senior" as const, text, position })),
    ...(content.guidance?.staff ?? []).map((text, position) => ({ versionId, level: "staff" as const, text, position })),
  ];
  if (lines.length > 0) tx.insert(frameworkGuidanceLines).values(lines).run();
  tx.update(frameworkVersions)
    .set({ hasEvidenceChecklist: content.evidenceChecklist !== undefined })
    .where(eq(frameworkVersions.id, versionId))
    .run();
  const items = content.evidenceChecklist ?? [];
  if (items.length > 0) {
    tx.insert(frameworkEvidenceItems)
      .values(
        items.map((item, position) => ({
          versionId,
          key: item.key ?? null,
          label: item.label,
          description: item.description,
          sectionKeys: [...item.sectionKeys],
          required: item.required ?? null,
          broadScopeOnly: item.broadScopeOnly ?? false,
          position,
        })),
      )
      .run();
  }
}

/** Replaces a draft's guidance and checklist; the caller has checked that the version is a draft. */
export function replaceVersionGuidance(tx: Tx, versionId: string, content: Parameters<typeof writeVersionGuidance>[2]) {
  tx.delete(frameworkGuidanceLines).where(eq(frameworkGuidanceLines.versionId, versionId)).run();
  tx.delete(frameworkEvidenceItems).where(eq(frameworkEvidenceItems.versionId, versionId)).run();
  writeVersionGuidance(tx, versionId, content);
}

export function writeLevelReferences(tx: DbOrTx, sectionId: string, references: LevelReferenceContent[] | undefined) {
  if (!references || references.length === 0) return;
  tx.insert(sectionLevelReferences)
    .values(references.map((r, position) => ({ sectionId, level: r.level, text: r.text, position })))
    .run();
}

export function replaceLevelReferences(tx: Tx, sectionId: string, references: LevelReferenceContent[] | undefined) {
  tx.delete(sectionLevelReferences).where(eq(sectionLevelReferences.sectionId, sectionId)).run();
  writeLevelReferences(tx, sectionId, references);
}

/** Guidance (absent when the version has no line) and checklist (absent when the built-in one applies) of a version. */
export function readVersionGuidance(db: DbOrTx, versionId: string): { guidance?: BarGuidanceContent; evidenceChecklist?: PanelEvidenceContent[] } {
  const version = db
    .select({ hasEvidenceChecklist: frameworkVersions.hasEvidenceChecklist })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.id, versionId))
    .get();
  const lines = db
    .select({ level: frameworkGuidanceLines.level, text: frameworkGuidanceLines.text })
    .from(frameworkGuidanceLines)
    .where(eq(frameworkGuidanceLines.versionId, versionId))
    .orderBy(asc(frameworkGuidanceLines.position))
    .all();
  const out: { guidance?: BarGuidanceContent; evidenceChecklist?: PanelEvidenceContent[] } = {};
  if (lines.length > 0) {
    out.guidance = {
      senior: lines.filter((l) => l.level === "senior").map((l) => l.text),
      staff: lines.filter((l) => l.level === "staff").map((l) => l.text),
    };
  }
  if (version?.hasEvidenceChecklist) {
    out.evidenceChecklist = db
      .select({
        key: frameworkEvidenceItems.key,
        label: frameworkEvidenceItems.label,
        description: frameworkEvidenceItems.description,
        sectionKeys: frameworkEvidenceItems.sectionKeys,
        required: frameworkEvidenceItems.required,
        broadScopeOnly: frameworkEvidenceItems.broadScopeOnly,
      })
      .from(frameworkEvidenceItems)
      .where(eq(frameworkEvidenceItems.versionId, versionId))
      .orderBy(asc(frameworkEvidenceItems.position))
      .all()
      .map((row) => ({
        ...(row.key === null ? {} : { key: row.key }),
        label: row.label,
        description: row.description,
        sectionKeys: row.sectionKeys,
        ...(row.required === null ? {} : { required: row.required }),
        ...(row.broadScopeOnly ? { broadScopeOnly: true } : {}),
      }));
  }
  return out;
}

/** Reference text of the given sections, in order, by section id. */
export function readLevelReferences(db: DbOrTx, sectionIds: string[]): Map<string, LevelReferenceContent[]> {
  const bySection = new Map<string, LevelReferenceContent[]>();
  if (sectionIds.length === 0) return bySection;
  const rows = db
    .select({ sectionId: sectionLevelReferences.sectionId, level: sectionLevelReferences.level, text: sectionLevelReferences.text })
    .from(sectionLevelReferences)
    .where(inArray(sectionLevelReferences.sectionId, sectionIds))
    .orderBy(asc(sectionLevelReferences.position))
    .all();
  for (const row of rows) {
    const list = bySection.get(row.sectionId) ?? [];
    list.push({ level: row.level, text: row.text });
    bySection.set(row.sectionId, list);
  }
  return bySection;
}
