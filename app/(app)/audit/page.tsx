import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { AuditEventsTable } from "@/components/audit/audit-events-table";
import { FieldError } from "@/components/ui/field-error";
import { inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import { TimeZoneField } from "@/components/ui/time-zone-field";
import { requireRole } from "@/lib/auth/guards";
import { auditActionLabel } from "@/lib/audit/action-labels";
import { auditQueryString, readAuditFilters } from "@/lib/audit/audit-filters";
import { listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("admin");
  const raw = await searchParams;
  const { params, zone, range, errors } = readAuditFilters(raw);
  const before = typeof raw.before === "string" ? raw.before.slice(0, 200) : undefined;
  const database = db();
  const actions = listAuditActions(database);
  const { events, nextBefore } = listAuditEvents(database, { action: params.action, q: params.q, ...range, before });
  const nextHref = nextBefore ? `/audit?${auditQueryString(params, { before: nextBefore })}` : null;
  const filtered = Boolean(params.action || params.q || params.from || params.to || before);
  const dateInput = `${inputClass} mt-1 w-auto`;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="mt-1 text-slate-600">Who did what, and when: submissions, amendments, publications, decisions, permission changes.</p>
      </div>
      <form className="flex flex-wrap items-start gap-3" role="search" aria-label="Filter the audit log">
        <TimeZoneField serverValue={params.tz} />
        <div>
          <label htmlFor="action" className={labelClass}>
            Action
          </label>
          <select id="action" name="action" defaultValue={params.action ?? ""} className={dateInput}>
            <option value="">All actions</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className={labelClass}>
            Search
          </label>
          <input id="q" name="q" defaultValue={params.q ?? ""} placeholder="Name or summary" className={dateInput} />
        </div>
        <DateFilter name="from" label="From" value={params.from} error={errors.from} className={dateInput} />
        <DateFilter name="to" label="To" value={params.to} error={errors.to} className={dateInput} />
        <div className="flex flex-wrap items-center gap-3 pt-6">
          <button type="submit" className={secondaryButton}>
            Filter
          </button>
          <button type="submit" formAction="/api/audit.csv" className={secondaryButton}>
            Download as CSV
          </button>
          {filtered ? (
            <Link href="/audit" className="text-sm text-brand-700 hover:underline">
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      <p className="text-xs text-slate-500" data-testid="audit-zone">
        {params.from || params.to ? `Days run midnight to midnight in ${zone}. ` : ""}The CSV holds every event that matches the filters, not only
        this page.
      </p>
      <AuditEventsTable rows={events.map((e) => [e.id, e.at.toISOString(), e.actorName, e.action, auditActionLabel(e.action), e.summary])} />
      {nextHref ? (
        <Link href={nextHref} className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
          Older events
        </Link>
      ) : null}
    </div>
  );
}

/** The From or To day of the filter, with the reason it was not understood. */
function DateFilter({
  name,
  label,
  value,
  error,
  className,
}: {
  name: string;
  label: string;
  value: string | undefined;
  error: string | undefined;
  className: string;
}) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={value ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        className={className}
      />
      <FieldError id={`${name}-error`} message={error} />
    </div>
  );
}
