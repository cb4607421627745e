/** Size limits of a framework, shared by the parser, the JSON schema and the editor (zod-free, so client bundles stay small). */
export const FRAMEWORK_LIMITS = {
  nameMax: 120,
  descriptionMax: 5000,
  sectionsMin: 1,
  sectionsMax: 100,
  sectionKeyMax: 60,
  sectionNameMax: 120,
  sectionDescriptionMax: 2000,
  itemsPerSectionMax: 200,
  itemMax: 2000,
  signalMax: 2000,
  questionsPerSectionMax: 30,
  questionPromptMax: 1000,
  redFlagsPerSectionMax: 30,
  redFlagTitleMax: 200,
  redFlagDescriptionMax: 2000,
  guidanceLinesPerLevelMax: 30,
  guidanceLineMax: 1000,
  evidenceItemsMax: 20,
  evidenceLabelMax: 200,
  evidenceDescriptionMax: 2000,
  evidenceRequiredMax: 10,
  levelReferencesPerSectionMax: 20,
  levelNameMax: 120,
  levelReferenceTextMax: 10000,
} as const;

/** Lowercase ASCII words joined by single hyphens, e.g. "system-design". */
export const SECTION_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
