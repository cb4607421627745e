import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import { requireRole } from "@/lib/auth/guards";
import { listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("admin");
  const params = await searchParams;
  const pick = (key: string) => (typeof params[key] === "string" ? params[key].slice(0, 200) : undefined);
  const filters = { action: pick("action"), q: pick("q"), before: pick("before") };
  const database = db();
  const actions = listAuditActions(database);
  const { events, nextBefore } = listAuditEvents(database, filters);
  const nextHref = nextBefore
    ? `/audit?${new URLSearchParams({ ...(filters.action ? { action: filters.action } : {}), ...(filters.q ? { q: filters.q } : {}), before: nextBefore }).toString()}`
    : null;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="mt-1 text-slate-600">Who did what, and when: submissions, amendments, publications, decisions, permission changes.</p>
      </div>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="action" className="block text-sm font-medium">
            Action
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm">
            <option value="">All actions</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={filters.q ?? ""}
            placeholder="Name or summary"
            className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
          Filter
        </button>
        {filters.action || filters.q || filters.before ? (
          <Link href="/audit" className="py-2 text-sm text-brand-700 hover:underline">
            Clear
          </Link>
        ) : null}
      </form>
      {/* Focusable, so the table can be scrolled sideways with the keyboard on a narrow screen (it has no links of its own). */}
      <ScrollRegion label="Audit events" className="rounded-xl border border-slate-200 bg-white shadow-sm">
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
          {events.length === 0 ? (
            <tr>
              <Td colSpan={4} className="py-6 text-center text-slate-500">
                No events match these filters.
              </Td>
            </tr>
          ) : (
            events.map((e) => (
              <tr key={e.id}>
                <Td className="whitespace-nowrap text-slate-600">
                  <LocalTime iso={e.at.toISOString()} />
                </Td>
                <Td>{e.actorName ?? "System"}</Td>
                <Td>
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{e.action}</code>
                </Td>
                <Td>{e.summary}</Td>
              </tr>
            ))
          )}
        </DataTable>
      </ScrollRegion>
      {nextHref ? (
        <Link href={nextHref} className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
          Older events
        </Link>
      ) : null}
    </div>
  );
}
