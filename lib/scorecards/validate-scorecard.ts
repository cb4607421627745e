import type { FlagSeverity } from "./contradictions";
import { LIMITS, type ScorecardContent } from "./scorecard-content";

/**
 * The scorecard rules that need the stage's kit (which sections, items and red flags exist), shared by
 * the form and the server. Pure: the same input always gives the same messages.
 *
 * - "draft" rules hold for every save: only this stage's focus sections, items and red flags; sane lengths.
 * - "submit" rules add completeness: every focus section rated or marked not assessed, a 0 or a 2 with
 *   written evidence, evidence with a scope, every red flag with a note, a recommendation and a confidence.
 */

export type KitRules = {
  sections: { id: string; name: string; itemIds: string[] }[];
  redFlags: { id: string; title: string; severity: FlagSeverity }[];
};

export type ValidationMode = "draft" | "submit";

/** Field keys: `sections.<id>.rating|evidence|scope|items`, `redFlags.<id>.note`, `overallRecommendation`, `confidence`, `summary`, `_form`. */
export type ScorecardErrors = Record<string, string>;

export const fieldKey = {
  rating: (sectionId: string) => `sections.${sectionId}.rating`,
  evidence: (sectionId: string) => `sections.${sectionId}.evidence`,
  scope: (sectionId: string) => `sections.${sectionId}.scope`,
  items: (sectionId: string) => `sections.${sectionId}.items`,
  redFlagNote: (redFlagId: string) => `redFlags.${redFlagId}.note`,
};

const n = (value: number) => value.toLocaleString("en-US");

export function validateScorecard(content: ScorecardContent, kit: KitRules, mode: ValidationMode): ScorecardErrors {
  const errors: ScorecardErrors = {};
  const add = (key: string, message: string) => {
    errors[key] ??= message;
  };
  const sections = new Map(kit.sections.map((s) => [s.id, s]));
  const flags = new Map(kit.redFlags.map((f) => [f.id, f]));

  const seen = new Set<string>();
  for (const r of content.ratings) {
    const section = sections.get(r.sectionId);
    if (!section) {
      add(
        "_form",
        "A rating was sent for a section that is not a focus of this interview's stage. Reload the page and rate only the sections shown.",
      );
      continue;
    }
    if (seen.has(r.sectionId)) {
      add("_form", `${section.name} was rated twice in one save. Reload the page and try again.`);
      continue;
    }
    seen.add(r.sectionId);
    if (r.rating !== null && !(r.rating === 0 || r.rating === 1 || r.rating === 2)) {
      add(fieldKey.rating(r.sectionId), `${section.name}: a rating must be 0, 1 or 2, or Not assessed.`);
    }
    if (r.rating !== null && r.notAssessed) {
      add(fieldKey.rating(r.sectionId), `${section.name}: choose a rating or Not assessed, not both.`);
    }
    if (r.evidence.length > LIMITS.evidence) {
      add(
        fieldKey.evidence(r.sectionId),
        `${section.name}: the evidence is ${n(r.evidence.length)} characters; shorten it to ${n(LIMITS.evidence)} or fewer.`,
      );
    }
    const items = new Set(section.itemIds);
    if (r.itemsObserved.some((id) => !items.has(id))) {
      add(
        fieldKey.items(r.sectionId),
        `${section.name}: an observed item does not belong to this section. Reload the page and tick the items again.`,
      );
    } else if (new Set(r.itemsObserved).size !== r.itemsObserved.length) {
      add(fieldKey.items(r.sectionId), `${section.name}: an observed item is listed twice.`);
    }
  }

  const seenFlags = new Set<string>();
  for (const f of content.redFlags) {
    const flag = flags.get(f.redFlagId);
    if (!flag) {
      add("_form", "A red flag was sent that does not belong to this stage's focus sections. Reload the page and raise it again.");
      continue;
    }
    if (seenFlags.has(f.redFlagId)) {
      add("_form", `The red flag “${flag.title}” was raised twice in one save. Reload the page and try again.`);
      continue;
    }
    seenFlags.add(f.redFlagId);
    if (f.note.length > LIMITS.note) {
      add(
        fieldKey.redFlagNote(f.redFlagId),
        `Red flag “${flag.title}”: the note is ${n(f.note.length)} characters; shorten it to ${n(LIMITS.note)} or fewer.`,
      );
    }
  }

  if (content.summary.length > LIMITS.summary) {
    add("summary", `The summary is ${n(content.summary.length)} characters; shorten it to ${n(LIMITS.summary)} or fewer.`);
  }

  if (mode === "draft") return errors;

  const bySection = new Map(content.ratings.map((r) => [r.sectionId, r]));
  // A scorecard with every section "not assessed" says nothing: refusing it stops a placeholder submit
  // that only unlocks the panel (design.md, Fairness mechanics).
  if (kit.sections.length > 0 && kit.sections.every((s) => bySection.get(s.id)?.notAssessed === true)) {
    add(
      "_form",
      "Every section is marked Not assessed. Rate at least one section with what you saw; if the interview did not take place, mark it so instead of submitting.",
    );
  }
  for (const section of kit.sections) {
    const r = bySection.get(section.id);
    if (!r || (r.rating === null && !r.notAssessed)) {
      add(fieldKey.rating(section.id), `${section.name}: choose a rating (0, 1 or 2) or mark it Not assessed.`);
      continue;
    }
    if (r.notAssessed) continue;
    const hasEvidence = r.evidence.trim().length > 0;
    if ((r.rating === 0 || r.rating === 2) && !hasEvidence) {
      add(fieldKey.evidence(section.id), `${section.name}: a rating of ${r.rating} needs written evidence.`);
    }
    if (hasEvidence && r.scope === null) {
      add(fieldKey.scope(section.id), `${section.name}: choose the scope of the evidence (team, multi-team or org).`);
    }
  }
  for (const f of content.redFlags) {
    const flag = flags.get(f.redFlagId);
    if (flag && f.note.trim().length === 0) {
      add(fieldKey.redFlagNote(f.redFlagId), `Red flag “${flag.title}”: add a note saying what you saw.`);
    }
  }
  if (content.overallRecommendation === null) {
    add("overallRecommendation", "Choose an overall level recommendation: no hire, Senior or Staff.");
  }
  if (content.confidence === null) add("confidence", "Choose how confident you are in the recommendation: low, medium or high.");
  return errors;
}

/** The amendment reason rule, shared by the form and the server. */
export function validateAmendmentReason(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed.length < LIMITS.reasonMin) {
    return `Say why you are amending a submitted scorecard (at least ${LIMITS.reasonMin} characters).`;
  }
  if (reason.length > LIMITS.reason) return `The reason is ${n(reason.length)} characters; shorten it to ${n(LIMITS.reason)} or fewer.`;
  return null;
}

export function hasErrors(errors: ScorecardErrors): boolean {
  return Object.keys(errors).length > 0;
}
