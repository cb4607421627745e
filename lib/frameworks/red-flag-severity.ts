/**
 * The words and badge tones for a red flag's severity (design.md: note, caps at Senior, blocks hire): one
 * definition for the editor, the kit, the scorecard, the framework view and the debrief. Client-safe.
 */
import type { RedFlagSeverity } from "./types";

export const SEVERITY_LABELS = { note: "Note", "caps-at-senior": "Caps at Senior", "blocks-hire": "Blocks hire" } as const satisfies Record<
  RedFlagSeverity,
  string
>;

/** Badge tones (components/ui/badge.tsx): the stronger the consequence, the warmer the colour. */
export const SEVERITY_TONES = { note: "gray", "caps-at-senior": "amber", "blocks-hire": "red" } as const satisfies Record<RedFlagSeverity, string>;
