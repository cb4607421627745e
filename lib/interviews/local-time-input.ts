/** datetime-local values ↔ ISO instants in the runtime's own time zone; no zod, so client components can import it. */

/** "2026-06-01T14:30" read in the runtime's own time zone → ISO instant; "" when it isn't a date. */
export function localInputToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return "";
  const date = new Date(value); // a date-time without an offset is local time (ECMAScript)
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

/** An instant → the value a datetime-local input shows for it in the runtime's own time zone. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
