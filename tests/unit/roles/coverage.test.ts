import { describe, expect, test } from "vitest";
import { checkCoverage, isStaffOrAbove, type CoverageInput, type CoverageStage } from "@/lib/roles/coverage";

const DESIGN = { id: "design", name: "System design and architecture", staffCritical: true };
const INFLUENCE = { id: "influence", name: "Cross-team influence", staffCritical: true };
const LEADERSHIP = { id: "leadership", name: "Leadership without authority", staffCritical: true };
const DEPTH = { id: "depth", name: "Technical depth", staffCritical: false };
const RELIABILITY = { id: "reliability", name: "Reliability and operations", staffCritical: false };

const ana = { id: "ana", name: "Ana", level: "staff" };
const bo = { id: "bo", name: "Bo", level: "Principal" };
const cy = { id: "cy", name: "Cy", level: "senior" };
const di = { id: "di", name: "Di", level: "mid" };

function stage(id: string, focusSectionIds: string[], interviewers = [ana]): CoverageStage {
  return { id, name: id.replace(/-/g, " "), focusSectionIds, interviewers };
}

describe("isStaffOrAbove", () => {
  test.each([
    ["staff", true],
    ["Staff", true],
    ["senior-staff", true],
    ["Senior Staff", true],
    ["senior_staff", true],
    ["principal", true],
    ["DISTINGUISHED", true],
    ["senior", false],
    ["mid", false],
    ["", false],
    ["staffing-partner", false],
    ["lead", false],
  ])("%j → %s", (level, expected) => {
    expect(isStaffOrAbove(level)).toBe(expected);
  });
});

describe("checkCoverage", () => {
  test("a Staff-only plan with four stages that covers everything twice over is clean", () => {
    const report = checkCoverage({
      hiresStaff: true,
      sectionsInPlay: [DESIGN, INFLUENCE, LEADERSHIP, DEPTH, RELIABILITY],
      stages: [
        stage("system-design", ["design", "depth"], [ana, cy]),
        stage("cross-team-leadership", ["influence", "leadership"], [bo]),
        stage("technical-depth", ["depth", "reliability", "design"], [cy, { ...di, level: "senior-staff" }]),
        stage("hiring-manager", ["influence", "leadership", "reliability"], [{ id: "hm", name: "Hal", level: "distinguished" }]),
      ],
    });
    expect(report.warnings).toEqual([]);
    expect(report.clean).toBe(true);
    expect(report.sections.map((s) => [s.sectionId, s.status, s.stages.map((x) => x.id), s.hasStaffInterviewer])).toEqual([
      ["design", "covered", ["system-design", "technical-depth"], true],
      ["influence", "covered", ["cross-team-leadership", "hiring-manager"], true],
      ["leadership", "covered", ["cross-team-leadership", "hiring-manager"], true],
      ["depth", "covered", ["system-design", "technical-depth"], true],
      ["reliability", "covered", ["technical-depth", "hiring-manager"], true],
    ]);
  });

  test("a Senior-only plan needs no Staff interviewer, but Staff-critical sections still need two stages", () => {
    const report = checkCoverage({
      hiresStaff: false,
      sectionsInPlay: [DESIGN, DEPTH],
      stages: [stage("design", ["design", "depth"], [cy]), stage("depth", ["design"], [di])],
    });
    expect(report.clean).toBe(true);
    expect(report.sections.map((s) => s.hasStaffInterviewer)).toEqual([false, false]);
  });

  const cases: [string, CoverageInput, { kind: string; sectionId: string; stageId?: string; message: string }[]][] = [
    [
      "uncovered section",
      { hiresStaff: false, sectionsInPlay: [DEPTH, RELIABILITY], stages: [stage("depth", ["depth"])] },
      [
        {
          kind: "uncovered",
          sectionId: "reliability",
          message: 'No stage covers "Reliability and operations". Add it to the focus of a stage, or take it out of play.',
        },
      ],
    ],
    [
      "uncovered Staff-critical section (one warning, not three)",
      { hiresStaff: true, sectionsInPlay: [DEPTH, INFLUENCE], stages: [stage("depth", ["depth"], [cy])] },
      [
        {
          kind: "uncovered",
          sectionId: "influence",
          message: 'No stage covers "Cross-team influence". It is Staff-critical, so add it to the focus of two stages, or take it out of play.',
        },
      ],
    ],
    [
      "Staff-critical section covered by one stage",
      { hiresStaff: true, sectionsInPlay: [DESIGN], stages: [stage("system-design", ["design"], [ana])] },
      [
        {
          kind: "staff-critical-thin",
          sectionId: "design",
          message:
            '"System design and architecture" is Staff-critical but only "system design" covers it. Add it to the focus of a second stage so two interviewers rate it.',
        },
      ],
    ],
    [
      "Staff hire, Staff-critical section rated only by Senior and mid interviewers",
      {
        hiresStaff: true,
        sectionsInPlay: [LEADERSHIP],
        stages: [stage("behavioural", ["leadership"], [cy]), stage("hiring-manager", ["leadership"], [di, { id: "x", name: "X", level: "unknown" }])],
      },
      [
        {
          kind: "no-staff-interviewer",
          sectionId: "leadership",
          message:
            'No interviewer at Staff level or above is in the pool of the stages covering "Leadership without authority" ("behavioural", "hiring manager"). Add a Staff-level interviewer to one of them, so a Staff call on this section is not made by Senior raters alone.',
        },
      ],
    ],
    [
      "stage focusing on a section that is not in play, named when the name is known",
      {
        hiresStaff: false,
        sectionsInPlay: [DEPTH],
        stages: [stage("depth", ["depth", "product", "product", "ghost"])],
        otherSections: [{ id: "product", name: "Product and business thinking" }],
      },
      [
        {
          kind: "focus-not-in-play",
          sectionId: "product",
          stageId: "depth",
          message:
            'Stage "depth" focuses on "Product and business thinking", which is not in play. Remove it from the stage\'s focus, or put the section back in play.',
        },
        {
          kind: "focus-not-in-play",
          sectionId: "ghost",
          stageId: "depth",
          message:
            'Stage "depth" focuses on a section that is not in play (ghost). Remove it from the stage\'s focus, or put the section back in play.',
        },
      ],
    ],
    [
      "thin and without a Staff interviewer: both warnings",
      { hiresStaff: true, sectionsInPlay: [INFLUENCE], stages: [stage("leadership", ["influence"], [cy])] },
      [
        {
          kind: "staff-critical-thin",
          sectionId: "influence",
          message:
            '"Cross-team influence" is Staff-critical but only "leadership" covers it. Add it to the focus of a second stage so two interviewers rate it.',
        },
        {
          kind: "no-staff-interviewer",
          sectionId: "influence",
          message:
            'No interviewer at Staff level or above is in the pool of the stages covering "Cross-team influence" ("leadership"). Add a Staff-level interviewer to one of them, so a Staff call on this section is not made by Senior raters alone.',
        },
      ],
    ],
  ];

  test.each(cases)("%s", (_, input, warnings) => {
    const report = checkCoverage(input);
    expect(report.warnings).toEqual(warnings);
    expect(report.clean).toBe(false);
  });

  test("statuses: uncovered, thin, covered", () => {
    const report = checkCoverage({
      hiresStaff: false,
      sectionsInPlay: [DESIGN, INFLUENCE, DEPTH],
      stages: [stage("a", ["influence", "depth"]), stage("b", ["depth"])],
    });
    expect(report.sections.map((s) => [s.sectionName, s.status])).toEqual([
      ["System design and architecture", "uncovered"],
      ["Cross-team influence", "thin"],
      ["Technical depth", "covered"],
    ]);
  });

  test("an empty plan warns once per section in play", () => {
    const report = checkCoverage({ hiresStaff: true, sectionsInPlay: [DESIGN, DEPTH], stages: [] });
    expect(report.warnings.map((w) => [w.kind, w.sectionId])).toEqual([
      ["uncovered", "design"],
      ["uncovered", "depth"],
    ]);
  });
});
