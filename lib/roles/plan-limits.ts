/** Interview-plan limits and pure helpers, with no zod, so client components can import them. */

export const STAGE_MIN_MINUTES = 15;
export const STAGE_MAX_MINUTES = 480;
export const MAX_STAGES = 20;

export function duplicateStageNameIndexes(names: string[]): number[] {
  const seen = new Map<string, number>();
  const dupes: number[] = [];
  names.forEach((name, i) => {
    const key = name.trim().replace(/\s+/g, " ").toLowerCase();
    if (!key) return;
    if (seen.has(key)) dupes.push(i);
    else seen.set(key, i);
  });
  return dupes;
}

export const DUPLICATE_STAGE_MESSAGE = "Another stage already has this name. Give each stage its own name.";
