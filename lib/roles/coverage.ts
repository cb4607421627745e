/**
 * Does an interview plan cover the role's scorecard? Pure: the plan in, a per-section
 * report and a list of warnings out.
 *
 * Rules (design.md, "Interview plan"): every section in play is the focus of at least one
 * stage, every Staff-critical section of at least two; when the role hires Staff, someone at
 * Staff level or above should be able to rate each Staff-critical section, because the
 * recommendation flags Staff calls made without such a rater.
 */

import { isStaffOrAbove } from "@/lib/people/staff-or-above";

export type CoverageSection = { id: string; name: string; staffCritical: boolean };

export type CoverageStage = {
  id: string;
  name: string;
  focusSectionIds: string[];
  /** The stage's interviewer pool. */
  interviewers: { id: string; name: string; level: string }[];
};

export type CoverageInput = {
  sectionsInPlay: CoverageSection[];
  hiresStaff: boolean;
  stages: CoverageStage[];
  /** Names of the framework's other sections, so a warning can name a section out of play. */
  otherSections?: { id: string; name: string }[];
};

export type SectionCoverageStatus = "uncovered" | "thin" | "covered";

export type SectionCoverage = {
  sectionId: string;
  sectionName: string;
  staffCritical: boolean;
  stages: { id: string; name: string }[];
  /** "thin": Staff-critical but covered by a single stage. */
  status: SectionCoverageStatus;
  /** Whether a covering stage has an interviewer at Staff level or above in its pool. */
  hasStaffInterviewer: boolean;
};

export type CoverageWarningKind = "uncovered" | "staff-critical-thin" | "no-staff-interviewer" | "focus-not-in-play";

export type CoverageWarning = {
  kind: CoverageWarningKind;
  sectionId: string;
  /** Set for "focus-not-in-play": the stage that holds the stray focus. */
  stageId?: string;
  message: string;
};

export type CoverageReport = {
  sections: SectionCoverage[];
  warnings: CoverageWarning[];
  clean: boolean;
};

/** Staff-critical sections need two raters for a Staff call, hence two stages. */
export const STAFF_CRITICAL_MIN_STAGES = 2;

/** One definition, shared with the recommendation's panel flags. */
export { isStaffOrAbove };

export function checkCoverage(input: CoverageInput): CoverageReport {
  const warnings: CoverageWarning[] = [];
  const inPlay = new Set(input.sectionsInPlay.map((s) => s.id));

  const sections = input.sectionsInPlay.map((section): SectionCoverage => {
    const covering = input.stages.filter((stage) => stage.focusSectionIds.includes(section.id));
    const hasStaffInterviewer = covering.some((stage) => stage.interviewers.some((p) => isStaffOrAbove(p.level)));
    const status: SectionCoverageStatus =
      covering.length === 0 ? "uncovered" : section.staffCritical && covering.length < STAFF_CRITICAL_MIN_STAGES ? "thin" : "covered";
    const quoted = `"${section.name}"`;
    const stageNames = covering.map((s) => `"${s.name}"`).join(", ");

    if (status === "uncovered") {
      warnings.push({
        kind: "uncovered",
        sectionId: section.id,
        message: section.staffCritical
          ? `No stage covers ${quoted}. It is Staff-critical, so add it to the focus of two stages, or take it out of play.`
          : `No stage covers ${quoted}. Add it to the focus of a stage, or take it out of play.`,
      });
    } else if (status === "thin") {
      warnings.push({
        kind: "staff-critical-thin",
        sectionId: section.id,
        message: `${quoted} is Staff-critical but only ${stageNames} covers it. Add it to the focus of a second stage so two interviewers rate it.`,
      });
    }
    // An uncovered section already has its warning; "no Staff rater" would only repeat it.
    if (input.hiresStaff && section.staffCritical && covering.length > 0 && !hasStaffInterviewer) {
      warnings.push({
        kind: "no-staff-interviewer",
        sectionId: section.id,
        message: `No interviewer at Staff level or above is in the pool of the stages covering ${quoted} (${stageNames}). Add a Staff-level interviewer to one of them, so a Staff call on this section is not made by Senior raters alone.`,
      });
    }

    return {
      sectionId: section.id,
      sectionName: section.name,
      staffCritical: section.staffCritical,
      stages: covering.map((s) => ({ id: s.id, name: s.name })),
      status,
      hasStaffInterviewer,
    };
  });

  const otherNames = new Map((input.otherSections ?? []).map((s) => [s.id, s.name]));
  for (const stage of input.stages) {
    for (const sectionId of new Set(stage.focusSectionIds)) {
      if (inPlay.has(sectionId)) continue;
      const name = otherNames.get(sectionId);
      const section = name === undefined ? `a section that is not in play (${sectionId})` : `"${name}", which is not in play`;
      warnings.push({
        kind: "focus-not-in-play",
        sectionId,
        stageId: stage.id,
        message: `Stage "${stage.name}" focuses on ${section}. Remove it from the stage's focus, or put the section back in play.`,
      });
    }
  }

  return { sections, warnings, clean: warnings.length === 0 };
}
