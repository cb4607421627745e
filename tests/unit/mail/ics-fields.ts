/** The content lines of an iCalendar text, unfolded (RFC 5545 3.1), as [name with parameters, value] pairs. */
export function icsLines(ics: string): [string, string][] {
  return ics
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon), line.slice(colon + 1)];
    });
}

/** The value of the first property called `name` (parameters ignored), or undefined. */
export function icsField(ics: string, name: string): string | undefined {
  return icsLines(ics).find(([key]) => key === name || key.startsWith(`${name};`))?.[1];
}
