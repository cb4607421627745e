/** The tone classes (app/globals.css `.tone-*`, beside `.badge`). */
const TONES = {
  gray: "tone-gray",
  blue: "tone-blue",
  green: "tone-green",
  amber: "tone-amber",
  red: "tone-red",
  violet: "tone-violet",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "gray", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge ${TONES[tone]}`}>{children}</span>;
}
