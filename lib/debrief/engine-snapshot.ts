/** The engine's output as stored with a decision (decisions.engineSnapshot), written and read back. Pure. */
import type { Level, Recommendation } from "@/lib/calibration";

export type EngineSnapshot = Recommendation & { computedAt: string; scorecardIds: string[] };

export function buildSnapshot(recommendation: Recommendation, computedAt: Date, scorecardIds: string[]): EngineSnapshot {
  return { ...recommendation, computedAt: computedAt.toISOString(), scorecardIds };
}

export type SnapshotSummary = { level: Level | null; confidence: string | null; computedAt: string | null };

const LEVELS: readonly string[] = ["staff", "senior", "below-senior-bar", "insufficient-evidence", "no-hire"];

/** Reads what a stored snapshot says, tolerating older or partial snapshots (the demo's seeded decision has only a level). */
export function readSnapshot(snapshot: unknown): SnapshotSummary {
  const s = (snapshot ?? {}) as Partial<Record<keyof EngineSnapshot, unknown>>;
  return {
    level: typeof s.level === "string" && LEVELS.includes(s.level) ? (s.level as Level) : null,
    confidence: typeof s.confidence === "string" ? s.confidence : null,
    computedAt: typeof s.computedAt === "string" ? s.computedAt : null,
  };
}
