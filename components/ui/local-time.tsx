"use client";

import { useSyncExternalStore } from "react";
import { formatDate } from "@/lib/format/intl";

const subscribe = () => () => {};

/** Shows a moment in the reader's own time zone; the server render falls back to UTC, marked as such. */
export function LocalTime({ iso, withWeekday = true }: { iso: string; withWeekday?: boolean }) {
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions = {
    weekday: withWeekday ? "short" : undefined,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  };
  const text = useSyncExternalStore(
    subscribe,
    () => formatDate(date, undefined, options),
    () => `${formatDate(date, "en-GB", { ...options, timeZone: "UTC" })} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
