import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/client";
import { probingQuestions, redFlags, sectionItems } from "@/db/schema";

/*
 * The parts of framework sections (checklist items, probing questions, red flags), each in its order within its
 * section, for the sections named (none when none is): what the version's content, the interview plan and the
 * interview kit each read of the sections they show.
 */

type Item = Pick<typeof sectionItems.$inferSelect, "id" | "sectionId" | "text">;
type Question = Pick<typeof probingQuestions.$inferSelect, "id" | "sectionId" | "prompt" | "seniorSignal" | "staffSignal">;
type Flag = Pick<typeof redFlags.$inferSelect, "id" | "sectionId" | "title" | "description" | "severity">;

/** `fields` (the keys of the row type the caller casts to, checked with `satisfies`) of the table's rows for these sections, in section order. */
function partsOfSections(
  db: DbOrTx,
  table: typeof sectionItems | typeof probingQuestions | typeof redFlags,
  fields: SelectedFields,
  sectionIds: string[],
): unknown[] {
  if (sectionIds.length === 0) return [];
  return db.select(fields).from(table).where(inArray(table.sectionId, sectionIds)).orderBy(asc(table.position)).all();
}

export const itemsOfSections = (db: DbOrTx, sectionIds: string[]) =>
  partsOfSections(
    db,
    sectionItems,
    { id: sectionItems.id, sectionId: sectionItems.sectionId, text: sectionItems.text } satisfies Record<keyof Item, unknown>,
    sectionIds,
  ) as Item[];

export const questionsOfSections = (db: DbOrTx, sectionIds: string[]) =>
  partsOfSections(
    db,
    probingQuestions,
    {
      id: probingQuestions.id,
      sectionId: probingQuestions.sectionId,
      prompt: probingQuestions.prompt,
      seniorSignal: probingQuestions.seniorSignal,
      staffSignal: probingQuestions.staffSignal,
    } satisfies Record<keyof Question, unknown>,
    sectionIds,
  ) as Question[];

export const redFlagsOfSections = (db: DbOrTx, sectionIds: string[]) =>
  partsOfSections(
    db,
    redFlags,
    {
      id: redFlags.id,
      sectionId: redFlags.sectionId,
      title: redFlags.title,
      description: redFlags.description,
      severity: redFlags.severity,
    } satisfies Record<keyof Flag, unknown>,
    sectionIds,
  ) as Flag[];
