import type { Metadata } from "next";
import { db } from "@/db";
import { RetentionSettingForm } from "@/components/retention/retention-setting-form";
import { RunRetentionButton } from "@/components/retention/run-retention-button";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { readRetentionSetting } from "@/lib/retention/retention-settings";
import { listDueCandidates } from "@/lib/retention/run-retention";
import { runRetentionAction, saveRetentionSettingAction } from "./actions";

export const metadata: Metadata = { title: "Retention" };

/** Retention counts in months, so the day (with its year) is what matters here, not the time. */
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function RetentionPage() {
  await requireRole("admin");
  const database = db();
  const { months } = readRetentionSetting(database);
  const due = months === null ? [] : listDueCandidates(database, { months, now: new Date() });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Retention</h1>
        <p className="mt-1 max-w-3xl text-slate-600">
          Candidates never agreed to be kept forever. Levelset can erase them a set time after their final decision: name, email, links, notes and
          written evidence go; ratings stay as anonymous numbers for calibration. A candidate with an application still open, withdrawn (it can be
          reopened) or decided more recently is never erased.
        </p>
      </div>
      <Panel id="setting" title="Setting">
        <RetentionSettingForm months={months} action={saveRetentionSettingAction} />
      </Panel>
      <Panel
        id="dry-run"
        title="Would be erased now"
        description={
          months === null
            ? "A dry run: nothing is erased until you press the button."
            : `A dry run with ${months} months: nothing is erased until you press the button.`
        }
      >
        {months === null ? (
          <EmptyState>Automatic erasure is off. Turn it on above to see who would be erased.</EmptyState>
        ) : due.length === 0 ? (
          <EmptyState>No candidate is due: every final decision is newer than {months} months, or an application is still open.</EmptyState>
        ) : (
          <ScrollRegion label="Candidates due for erasure" bleed className="mb-4">
            <DataTable
              caption={`${due.length} candidate${due.length === 1 ? "" : "s"} due for erasure`}
              data-testid="retention-due"
              head={
                <>
                  <Th>Candidate</Th>
                  <Th>Roles</Th>
                  <Th>Final decision</Th>
                </>
              }
            >
              {due.map((c) => (
                <tr key={c.candidateId}>
                  <Td className="font-medium">{c.name}</Td>
                  <Td>{c.roles.join(", ")}</Td>
                  <Td className="whitespace-nowrap">
                    <time dateTime={c.decidedAt.toISOString()}>{DAY.format(c.decidedAt)}</time>
                  </Td>
                </tr>
              ))}
            </DataTable>
          </ScrollRegion>
        )}
        {/* One stable position, so the outcome of a run stays on screen after the list empties. */}
        {months !== null ? <RunRetentionButton count={due.length} action={runRetentionAction} /> : null}
      </Panel>
    </div>
  );
}
