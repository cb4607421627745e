"use client";

import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";

/** One event as the log shows it: [id, when (ISO), who (null: the system), action, the action in words, summary]. */
export type AuditEventRow = [string, string, string | null, string, string, string];

/**
 * The audit log's page of events. A client component fed compact rows, so each row's markup is written once, into
 * the HTML, rather than once there and again element by element in the page's RSC payload.
 */
export function AuditEventsTable({ rows }: { rows: AuditEventRow[] }) {
  return (
    // Focusable, so the table can be scrolled sideways with the keyboard on a narrow screen (it has no links of its own).
    <ScrollRegion label="Audit events" className="panel">
      <DataTable
        caption="Audit events, newest first"
        head={
          <>
            <Th>When</Th>
            <Th>Who</Th>
            <Th>Action</Th>
            <Th>What</Th>
          </>
        }
      >
        {rows.length === 0 ? (
          <tr>
            <Td colSpan={4} className="py-6 text-center text-slate-500">
              No events match these filters.
            </Td>
          </tr>
        ) : (
          rows.map(([id, at, actor, action, label, summary]) => (
            <tr key={id}>
              <Td className="whitespace-nowrap text-slate-600">
                <LocalTime iso={at} />
              </Td>
              <Td>{actor ?? "System"}</Td>
              <Td>
                <span className="font-medium text-slate-800" title={action}>
                  {label}
                </span>
              </Td>
              <Td>{summary}</Td>
            </tr>
          ))
        )}
      </DataTable>
    </ScrollRegion>
  );
}
