/** An engineer's level as people read it: "senior-staff" → "Senior Staff". */
export function levelLabel(level: string): string {
  if (!level || level === "none") return "No engineering level";
  return level
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}
