"use client";

import Link from "next/link";
import type { ComponentProps } from "react";
import type { ApplicationStatus } from "@/db/enums";
import { ApplicationStatusActions } from "@/components/candidates/application-status-actions";
import { ApplicationStatusBadge } from "@/components/candidates/application-status-badge";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";

/**
 * One pipeline row, only what it shows: [application id, candidate name, candidate email, status, submitted
 * scorecards of the scheduled interviews, scheduled interviews, next interview (ISO) or null].
 */
export type PipelineRow = [string, string, string, ApplicationStatus, number, number, string | null];

/**
 * The pipeline's page of applications. A client component fed compact rows: rendered on the server, its markup is
 * written once into the HTML instead of once there and again, element by element, in the page's RSC payload.
 */
export function PipelineTable({ rows, action }: { rows: PipelineRow[]; action: ComponentProps<typeof ApplicationStatusActions>["action"] }) {
  return (
    <ScrollRegion bleed className="mt-3">
      <DataTable
        className="min-w-[40rem]"
        data-testid="pipeline-table"
        head={
          <>
            <Th>Candidate</Th>
            <Th>Status</Th>
            <Th>Scorecards in</Th>
            <Th>Next interview</Th>
            <Th>Change status</Th>
          </>
        }
      >
        {rows.map(([applicationId, name, email, status, done, total, next]) => (
          <tr key={applicationId} data-testid="pipeline-row">
            <Td>
              <Link href={`/applications/${applicationId}`} className="link">
                {name}
              </Link>
              <p className="text-xs text-slate-500">{email}</p>
            </Td>
            <Td>
              <ApplicationStatusBadge status={status} />
            </Td>
            <Td className="tabular-nums" title="Submitted scorecards of the scheduled interviews">
              {done} of {total}
            </Td>
            <Td className="text-slate-600">{next ? <LocalTime iso={next} /> : "—"}</Td>
            <Td>
              <ApplicationStatusActions applicationId={applicationId} candidateName={name} status={status} action={action} />
            </Td>
          </tr>
        ))}
      </DataTable>
    </ScrollRegion>
  );
}
