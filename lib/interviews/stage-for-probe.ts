/**
 * Which stage of the loop to schedule for a hold's extra interview: the one whose focus covers the most of the
 * sections to probe, the earliest in the plan on a tie; null when no stage covers any of them. Pure.
 */
export function stageForProbe<S extends { id: string; focusSectionIds: readonly string[] }>(
  stages: readonly S[],
  probeSectionIds: readonly string[],
): S | null {
  const wanted = new Set(probeSectionIds);
  let best: S | null = null;
  let bestCount = 0;
  for (const stage of stages) {
    const covered = stage.focusSectionIds.filter((id) => wanted.has(id)).length;
    if (covered > bestCount) {
      best = stage;
      bestCount = covered;
    }
  }
  return best;
}

/** The `probe` query parameter of a hold's schedule link: section ids, comma-separated; anything else is ignored. */
export function probeIdsFromParam(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(",") : (value ?? "");
  return raw
    .split(",")
    .map((id) => id.trim())
    .filter((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id))
    .slice(0, 50);
}
