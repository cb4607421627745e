import { SCOPE_LABELS } from "@/lib/debrief/labels";

const TONES = {
  team: "tone-gray",
  "multi-team": "tone-sky",
  org: "tone-violet",
} as const;

/** The scope an interviewer tagged on a piece of evidence. */
export function ScopeBadge({ scope }: { scope: keyof typeof SCOPE_LABELS }) {
  return (
    <span className={`badge ${TONES[scope]}`}>
      <span className="sr-only">Scope: </span>
      {SCOPE_LABELS[scope]}
    </span>
  );
}
