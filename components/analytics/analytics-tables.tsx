"use client";

import Link from "next/link";
import { LevelBadge } from "@/components/debrief/level-badge";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import type { Level } from "@/lib/calibration";

/** One row, as the page shows it: [application id, candidate, status, submitted scorecards, level, confidence, decision]. */
export type ApplicationRow = [string, string, string, number, Level | null, string, string];

export function ApplicationsTable({ rows }: { rows: ApplicationRow[] }) {
  return (
    <ScrollRegion label="Applications, table" bleed>
      <DataTable
        caption="Applications and their recommendations"
        head={
          <>
            <Th>Candidate</Th>
            <Th>Status</Th>
            <Th numeric>Scorecards</Th>
            <Th>Recommendation</Th>
            <Th>Confidence</Th>
            <Th>Decision</Th>
          </>
        }
      >
        {rows.map(([id, name, status, submitted, level, confidence, decision]) => (
          <tr key={id}>
            <Th scope="row">
              <Link href={`/applications/${id}/debrief`} className="text-brand-700 hover:underline">
                {name}
              </Link>
            </Th>
            <Td>{status}</Td>
            <Td numeric>{submitted}</Td>
            <Td>{level ? <LevelBadge level={level} /> : <span className="text-slate-500">—</span>}</Td>
            <Td>{confidence}</Td>
            <Td>{decision}</Td>
          </tr>
        ))}
      </DataTable>
    </ScrollRegion>
  );
}

/** [interviewer id, name, level label, mean offset, tendency, too few to tell, ratings, scorecards behind it, scorecards on the role]. */
export type OffsetRow = [string, string, string, string, string, boolean, number, number, number];

export function OffsetsTable({ rows }: { rows: OffsetRow[] }) {
  return (
    <ScrollRegion label="Interviewer offsets, table" bleed className="mt-3">
      <DataTable
        caption="Interviewer offsets"
        head={
          <>
            <Th>Interviewer</Th>
            <Th numeric>Mean offset</Th>
            <Th>Tendency</Th>
            <Th numeric>Ratings behind it</Th>
            <Th numeric>Scorecards behind it</Th>
            <Th numeric>Scorecards on this role</Th>
          </>
        }
      >
        {rows.map(([id, name, level, offset, tendency, tooFew, ratings, scorecards, submitted]) => {
          const muted = tooFew ? "text-slate-500 italic" : undefined;
          return (
            <tr key={id} data-testid="offset-row">
              <Th scope="row">
                {name} <span className="font-normal text-slate-500">({level})</span>
              </Th>
              <Td numeric className={muted}>
                {offset}
              </Td>
              <Td className={muted}>{tendency}</Td>
              <Td numeric>{ratings}</Td>
              <Td numeric>{scorecards}</Td>
              <Td numeric>{submitted}</Td>
            </tr>
          );
        })}
      </DataTable>
    </ScrollRegion>
  );
}

/** [application id, candidate, recommended, decided, against?, the override's reason or null]. */
export type DecisionRow = [string, string, string, string, string, string | null];

export function DecisionsTable({ rows }: { rows: DecisionRow[] }) {
  return (
    <ScrollRegion label="Decisions, table" bleed className="mt-3">
      <DataTable
        caption="Decisions and the recommendation at that moment"
        head={
          <>
            <Th>Candidate</Th>
            <Th>Recommended</Th>
            <Th>Decided</Th>
            <Th>Against?</Th>
          </>
        }
      >
        {rows.map(([id, name, recommended, decided, against, reason]) => (
          <tr key={id} className="align-top">
            <Th scope="row">{name}</Th>
            <Td>{recommended}</Td>
            <Td>{decided}</Td>
            <Td>
              {against}
              {reason ? <span className="block text-xs text-slate-600">“{reason}”</span> : null}
            </Td>
          </tr>
        ))}
      </DataTable>
    </ScrollRegion>
  );
}
