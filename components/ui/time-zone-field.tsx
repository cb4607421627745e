"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A hidden form field carrying the reader's time zone, so the server reads dates the way the person picked them.
 * The server render carries the zone the page was last asked with (or none); the browser fills in its own.
 */
export function TimeZoneField({ name = "tz", serverValue }: { name?: string; serverValue?: string }) {
  const zone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => serverValue ?? "",
  );
  return <input type="hidden" name={name} value={zone} />;
}
