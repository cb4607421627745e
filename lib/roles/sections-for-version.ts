/** The section choices of a role's form when the recruiter picks another framework version. Pure. */
export type VersionSections = { frameworkId: string; sections: { id: string; key: string; staffCriticalByDefault: boolean }[] };

export function sectionsForVersion(
  current: { version: VersionSections | undefined; sectionIds: string[]; staffCriticalSectionIds: string[] },
  next: VersionSections,
): { sectionIds: string[]; staffCriticalSectionIds: string[] } {
  const { version } = current;
  if (!version || next.frameworkId !== version.frameworkId) {
    // Another framework: its own defaults, whatever was chosen for the previous one.
    return {
      sectionIds: next.sections.map((s) => s.id),
      staffCriticalSectionIds: next.sections.filter((s) => s.staffCriticalByDefault).map((s) => s.id),
    };
  }
  // Another version of the same framework: keep the choices by section key; sections new in it start in play with their defaults.
  const keyOf = new Map(version.sections.map((s) => [s.id, s.key]));
  const oldKeys = new Set(version.sections.map((s) => s.key));
  const keptKeys = new Set(current.sectionIds.map((id) => keyOf.get(id)));
  const criticalKeys = new Set(current.staffCriticalSectionIds.map((id) => keyOf.get(id)));
  const isNew = (key: string) => !oldKeys.has(key);
  return {
    sectionIds: next.sections.filter((s) => keptKeys.has(s.key) || isNew(s.key)).map((s) => s.id),
    staffCriticalSectionIds: next.sections.filter((s) => criticalKeys.has(s.key) || (isNew(s.key) && s.staffCriticalByDefault)).map((s) => s.id),
  };
}
