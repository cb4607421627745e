"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** The reader's own time zone, e.g. "Europe/Paris"; the server render says "your time zone". */
export function TimeZoneName() {
  const zone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "your time zone",
  );
  return <span data-testid="time-zone">{zone}</span>;
}
