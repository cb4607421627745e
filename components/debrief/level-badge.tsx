import type { Level } from "@/lib/calibration";
import { LEVEL_LABELS } from "@/lib/debrief/labels";

const TONES: Record<Level, string> = {
  staff: "bg-violet-50 text-violet-900 ring-violet-200",
  senior: "bg-brand-50 text-brand-900 ring-brand-100",
  "below-senior-bar": "bg-amber-50 text-amber-900 ring-amber-200",
  "no-hire": "bg-red-50 text-red-900 ring-red-200",
  "insufficient-evidence": "bg-slate-100 text-slate-800 ring-slate-300",
};

/** The engine's level as a pill; `large` for the recommendation's headline. */
export function LevelBadge({ level, large = false }: { level: Level; large?: boolean }) {
  return <span className={`badge ${large ? "px-3 py-1 text-lg font-semibold " : ""}${TONES[level]}`}>{LEVEL_LABELS[level]}</span>;
}
