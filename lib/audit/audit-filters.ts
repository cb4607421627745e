import { dayRange, validTimeZone, type DayRange } from "./day-range";

/** The audit log's filters as they travel in a URL: the page, its "Older events" link and the CSV share them. */
export type AuditFilterParams = { action?: string; q?: string; from?: string; to?: string; tz?: string };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function pick(params: Params, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim().slice(0, 200);
  return trimmed === "" ? undefined : trimmed;
}

/**
 * Reads and checks the filters. Dates are days in the reader's zone (`tz`, which the page's form fills in from the
 * browser; UTC when absent or unknown). Bad dates come back as field errors and filter nothing.
 */
export function readAuditFilters(params: Params): {
  params: AuditFilterParams;
  zone: string;
  range: DayRange;
  errors: { from?: string; to?: string };
} {
  const values: AuditFilterParams = {
    action: pick(params, "action"),
    q: pick(params, "q"),
    from: pick(params, "from"),
    to: pick(params, "to"),
    tz: pick(params, "tz"),
  };
  const zone = validTimeZone(values.tz) ?? "UTC";
  const result = dayRange({ from: values.from, to: values.to }, zone);
  return result.ok ? { params: values, zone, range: result.range, errors: {} } : { params: values, zone, range: {}, errors: result.errors };
}

/** The filters (and any extra keys, such as the page cursor) as a query string, leaving out empty ones. */
export function auditQueryString(params: AuditFilterParams, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...params, ...extra }).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  return new URLSearchParams(entries).toString();
}
