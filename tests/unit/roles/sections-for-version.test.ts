import { describe, expect, it } from "vitest";
import { sectionsForVersion, type VersionSections } from "@/lib/roles/sections-for-version";

const section = (id: string, key: string, staffCriticalByDefault = false) => ({ id, key, staffCriticalByDefault });
const defaultV1: VersionSections = {
  frameworkId: "default",
  sections: [section("d1-depth", "technical-depth"), section("d1-design", "system-design", true), section("d1-cross", "cross-team", true)],
};
const defaultV2: VersionSections = {
  frameworkId: "default",
  sections: [
    section("d2-depth", "technical-depth"),
    section("d2-design", "system-design", true),
    section("d2-cross", "cross-team", true),
    section("d2-ops", "operations", true),
  ],
};
const imported: VersionSections = {
  frameworkId: "imported",
  sections: [section("i-depth", "technical-depth", true), section("i-api", "api-design")],
};

describe("section choices when the framework version changes", () => {
  it.each([
    {
      label: "another framework takes its own defaults, even where keys overlap",
      current: { version: defaultV1, sectionIds: ["d1-depth"], staffCriticalSectionIds: [] },
      next: imported,
      expected: { sectionIds: ["i-depth", "i-api"], staffCriticalSectionIds: ["i-depth"] },
    },
    {
      label: "a first choice takes the framework's defaults",
      current: { version: undefined, sectionIds: [], staffCriticalSectionIds: [] },
      next: defaultV1,
      expected: { sectionIds: ["d1-depth", "d1-design", "d1-cross"], staffCriticalSectionIds: ["d1-design", "d1-cross"] },
    },
    {
      label: "a newer version of the same framework keeps the choices by key and adds its new sections with their defaults",
      current: { version: defaultV1, sectionIds: ["d1-depth", "d1-design"], staffCriticalSectionIds: ["d1-design"] },
      next: defaultV2,
      expected: { sectionIds: ["d2-depth", "d2-design", "d2-ops"], staffCriticalSectionIds: ["d2-design", "d2-ops"] },
    },
  ])("$label", ({ current, next, expected }) => {
    expect(sectionsForVersion(current, next)).toEqual(expected);
  });
});
