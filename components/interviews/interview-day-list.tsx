"use client";

import { useSyncExternalStore } from "react";
import { InterviewLinkRow } from "./interview-row";
import type { InterviewState } from "@/lib/interviews/interview-state";
import { formatDate } from "@/lib/format/intl";
import { groupByDay, relativeTime, type DayListInterview } from "@/lib/interviews/when";

const MINUTE = 60_000;

// The reader's zone and the current minute, as one string so React compares snapshots cheaply.
function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 15_000);
  return () => clearInterval(timer);
}
function clientSnapshot() {
  return `${Intl.DateTimeFormat().resolvedOptions().timeZone}|${Math.floor(Date.now() / MINUTE)}`;
}

const timeFormat: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };
const dateFormat: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };

/**
 * Upcoming interviews soonest first, under Today, Tomorrow and Later headings in the reader's own time zone, each
 * with how far away it is. The server renders in UTC at its own clock; the browser switches to the reader's zone.
 */
export function InterviewDayList({ interviews, serverNow }: { interviews: DayListInterview<InterviewState>[]; serverNow: string }) {
  const snapshot = useSyncExternalStore(subscribe, clientSnapshot, () => `UTC|${Math.floor(Date.parse(serverNow) / MINUTE)}`);
  const [zone = "UTC", minute = "0"] = snapshot.split("|");
  const now = new Date(Number(minute) * MINUTE);
  const isUtc = zone === "UTC";
  const groups = groupByDay(
    interviews.map((i) => ({ ...i, scheduledAt: new Date(i.scheduledAt) })),
    now,
    zone,
  );

  return (
    <div className="space-y-4" data-testid="interview-day-list">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`day-${g.key}`} data-testid={`day-${g.key}`}>
          <h3 id={`day-${g.key}`} className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {g.title}
          </h3>
          <ul className="mt-1 divide-y divide-slate-100">
            {g.items.map((i) => {
              const options = g.key === "today" || g.key === "tomorrow" ? timeFormat : dateFormat;
              const clock = formatDate(i.scheduledAt, isUtc ? "en-GB" : undefined, { ...options, timeZone: zone });
              return (
                <InterviewLinkRow key={i.id} interview={i} nameClassName="text-brand-700" detailClassName="text-slate-600">
                  {i.stageName} · {i.roleTitle} ·{" "}
                  <time dateTime={i.scheduledAt.toISOString()}>
                    {clock}
                    {isUtc ? " UTC" : ""}
                  </time>{" "}
                  <span className="text-slate-500" data-testid="relative-time">
                    ({relativeTime(i.scheduledAt, now)})
                  </span>
                </InterviewLinkRow>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
