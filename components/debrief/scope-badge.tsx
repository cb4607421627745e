import { SCOPE_LABELS } from "@/lib/debrief/labels";

const TONES = {
  team: "bg-slate-100 text-slate-700 ring-slate-200",
  "multi-team": "bg-sky-50 text-sky-800 ring-sky-200",
  org: "bg-violet-50 text-violet-800 ring-violet-200",
} as const;

/** The scope an interviewer tagged on a piece of evidence. */
export function ScopeBadge({ scope }: { scope: keyof typeof SCOPE_LABELS }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[scope]}`}>
      <span className="sr-only">Scope: </span>
      {SCOPE_LABELS[scope]}
    </span>
  );
}
